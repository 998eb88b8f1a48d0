import { useMemo } from "preact/hooks";
import { useT } from "../../i18n/use-t";
import { SelectField, TextField } from "../../ui/form-field";
import type { ActivityValues } from "./activity-form-values";
import type { fieldBinder } from "./field-props";
import { timeZoneOptions } from "./time-zones";

type Binder = ReturnType<typeof fieldBinder<ActivityValues>>;

/**
 * When: first and last day, optional local start and end times, and the time zone they are
 * in (offsets shown as on the first day, so summer time is right).
 */
export function ScheduleFields(props: { values: ActivityValues; binder: Binder }) {
  const t = useT();
  const { values, binder } = props;
  const zones = useMemo(
    () => timeZoneOptions(values.startsOn, values.timeZone),
    [values.startsOn, values.timeZone],
  );
  return (
    <fieldset class="form-group">
      <legend class="form-group__legend">{t("activities:form.when")}</legend>
      <div class="field-row">
        <TextField {...binder.bind("startsOn", "activities:field.startsOn")} type="date" />
        <TextField
          {...binder.bind("endsOn", "activities:field.endsOn")}
          type="date"
          isOptional
          hint={t("activities:form.endsOnHint")}
        />
      </div>
      <div class="field-row">
        <TextField
          {...binder.bind("startTime", "activities:field.startTime")}
          type="time"
          isOptional
          hint={t("activities:form.timesHint")}
        />
        <TextField
          {...binder.bind("endTime", "activities:field.endTime")}
          type="time"
          isOptional
          hint={t("activities:form.endTimeHint")}
        />
      </div>
      <SelectField
        {...binder.bind("timeZone", "activities:field.timeZone")}
        hint={t("activities:form.timeZoneHint")}
        options={zones}
      />
    </fieldset>
  );
}
