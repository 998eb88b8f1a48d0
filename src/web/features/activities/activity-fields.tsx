import type { ActivityFormat } from "../../../domain/catalogue/formats";
import { useT } from "../../i18n/use-t";
import { SelectField, TextAreaField, TextField } from "../../ui/form-field";
import type { ActivityValues } from "./activity-form-values";
import { activityStatusKeys, keysOf } from "./activity-labels";
import type { fieldBinder } from "./field-props";
import { PlaceFields } from "./place-fields";
import { ScheduleFields } from "./schedule-fields";
import { ScopeFields } from "./scope-fields";

type Binder = ReturnType<typeof fieldBinder<ActivityValues>>;

/** The order the error summary lists the activity form's fields in, with their label keys. */
export const activityFieldOrder = [
  ["title", "activities:field.title"],
  ["status", "activities:field.status"],
  ["startsOn", "activities:field.startsOn"],
  ["endsOn", "activities:field.endsOn"],
  ["startTime", "activities:field.startTime"],
  ["endTime", "activities:field.endTime"],
  ["timeZone", "activities:field.timeZone"],
  ["hostOrganisationId", "activities:field.hostOrganisation"],
  ["address", "activities:field.address"],
  ["onlineUrl", "activities:field.onlineUrl"],
  ["levels", "activities:field.levels"],
  ["plannedParticipantCount", "activities:field.plannedParticipantCount"],
  ["stages", "activities:field.stages"],
  ["theme", "activities:field.theme"],
  ["description", "activities:field.description"],
] as const;

type FieldsProps = {
  values: ActivityValues;
  setValues: (values: ActivityValues) => void;
  binder: Binder;
  format: ActivityFormat;
  /** Editing a saved activity: its status can change. */
  isEditing?: boolean;
  hostOrganisationName?: string | null;
};

/** Every editable fact of an activity, grouped as what, when, where and who. */
export function ActivityFields(props: FieldsProps) {
  const t = useT();
  const { values, binder, format } = props;
  const statuses = keysOf(activityStatusKeys).map((s) => ({
    value: s,
    label: t(activityStatusKeys[s]),
  }));
  return (
    <>
      <fieldset class="form-group">
        <legend class="form-group__legend">{t("activities:form.what")}</legend>
        <TextField
          {...binder.bind("title", "activities:field.title")}
          maxLength={200}
          hint={t("activities:form.titleHint")}
        />
        {props.isEditing ? (
          <SelectField {...binder.bind("status", "activities:field.status")} options={statuses} />
        ) : null}
        <TextAreaField
          {...binder.bind("description", "activities:field.description")}
          isOptional
          rows={4}
          maxLength={4000}
          hint={t("activities:form.descriptionHint")}
        />
      </fieldset>
      <ScheduleFields values={values} binder={binder} />
      <PlaceFields
        binder={binder}
        format={format}
        hostOrganisationName={props.hostOrganisationName}
      />
      <ScopeFields values={values} setValues={props.setValues} binder={binder} format={format} />
    </>
  );
}
