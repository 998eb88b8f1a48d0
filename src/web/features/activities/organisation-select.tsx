import type { organisationSchema } from "../../../shared/contracts/organisations";
import { api, type PageOf } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { SelectField } from "../../ui/form-field";
import { useResource } from "../../ui/use-resource";
import type { FieldProps } from "./field-props";

type OrganisationPage = PageOf<typeof organisationSchema>;

/**
 * Picks an organisation from the shared directory (first 100 by name; a saved choice beyond
 * them is kept as an option). "None" is always possible.
 */
export function OrganisationSelect(
  props: FieldProps & { hint?: string; currentName?: string | null },
) {
  const t = useT();
  const list = useResource("organisation-picker", () =>
    api.get<OrganisationPage>("/api/organisations", { limit: 100 }),
  );
  const { currentName, ...field } = props;
  const options = (list.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  if (field.value && !options.some((o) => o.value === field.value)) {
    options.unshift({ value: field.value, label: currentName ?? t("activities:form.savedChoice") });
  }
  return (
    <SelectField
      {...field}
      isOptional
      options={options}
      emptyLabel={t("activities:form.noOrganisation")}
    />
  );
}
