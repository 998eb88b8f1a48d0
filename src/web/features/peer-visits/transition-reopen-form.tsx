import { useState } from "preact/hooks";
import { phaseKey } from "../../../domain/peer-visit/message-keys";
import type { PeerVisitPhase } from "../../../domain/peer-visit/phase-gates";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { ApiError, api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { SelectField, TextAreaField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { requireFilled, useFormSubmit } from "../../ui/use-form-submit";
import type { PeerVisitPartProps } from "./part-props";
import { pvKey } from "./peer-visit-keys";
import { describeRefusal, type RefusalMessage, transitionsPath } from "./transition-refusal";

type ReopenProps = PeerVisitPartProps & { onRefused: (messages: RefusalMessage[]) => void };

/**
 * Sends the visit back to an earlier phase the reader may reopen, with the reason that goes into
 * the visit's history. Tucked into a disclosure: going back is the exception.
 */
export function ReopenForm({ visit, reload, onRefused }: ReopenProps) {
  const t = useT();
  const targets = visit.permissions.canReopenTo;
  const [to, setTo] = useState<PeerVisitPhase>(targets[targets.length - 1] ?? "preparation");
  const [reason, setReason] = useState("");
  const form = useFormSubmit();
  async function send() {
    try {
      await api.post<PeerVisit>(transitionsPath(visit), {
        kind: "reopen",
        to,
        reason: reason.trim(),
        version: visit.version,
      });
    } catch (error) {
      if (error instanceof ApiError && error.code === "INVALID") throw error;
      const refusal = describeRefusal(error, visit);
      onRefused(refusal.messages);
      if (refusal.shouldReload) await reload();
      return;
    }
    onRefused([]);
    setReason("");
    showToast(t("peer-visit:transition.reopened", { phase: t(pvKey(phaseKey(to))) }));
    await reload();
  }
  function submit(event: Event) {
    event.preventDefault();
    void form.run(send, () => requireFilled({ to, reason }, ["to", "reason"]));
  }
  const fields = [
    { name: "to", id: "reopen-to", label: t("peer-visit:transition.reopenTo") },
    { name: "reason", id: "reopen-reason", label: t("peer-visit:transition.reopenReason") },
  ];
  const errorOf = (name: string) => (form.fieldKeys[name] ? t(form.fieldKeys[name]) : undefined);
  return (
    <details class="pv-reopen">
      <summary>{t("peer-visit:command.reopen")}</summary>
      <form class="form" aria-label={t("peer-visit:command.reopen")} onSubmit={submit} noValidate>
        <FormErrorSummary form={form} fields={fields} />
        <SelectField
          id="reopen-to"
          label={t("peer-visit:transition.reopenTo")}
          value={to}
          options={targets.map((phase) => ({ value: phase, label: t(pvKey(phaseKey(phase))) }))}
          onValue={(value) => setTo(value as PeerVisitPhase)}
          error={errorOf("to")}
        />
        <TextAreaField
          id="reopen-reason"
          label={t("peer-visit:transition.reopenReason")}
          hint={t("peer-visit:transition.reopenReasonHint")}
          maxLength={2000}
          rows={3}
          value={reason}
          onValue={setReason}
          error={errorOf("reason")}
        />
        <Button type="submit" variant="secondary" isBusy={form.isBusy}>
          {t("peer-visit:transition.reopenSubmit")}
        </Button>
      </form>
    </details>
  );
}
