import { useT } from "../../i18n/use-t";
import { TextAreaField } from "../../ui/form-field";
import { countRated, preparationFieldId, type ReadinessValue } from "./preparation-values";
import { criterionHintKeys, criterionKeys, ratingOptions } from "./readiness-labels";

type ReadinessFieldsProps = {
  values: ReadinessValue[];
  onChange: (index: number, change: Partial<ReadinessValue>) => void;
  /** Error keys by API path (`readiness.0.comment` …). */
  errors: Record<string, string>;
};

function CriterionFields(props: {
  index: number;
  value: ReadinessValue;
  onChange: ReadinessFieldsProps["onChange"];
  error?: string;
}) {
  const t = useT();
  const { index, value } = props;
  const id = preparationFieldId(`readiness.${index}.rating`);
  return (
    <fieldset class="choice-group" aria-describedby={`${id}-hint`}>
      <legend class="field__label">{t(criterionKeys[value.criterion])}</legend>
      <p class="field__hint" id={`${id}-hint`}>
        {t(criterionHintKeys[value.criterion])}
      </p>
      <div class="choice-group__options">
        {ratingOptions.map((option) => (
          <div key={option.value} class="choice">
            <input
              type="radio"
              id={`${id}-${option.value}`}
              name={id}
              value={option.value}
              checked={value.rating === option.value}
              onChange={() => props.onChange(index, { rating: option.value })}
            />
            <label for={`${id}-${option.value}`}>
              {option.value} – {t(option.key)}
            </label>
          </div>
        ))}
      </div>
      <TextAreaField
        id={preparationFieldId(`readiness.${index}.comment`)}
        label={t("peer-visit:readiness.comment")}
        isOptional
        rows={2}
        maxLength={2000}
        value={value.comment}
        onValue={(comment) => props.onChange(index, { comment })}
        error={props.error}
      />
    </fieldset>
  );
}

/**
 * The host's organisational readiness self-assessment: each criterion rated from 1 (not in
 * place) to 4 (fully in place), with an optional comment; how many are rated so far.
 */
export function ReadinessFields({ values, onChange, errors }: ReadinessFieldsProps) {
  const t = useT();
  const progress = countRated(values);
  const errorOf = (path: string) => (errors[path] ? t(errors[path]) : undefined);
  return (
    <fieldset class="form-group">
      <legend class="form-group__legend">{t("peer-visit:readiness.title")}</legend>
      <p class="field__hint">{t("peer-visit:readiness.intro")}</p>
      <p data-testid="readiness-progress">{t("peer-visit:readiness.progress", progress)}</p>
      {values.map((value, index) => (
        <CriterionFields
          key={value.criterion}
          index={index}
          value={value}
          onChange={onChange}
          error={errorOf(`readiness.${index}.comment`)}
        />
      ))}
    </fieldset>
  );
}
