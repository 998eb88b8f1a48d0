import { useState } from "preact/hooks";
import type { z } from "zod";
import { findOtherSide } from "../../../domain/peer-visit/peer-assessment";
import type { setReverseDirectionSchema } from "../../../shared/contracts/peer-assessments";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { showToast } from "../../ui/toast";
import {
  AssessmentErrors,
  type AssessmentPartProps,
  sendAssessment,
  useAssessmentForm,
} from "./peer-assessment-form-state";
import { addReverseKeys } from "./peer-assessment-labels";
import { assessmentPath } from "./peer-assessment-values";

/**
 * Adds or removes the optional reverse direction (facilitators, hosts, moderators). Removing
 * deletes its draft answers, so it asks first; once submitted it stays.
 */
export function ReverseDirection(props: AssessmentPartProps) {
  const t = useT();
  const { view } = props;
  const form = useAssessmentForm(props.reload);
  const [isAsking, setAsking] = useState(false);
  if (!view.permissions.canManage) return null;
  const required = view.directions.find((d) => d.isRequired);
  const reverse = view.directions.find((d) => !d.isRequired);
  const reverseAssessor = findOtherSide(required?.assessor ?? "partner_b");
  async function change(enabled: boolean) {
    const body: z.input<typeof setReverseDirectionSchema> = { enabled, version: view.version };
    const path = `${assessmentPath(view.initiativeId, view.activityId)}/reverse-direction`;
    const ok = await form.run(async () => props.apply(await sendAssessment("PUT", path, body)));
    setAsking(false);
    if (ok)
      showToast(t(enabled ? "peer-assessment:reverse.added" : "peer-assessment:reverse.removed"));
  }
  return (
    <section class="card" aria-labelledby="pa-reverse-title">
      <h3 id="pa-reverse-title">{t("peer-assessment:reverse.title")}</h3>
      <AssessmentErrors form={form} fields={[]} />
      <p>{t("peer-assessment:reverse.text")}</p>
      {!reverse ? (
        <Button variant="secondary" isBusy={form.isBusy} onClick={() => void change(true)}>
          {t(addReverseKeys[reverseAssessor])}
        </Button>
      ) : null}
      {reverse && !reverse.submittedOn ? (
        <Button variant="quiet" onClick={() => setAsking(true)}>
          {t("peer-assessment:reverse.remove")}
        </Button>
      ) : null}
      {reverse?.submittedOn ? <p class="muted">{t("peer-assessment:reverse.locked")}</p> : null}
      <ConfirmDialog
        isOpen={isAsking}
        title={t("peer-assessment:reverse.removeTitle")}
        body={t("peer-assessment:reverse.removeBody")}
        confirmLabel={t("peer-assessment:reverse.removeConfirm")}
        isBusy={form.isBusy}
        onConfirm={() => void change(false)}
        onCancel={() => setAsking(false)}
      />
    </section>
  );
}
