import { useState } from "preact/hooks";
import type { MyMatches } from "../../../shared/contracts/my-match";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { TextAreaField } from "../../ui/form-field";
import { type FieldErrorKeys, useFormSubmit } from "../../ui/use-form-submit";

type DeclineFormProps = {
  initiativeId: string;
  matchId: string;
  version: number;
  onDeclined: (answer: MyMatches) => void;
  onCancel: () => void;
};

/** Declines a match with a reason, which only the facilitators read; the reason is required. */
export function DeclineForm({
  initiativeId,
  matchId,
  version,
  onDeclined,
  onCancel,
}: DeclineFormProps) {
  const t = useT();
  const [reason, setReason] = useState("");
  const form = useFormSubmit();
  const id = `decline-${matchId}`;
  async function submit(event: Event) {
    event.preventDefault();
    let answer: MyMatches | null = null;
    const path = `/api/initiatives/${initiativeId}/matching/my-matches/${matchId}/decline`;
    const ok = await form.run(
      async () => {
        answer = await api.post<MyMatches>(path, { version, reason: reason.trim() });
      },
      (): FieldErrorKeys => (reason.trim() ? {} : { reason: "matching:mine.reasonRequired" }),
    );
    if (ok && answer) onDeclined(answer);
  }
  return (
    <div class="decline-form">
      <FormErrorSummary
        form={form}
        fields={[{ name: "reason", id, label: t("matching:mine.reasonShort") }]}
      />
      <form class="form" noValidate onSubmit={submit}>
        <TextAreaField
          id={id}
          label={t("matching:mine.reason")}
          hint={t("matching:mine.reasonHint")}
          error={form.fieldKeys.reason ? t(form.fieldKeys.reason) : undefined}
          value={reason}
          onValue={setReason}
          rows={3}
          maxLength={1000}
        />
        <div class="button-row">
          <Button type="submit" variant="danger" isBusy={form.isBusy}>
            {t("matching:mine.declineConfirm")}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t("common:action.cancel")}
          </Button>
        </div>
      </form>
    </div>
  );
}
