import { useState } from "preact/hooks";
import {
  type AssessmentQuestion,
  assessmentQuestions,
  listMissingAnswers,
  maxAnswerLength,
} from "../../../domain/peer-visit/peer-assessment";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { TextAreaField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import {
  AssessmentErrors,
  type AssessmentForm,
  type AssessmentPartProps,
  fieldErrorOf,
  sendAssessment,
  useAssessmentForm,
} from "./peer-assessment-form-state";
import { questionKeys, sideGroupKeys } from "./peer-assessment-labels";
import {
  type AnswerValues,
  type AssessmentDirectionView,
  answersBody,
  answerValuesOf,
  assessmentPath,
  unansweredErrors,
} from "./peer-assessment-values";

type AnswerFormProps = AssessmentPartProps & { direction: AssessmentDirectionView };

/** Saves the draft, then (when asked) submits it with the version the save answered. */
function useAnswerWrites(props: AnswerFormProps, values: AnswerValues) {
  const { view, direction } = props;
  const form = useAssessmentForm(props.reload, "peer-assessment:answers.conflict");
  const path = `${assessmentPath(view.initiativeId, view.activityId)}/directions/${direction.assessor}`;
  const saveDraft = async () => {
    const next = await sendAssessment("PUT", path, answersBody(values, direction.version));
    props.apply(next);
    return next.directions.find((d) => d.assessor === direction.assessor)?.version ?? 0;
  };
  const save = () => form.run(async () => void (await saveDraft()));
  const submit = () =>
    form.run(
      async () => {
        const version = await saveDraft();
        props.apply(await sendAssessment("POST", `${path}/submit`, { version }));
      },
      { missingCount: listMissingAnswers(values).length },
    );
  return { form, save, submit };
}

type QuestionField = { name: AssessmentQuestion; id: string; label: string };

/** One text box per question, in the guide's order. */
function QuestionFields(props: {
  fields: QuestionField[];
  form: AssessmentForm;
  values: AnswerValues;
  setValues: (values: AnswerValues) => void;
}) {
  const t = useT();
  const { values } = props;
  return (
    <>
      {props.fields.map((field) => (
        <TextAreaField
          key={field.name}
          id={field.id}
          label={field.label}
          value={values[field.name]}
          error={fieldErrorOf(props.form, field.name, t)}
          maxLength={maxAnswerLength}
          rows={5}
          onValue={(value) => props.setValues({ ...values, [field.name]: value })}
        />
      ))}
    </>
  );
}

/**
 * The assessor side's answers to the four questions about the other side's plan: drafts are
 * saved as often as wanted; submitting asks first, because the answers freeze and the assessed
 * side reads them from then on.
 */
export function AnswerForm(props: AnswerFormProps) {
  const t = useT();
  const { direction } = props;
  const [values, setValues] = useState<AnswerValues>(answerValuesOf(direction.answers));
  const [isAsking, setAsking] = useState(false);
  const { form, save, submit } = useAnswerWrites(props, values);
  const prefix = `pa-answer-${direction.assessor}`;
  const fields: QuestionField[] = assessmentQuestions.map((question) => ({
    name: question,
    id: `${prefix}-${question}`,
    label: t(questionKeys[question]),
  }));
  const assessed = t(sideGroupKeys[direction.assessedSide]);
  async function onSave(event: Event) {
    event.preventDefault();
    if (await save()) showToast(t("peer-assessment:answers.saved"));
  }
  async function onConfirm() {
    const ok = await submit();
    setAsking(false);
    if (ok) showToast(t("peer-assessment:answers.submitted", { assessed }));
  }
  function askToSubmit() {
    const problems = unansweredErrors(values);
    if (Object.keys(problems).length > 0) {
      void form.run(async () => {}, { validate: () => problems });
      return;
    }
    form.clear();
    setAsking(true);
  }
  return (
    <>
      <AssessmentErrors form={form} fields={fields} />
      <p class="field__hint">{t("peer-assessment:answers.hint")}</p>
      <form class="form" noValidate onSubmit={onSave} aria-labelledby={`${prefix}-heading`}>
        <QuestionFields fields={fields} form={form} values={values} setValues={setValues} />
        <div class="button-row">
          <Button type="submit" variant="secondary" isBusy={form.isBusy && !isAsking}>
            {t("peer-assessment:answers.save")}
          </Button>
          <Button onClick={askToSubmit} disabled={form.isBusy}>
            {t("peer-assessment:answers.submit")}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        isOpen={isAsking}
        title={t("peer-assessment:answers.confirmTitle")}
        body={t("peer-assessment:answers.confirmBody", { assessed })}
        confirmLabel={t("peer-assessment:answers.confirm")}
        isBusy={form.isBusy}
        onConfirm={() => void onConfirm()}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}
