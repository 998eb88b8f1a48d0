import type { Organisation } from "../../../shared/contracts/organisations";

/** i18n keys of the government levels; also the option order of the level select. */
export const governmentLevelKeys = {
  national: "organisations:level.national",
  regional: "organisations:level.regional",
  municipal: "organisations:level.municipal",
  other: "organisations:level.other",
} as const satisfies Record<Organisation["level"], string>;

/** i18n keys of the organisation kinds; also the option order of the kind select. */
export const organisationKindKeys = {
  government_body: "organisations:kind.government_body",
  association: "organisations:kind.association",
  university: "organisations:kind.university",
  ngo: "organisations:kind.ngo",
} as const satisfies Record<Organisation["kind"], string>;
