import { useState } from "preact/hooks";
import type { IntakeSurvey } from "../../../shared/contracts/intake";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { TextField } from "../../ui/form-field";
import { formatDate } from "../../ui/format";
import { showToast } from "../../ui/toast";
import { useFormSubmit } from "../../ui/use-form-submit";

type SurveyStatusPanelProps = {
  initiativeId: string;
  survey: IntakeSurvey;
  onChanged: () => void;
};

function statusText(survey: IntakeSurvey, t: (key: string, p?: Record<string, string>) => string) {
  if (survey.status === "open") {
    return t("intake:manage.statusOpen", { date: formatDate(survey.openedAt) });
  }
  if (survey.status === "closed") {
    return t("intake:manage.statusClosed", { date: formatDate(survey.closedAt) });
  }
  return t("intake:manage.statusNotOpened");
}

const openLabelKeys = {
  not_opened: "intake:manage.open",
  open: "intake:manage.saveDue",
  closed: "intake:manage.reopen",
} as const satisfies Record<IntakeSurvey["status"], string>;

/** Opens and closes the survey and sets the date peers are asked to answer by. */
export function SurveyStatusPanel({ initiativeId, survey, onChanged }: SurveyStatusPanelProps) {
  const t = useT();
  const [dueOn, setDueOn] = useState(survey.dueOn ?? "");
  const [isClosing, setClosing] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const form = useFormSubmit();
  const base = `/api/initiatives/${initiativeId}/intake`;
  async function open(event: Event) {
    event.preventDefault();
    const ok = await form.run(() => api.post(`${base}/open`, { dueOn: dueOn || null }));
    if (!ok) return;
    showToast(t(survey.status === "open" ? "intake:manage.dueSaved" : "intake:manage.opened"));
    onChanged();
  }
  async function close() {
    setBusy(true);
    try {
      await api.post(`${base}/close`);
      showToast(t("intake:manage.closed"));
    } catch {
      showToast(t("intake:manage.closeFailed"));
    } finally {
      setBusy(false);
      setClosing(false);
      onChanged();
    }
  }
  const dueError = form.fieldKeys.dueOn ? t(form.fieldKeys.dueOn) : undefined;
  return (
    <section class="card" aria-labelledby="survey-status-title">
      <h2 id="survey-status-title" class="card__title">
        {t("intake:manage.statusTitle")}
      </h2>
      <p data-testid="survey-status">{statusText(survey, t)}</p>
      <FormErrorSummary
        form={form}
        fields={[{ name: "dueOn", id: "survey-due", label: t("intake:manage.dueOn") }]}
      />
      <form class="form" noValidate onSubmit={open}>
        <TextField
          id="survey-due"
          type="date"
          label={t("intake:manage.dueOn")}
          hint={t("intake:manage.dueHint")}
          error={dueError}
          isOptional
          value={dueOn}
          onValue={setDueOn}
          class="input--medium"
        />
        <div class="button-row">
          <Button type="submit" isBusy={form.isBusy}>
            {t(openLabelKeys[survey.status])}
          </Button>
          {survey.status === "open" ? (
            <Button variant="secondary" onClick={() => setClosing(true)}>
              {t("intake:manage.close")}
            </Button>
          ) : null}
        </div>
      </form>
      <ConfirmDialog
        isOpen={isClosing}
        title={t("intake:manage.closeTitle")}
        body={t("intake:manage.closeBody")}
        confirmLabel={t("intake:manage.close")}
        isBusy={isBusy}
        onConfirm={() => void close()}
        onCancel={() => setClosing(false)}
      />
    </section>
  );
}
