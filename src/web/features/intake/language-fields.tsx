import { useT } from "../../i18n/use-t";
import { SelectField, TextField } from "../../ui/form-field";
import type { FieldErrorKeys } from "../../ui/use-form-submit";
import { CheckboxGroup } from "./checkbox-group";
import { answerLanguages, commonLanguages, nameLanguage } from "./intake-labels";
import type { AnswerLanguage, SurveyValues } from "./survey-values";

type LanguageFieldsProps = {
  values: SurveyValues;
  fieldKeys: FieldErrorKeys;
  onChange: (change: Partial<SurveyValues>) => void;
};

/** Control ids of the language fields (error links point here). */
export const languageFieldIds = {
  languages: "survey-languages",
  otherLanguages: "survey-other-languages",
  answerLanguage: "survey-answer-language",
} as const;

/**
 * Which languages the peer can work in (a match needs one in common) and which language their
 * written answers are in (the matcher reads the words in that language).
 */
export function LanguageFields({ values, fieldKeys, onChange }: LanguageFieldsProps) {
  const t = useT();
  const errorOf = (name: string) => (fieldKeys[name] ? t(fieldKeys[name] ?? "") : undefined);
  return (
    <>
      <CheckboxGroup
        id={languageFieldIds.languages}
        legend={t("intake:form.languages")}
        hint={t("intake:form.languagesHint")}
        error={errorOf("languages")}
        options={commonLanguages.map((code) => ({ value: code, label: nameLanguage(code) }))}
        selected={values.languages}
        onChange={(languages) => onChange({ languages })}
      />
      <TextField
        id={languageFieldIds.otherLanguages}
        label={t("intake:form.otherLanguages")}
        hint={t("intake:form.otherLanguagesHint")}
        error={errorOf("otherLanguages")}
        isOptional
        value={values.otherLanguages}
        onValue={(otherLanguages) => onChange({ otherLanguages })}
        class="input--medium"
        autoComplete="off"
        spellcheck={false}
      />
      <SelectField
        id={languageFieldIds.answerLanguage}
        label={t("intake:form.answerLanguage")}
        hint={t("intake:form.answerLanguageHint")}
        error={errorOf("answerLanguage")}
        value={values.answerLanguage}
        options={answerLanguages.map((code) => ({ value: code, label: nameLanguage(code) }))}
        onValue={(code) => onChange({ answerLanguage: code as AnswerLanguage })}
      />
    </>
  );
}
