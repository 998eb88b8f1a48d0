import { useState } from "preact/hooks";
import type {
  IntakeResponse,
  ReformAreaTag,
  SubmitIntakeResponse,
} from "../../../shared/contracts/intake";
import { ApiError, api } from "../../api-client";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { TextAreaField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { useFormSubmit } from "../../ui/use-form-submit";
import { ChallengeFields, challengeTagsId, challengeTextId } from "./challenge-fields";
import { LanguageFields, languageFieldIds } from "./language-fields";
import {
  checkSurvey,
  fieldForIssue,
  type SurveyValues,
  toSubmitBody,
  toSurveyValues,
} from "./survey-values";

type SurveyFormProps = {
  initiativeId: string;
  response: IntakeResponse | null;
  tags: readonly ReformAreaTag[];
  onSaved: (response: IntakeResponse) => void;
  /** Loads the latest answers and survey state after a conflict (typed values are kept). */
  onReload: () => void;
};

const textFields = ["offers", "wants", "currentInitiative", "availability"] as const;
type TextName = (typeof textFields)[number];
const textKeys: Record<TextName, { label: string; hint: string; max: number }> = {
  offers: { label: "intake:form.offers", hint: "intake:form.offersHint", max: 2000 },
  wants: { label: "intake:form.wants", hint: "intake:form.wantsHint", max: 2000 },
  currentInitiative: {
    label: "intake:form.currentInitiative",
    hint: "intake:form.currentInitiativeHint",
    max: 1000,
  },
  availability: {
    label: "intake:form.availability",
    hint: "intake:form.availabilityHint",
    max: 500,
  },
};

function conflictKey(error: unknown): string | undefined {
  return error instanceof ApiError && error.code === "CONFLICT"
    ? "intake:form.conflict"
    : undefined;
}

/** The peer's survey: challenges with tags, offers, wants, current work, availability, languages. */
export function SurveyForm(props: SurveyFormProps) {
  const t = useT();
  const [values, setValues] = useState<SurveyValues>(() =>
    toSurveyValues(props.response, getLocale()),
  );
  const form = useFormSubmit({ fieldFor: fieldForIssue, messageKeyFor: conflictKey });
  const change = (c: Partial<SurveyValues>) => setValues({ ...values, ...c });
  const errorOf = (name: string) =>
    form.fieldKeys[name] ? t(form.fieldKeys[name] ?? "") : undefined;
  const firstText = values.challenges[0] ? challengeTextId(values.challenges[0]) : "";
  const summaryFields = [
    ...values.challenges.flatMap((row, i) => [
      {
        name: `challenges.${i}.text`,
        id: challengeTextId(row),
        label: t("intake:form.challengeLegend", { n: i + 1 }),
      },
      {
        name: `challenges.${i}.tags`,
        id: `${challengeTagsId(row)}-0`,
        label: t("intake:form.challengeTagsOf", { n: i + 1 }),
      },
    ]),
    { name: "challenges", id: firstText, label: t("intake:form.challengesTitle") },
    ...textFields.map((name) => ({ name, id: `survey-${name}`, label: t(textKeys[name].label) })),
    { name: "languages", id: `${languageFieldIds.languages}-0`, label: t("intake:form.languages") },
    {
      name: "otherLanguages",
      id: languageFieldIds.otherLanguages,
      label: t("intake:form.otherLanguages"),
    },
  ];
  async function submit(event: Event) {
    event.preventDefault();
    let saved: IntakeResponse | null = null;
    const body = toSubmitBody(values, props.response?.version ?? null);
    const path = `/api/initiatives/${props.initiativeId}/intake/my-response`;
    const ok = await form.run(
      async () => {
        saved = await api.put<IntakeResponse>(path, body satisfies SubmitIntakeResponse);
      },
      () => checkSurvey(values),
    );
    if (!ok || !saved) return;
    showToast(t("intake:form.saved"));
    props.onSaved(saved);
  }
  return (
    <>
      <FormErrorSummary form={form} fields={summaryFields} />
      {form.messageKey === "intake:form.conflict" ? (
        <p>
          <Button variant="secondary" onClick={props.onReload}>
            {t("intake:form.loadLatest")}
          </Button>
        </p>
      ) : null}
      <form class="form survey-form" noValidate onSubmit={submit}>
        <h3>{t("intake:form.challengesTitle")}</h3>
        <p class="field__hint">{t("intake:form.challengesIntro")}</p>
        <ChallengeFields
          rows={values.challenges}
          tags={props.tags}
          fieldKeys={form.fieldKeys}
          onChange={(challenges) => change({ challenges })}
        />
        <h3>{t("intake:form.aboutYourWork")}</h3>
        {textFields.map((name) => (
          <TextAreaField
            key={name}
            id={`survey-${name}`}
            label={t(textKeys[name].label)}
            hint={t(textKeys[name].hint)}
            error={errorOf(name)}
            isOptional
            rows={3}
            maxLength={textKeys[name].max}
            value={values[name]}
            onValue={(text) => change({ [name]: text })}
          />
        ))}
        <label class="choice choice--single" for="survey-champion">
          <input
            type="checkbox"
            id="survey-champion"
            checked={values.isChampion}
            onChange={(e) => change({ isChampion: e.currentTarget.checked })}
          />{" "}
          {t("intake:form.champion")}
        </label>
        <h3>{t("intake:form.languagesTitle")}</h3>
        <LanguageFields values={values} fieldKeys={form.fieldKeys} onChange={change} />
        <Button type="submit" isBusy={form.isBusy}>
          {t(props.response ? "intake:form.saveChanges" : "intake:form.submit")}
        </Button>
      </form>
    </>
  );
}
