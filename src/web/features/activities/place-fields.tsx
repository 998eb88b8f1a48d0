import type { ActivityFormat } from "../../../domain/catalogue/formats";
import { useT } from "../../i18n/use-t";
import { TextField } from "../../ui/form-field";
import type { ActivityValues } from "./activity-form-values";
import type { fieldBinder } from "./field-props";
import { OrganisationSelect } from "./organisation-select";

type Binder = ReturnType<typeof fieldBinder<ActivityValues>>;

/** Where: the host organisation, an address or site, and a link for online formats. */
export function PlaceFields(props: {
  binder: Binder;
  format: ActivityFormat;
  hostOrganisationName?: string | null;
}) {
  const t = useT();
  const { binder, format } = props;
  return (
    <fieldset class="form-group">
      <legend class="form-group__legend">{t("activities:form.where")}</legend>
      <OrganisationSelect
        {...binder.bind("hostOrganisationId", "activities:field.hostOrganisation")}
        hint={t("activities:form.hostHint")}
        currentName={props.hostOrganisationName}
      />
      <TextField
        {...binder.bind("address", "activities:field.address")}
        isOptional
        maxLength={500}
        hint={t(format.isInPerson ? "activities:form.addressHint" : "activities:form.venueHint")}
      />
      <TextField
        {...binder.bind("onlineUrl", "activities:field.onlineUrl")}
        type="url"
        isOptional
        maxLength={2000}
        spellcheck={false}
        hint={t("activities:form.onlineUrlHint")}
      />
    </fieldset>
  );
}
