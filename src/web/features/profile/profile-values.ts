import type { UiLocale } from "../../../shared/contracts/common";
import type { Organisation } from "../../../shared/contracts/organisations";
import type { Person, UpdatePerson } from "../../../shared/contracts/people";
import type { FieldErrorKeys } from "../../ui/use-form-submit";
import { requireFilled } from "../../ui/use-form-submit";

/** The profile form's values, all as the strings the controls hold. */
export type ProfileValues = {
  displayName: string;
  organisationId: string;
  position: string;
  level: string;
  field: string;
  yearsOfService: string;
  languages: string;
  locale: UiLocale;
};

/** i18n keys of the field labels, in form order. */
export const profileLabelKeys = {
  displayName: "profile:field.displayName",
  organisationId: "profile:field.organisationId",
  position: "profile:field.position",
  level: "profile:field.level",
  field: "profile:field.field",
  yearsOfService: "profile:field.yearsOfService",
  languages: "profile:field.languages",
  locale: "profile:field.locale",
} as const satisfies Record<keyof ProfileValues, string>;

/** i18n keys of the hierarchical levels; also the option order. */
export const levelKeys = {
  political: "profile:level.political",
  managerial: "profile:level.managerial",
  technical: "profile:level.technical",
} as const satisfies Record<NonNullable<Person["level"]>, string>;

/**
 * Options of the home-organisation select, sorted by name. The person's current organisation is
 * kept even when it is not among the loaded ones (the list is capped at one page).
 */
export function organisationOptionsOf(organisations: Organisation[], person: Person) {
  const options = [...organisations]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((o) => ({ value: o.id, label: `${o.name} (${o.country})` }));
  if (person.organisationId && !organisations.some((o) => o.id === person.organisationId)) {
    options.unshift({ value: person.organisationId, label: person.organisationName ?? "" });
  }
  return options;
}

/** Form values from a loaded profile. */
export function profileValuesOf(person: Person): ProfileValues {
  return {
    displayName: person.displayName,
    organisationId: person.organisationId ?? "",
    position: person.position,
    level: person.level ?? "",
    field: person.field,
    yearsOfService: person.yearsOfService === null ? "" : String(person.yearsOfService),
    languages: person.languages.join(", "),
    locale: person.locale,
  };
}

/** `"sv, en  SW"` -> `["sv", "en", "sw"]` (commas or spaces separate; duplicates dropped). */
export function parseLanguages(text: string): string[] {
  const codes = text
    .toLowerCase()
    .split(/[\s,;]+/)
    .filter(Boolean);
  return [...new Set(codes)];
}

/** Problems the browser can see before sending: required name, whole years, two/three-letter codes. */
export function checkProfile(values: ProfileValues): FieldErrorKeys {
  const problems = requireFilled(values, ["displayName"]);
  const years = values.yearsOfService.trim();
  if (years && !/^\d{1,2}$/.test(years)) problems.yearsOfService = "profile:form.yearsFormat";
  if (parseLanguages(values.languages).some((code) => !/^[a-z]{2,3}$/.test(code))) {
    problems.languages = "profile:form.languagesFormat";
  }
  return problems;
}

/** The PATCH body for the profile (every field, with the version the form was loaded at). */
export function updateBodyOf(values: ProfileValues, version: number): UpdatePerson {
  const years = values.yearsOfService.trim();
  return {
    version,
    displayName: values.displayName,
    organisationId: values.organisationId || null,
    position: values.position,
    level: (values.level || null) as UpdatePerson["level"],
    field: values.field,
    yearsOfService: years ? Number.parseInt(years, 10) : null,
    languages: parseLanguages(values.languages),
    locale: values.locale,
  };
}
