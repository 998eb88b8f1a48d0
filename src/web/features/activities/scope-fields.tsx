import { type ActivityFormat, themeTextKeys } from "../../../domain/catalogue/formats";
import { useT } from "../../i18n/use-t";
import { SelectField, TextField } from "../../ui/form-field";
import type { ActivityValues } from "./activity-form-values";
import { keysOf, levelKeys, stageKeysOf, stageOrder } from "./activity-labels";
import { CheckboxField, CheckboxGroup } from "./checkbox-group";
import type { fieldBinder } from "./field-props";

type Binder = ReturnType<typeof fieldBinder<ActivityValues>>;

type ScopeProps = {
  values: ActivityValues;
  setValues: (values: ActivityValues) => void;
  binder: Binder;
  format: ActivityFormat;
};

/**
 * Who and why: the levels addressed, how many people are expected, the stages served (the
 * format's unless changed), a study visit's theme, and whether it crosses a border or is a
 * high-level delegation (both add logistics tasks).
 */
export function ScopeFields({ values, setValues, binder, format }: ScopeProps) {
  const t = useT();
  const themes = format.themes.map((theme) => ({
    value: theme,
    label: t(themeTextKeys(theme).name),
  }));
  return (
    <fieldset class="form-group">
      <legend class="form-group__legend">{t("activities:form.scope")}</legend>
      <CheckboxGroup
        id={binder.idOf("levels")}
        legend={t("activities:field.levels")}
        hint={t("activities:form.levelsHint")}
        options={keysOf(levelKeys).map((l) => ({ value: l, label: t(levelKeys[l]) }))}
        selected={values.levels}
        onChange={(levels) => setValues({ ...values, levels })}
      />
      <TextField
        {...binder.bind("plannedParticipantCount", "activities:field.plannedParticipantCount")}
        type="number"
        inputMode="numeric"
        min={1}
        max={10000}
        class="input--short"
        isOptional
        hint={t("activities:form.countHint", {
          min: format.participants.min,
          max: format.participants.max,
        })}
      />
      <CheckboxGroup
        id={binder.idOf("stages")}
        legend={t("activities:field.stages")}
        hint={t("activities:form.stagesHint")}
        error={binder.errorOf("stages")}
        options={stageOrder.map((s) => ({
          value: s as number,
          label: t("activities:stage.numbered", { number: s, name: t(stageKeysOf(s).name) }),
        }))}
        selected={values.stages}
        onChange={(stages) => setValues({ ...values, stages })}
      />
      {themes.length > 0 ? (
        <SelectField
          {...binder.bind("theme", "activities:field.theme")}
          isOptional
          options={themes}
          emptyLabel={t("activities:form.noTheme")}
          hint={
            values.theme
              ? t(themeTextKeys(values.theme as (typeof format.themes)[number]).summary)
              : undefined
          }
        />
      ) : null}
      <CheckboxField
        id={binder.idOf("isInternational")}
        label={t("activities:field.isInternational")}
        hint={t("activities:form.internationalHint")}
        checked={values.isInternational}
        onChange={(isInternational) => setValues({ ...values, isInternational })}
      />
      <CheckboxField
        id={binder.idOf("isHighLevel")}
        label={t("activities:field.isHighLevel")}
        hint={t("activities:form.highLevelHint")}
        checked={values.isHighLevel}
        onChange={(isHighLevel) => setValues({ ...values, isHighLevel })}
      />
    </fieldset>
  );
}
