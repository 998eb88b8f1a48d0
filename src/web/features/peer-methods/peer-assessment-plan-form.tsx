import { useEffect, useState } from "preact/hooks";
import type { PartnerSide } from "../../../domain/peer-visit/peer-assessment";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { TextAreaField, TextField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { requireFilled } from "../../ui/use-form-submit";
import { todayIso } from "../activities/today";
import {
  AssessmentErrors,
  type AssessmentPartProps,
  fieldErrorOf,
  sendAssessment,
  useAssessmentForm,
} from "./peer-assessment-form-state";
import {
  assessmentPath,
  type PlanValues,
  type ProjectPlan,
  planBody,
  planValuesOf,
  presentationBody,
} from "./peer-assessment-values";
import { useRebasedDraft } from "./rebased-draft";

type PlanFormProps = AssessmentPartProps & {
  side: PartnerSide;
  plan: ProjectPlan;
  /** Opened by a click ("Edit the plan"): the title takes focus. */
  shouldFocus: boolean;
  /** Closes the form (after saving, or on cancel). */
  onDone: () => void;
};

function planPath(props: { view: AssessmentPartProps["view"]; side: PartnerSide }) {
  return `${assessmentPath(props.view.initiativeId, props.view.activityId)}/plans/${props.side}`;
}

/** Writes one side's project plan: title, the plan's text, a link to the plan document. */
export function PlanForm(props: PlanFormProps) {
  const t = useT();
  const { side, plan } = props;
  // A new version (recording the presentation date, or a stale-version reload) keeps the typing.
  const [values, setValues] = useRebasedDraft<PlanValues>(planValuesOf(plan), plan.version);
  const form = useAssessmentForm(props.reload, "peer-assessment:plan.conflict");
  const prefix = `pa-plan-${side}`;
  useEffect(() => {
    if (props.shouldFocus) document.getElementById(`${prefix}-title`)?.focus();
  }, []);
  const fields = [
    { name: "title", id: `${prefix}-title`, label: t("peer-assessment:plan.form.title") },
    { name: "text", id: `${prefix}-text`, label: t("peer-assessment:plan.form.text") },
    { name: "url", id: `${prefix}-url`, label: t("peer-assessment:plan.form.url") },
  ];
  const bind = (name: keyof PlanValues) => ({
    id: `${prefix}-${name}`,
    label: fields.find((f) => f.name === name)?.label ?? name,
    value: values[name],
    error: fieldErrorOf(form, name, t),
    onValue: (value: string) => setValues({ ...values, [name]: value }),
  });
  async function submit(event: Event) {
    event.preventDefault();
    const ok = await form.run(
      async () =>
        props.apply(await sendAssessment("PUT", planPath(props), planBody(values, plan.version))),
      { validate: () => requireFilled(values, ["title"]) },
    );
    if (!ok) return;
    showToast(t("peer-assessment:plan.saved"));
    props.onDone();
  }
  return (
    <>
      <AssessmentErrors form={form} fields={fields} />
      <form class="form" noValidate onSubmit={submit} aria-labelledby={`${prefix}-heading`}>
        <TextField {...bind("title")} maxLength={300} />
        <TextAreaField
          {...bind("text")}
          hint={t("peer-assessment:plan.form.textHint")}
          rows={8}
          isOptional
        />
        <TextField
          {...bind("url")}
          type="url"
          hint={t("peer-assessment:plan.form.urlHint")}
          isOptional
        />
        <div class="button-row">
          <Button type="submit" isBusy={form.isBusy}>
            {t("peer-assessment:plan.form.save")}
          </Button>
          <Button variant="secondary" onClick={props.onDone}>
            {t("common:action.cancel")}
          </Button>
        </div>
      </form>
    </>
  );
}

/** Records the day a side presented its plan (that side, moderators, facilitators). */
export function PresentationForm(
  props: AssessmentPartProps & { side: PartnerSide; plan: ProjectPlan },
) {
  const t = useT();
  const { side, plan } = props;
  const [on, setOn] = useState(plan.presentedOn ?? todayIso());
  const form = useAssessmentForm(props.reload);
  const id = `pa-presented-${side}`;
  const label = t("peer-assessment:presentation.label");
  async function submit(event: Event) {
    event.preventDefault();
    const path = `${planPath(props)}/presented`;
    const ok = await form.run(
      async () =>
        props.apply(await sendAssessment("POST", path, presentationBody(on, plan.version))),
      { validate: () => requireFilled({ on }, ["on"]) },
    );
    if (ok) showToast(t("peer-assessment:presentation.recorded"));
  }
  return (
    <>
      <AssessmentErrors form={form} fields={[{ name: "on", id, label }]} />
      <form class="inline-form inline-form--field" noValidate onSubmit={submit}>
        <TextField
          id={id}
          label={label}
          type="date"
          value={on}
          error={fieldErrorOf(form, "on", t)}
          onValue={setOn}
        />
        <Button type="submit" variant="secondary" isBusy={form.isBusy}>
          {t(
            plan.presentedOn
              ? "peer-assessment:presentation.change"
              : "peer-assessment:presentation.record",
          )}
        </Button>
      </form>
    </>
  );
}
