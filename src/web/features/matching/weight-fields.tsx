import type { CriterionKey } from "../../../domain/matching/criteria";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { TextField } from "../../ui/form-field";
import type { FieldErrorKeys } from "../../ui/use-form-submit";
import { criterionLabelKeys, criterionOrder, formatScore } from "./matching-labels";

type WeightFieldsProps = {
  idPrefix: string;
  weights: Record<CriterionKey, string>;
  /** The mode's default weights, shown beside each field and restored by the reset. */
  defaults: Record<CriterionKey, number>;
  fieldKeys: FieldErrorKeys;
  onChange: (weights: Record<CriterionKey, string>) => void;
};

/** The id of a criterion's weight field. */
export function weightFieldId(idPrefix: string, key: CriterionKey): string {
  return `${idPrefix}-weight-${key}`;
}

/**
 * One weight per criterion (0 to 10; only their proportions matter), each with what it means
 * and its default, and a button that puts the defaults back.
 */
export function WeightFields({
  idPrefix,
  weights,
  defaults,
  fieldKeys,
  onChange,
}: WeightFieldsProps) {
  const t = useT();
  const locale = getLocale();
  const groupError = fieldKeys.weights ? t(fieldKeys.weights) : undefined;
  return (
    <fieldset class={groupError ? "choice-group field--error" : "choice-group"}>
      <legend class="field__label">{t("matching:form.weights")}</legend>
      <p class="field__hint">{t("matching:form.weightsHint")}</p>
      {groupError ? (
        <p class="field__error" id={`${idPrefix}-weights-error`}>
          <span class="visually-hidden">{t("common:form.errorPrefix")} </span>
          {groupError}
        </p>
      ) : null}
      <div class="weight-grid">
        {criterionOrder.map((key) => {
          const errorKey = fieldKeys[`weights.${key}`];
          return (
            <TextField
              key={key}
              id={weightFieldId(idPrefix, key)}
              type="number"
              min={0}
              max={10}
              step={0.01}
              inputMode="decimal"
              class="input--short"
              label={t(criterionLabelKeys[key].label)}
              hint={`${t(criterionLabelKeys[key].hint)} ${t("matching:form.weightDefault", {
                value: formatScore(defaults[key], locale),
              })}`}
              error={errorKey ? t(errorKey) : undefined}
              value={weights[key]}
              onValue={(value) => onChange({ ...weights, [key]: value })}
            />
          );
        })}
      </div>
      <Button
        variant="secondary"
        onClick={() =>
          onChange(
            Object.fromEntries(criterionOrder.map((k) => [k, String(defaults[k])])) as Record<
              CriterionKey,
              string
            >,
          )
        }
      >
        {t("matching:form.resetWeights")}
      </Button>
    </fieldset>
  );
}
