import type { ReformAreaTag } from "../../../shared/contracts/intake";
import { getLocale } from "../../i18n/i18n";

/**
 * i18n keys of the default reform-area tags every vocabulary starts with (the server's
 * `defaultReformAreaTags`); tags facilitators add show their own label.
 */
export const defaultTagKeys: Record<string, string> = {
  "waste-collection": "intake:tag.wasteCollection",
  recycling: "intake:tag.recycling",
  "tariffs-and-fees": "intake:tag.tariffsAndFees",
  "revenue-collection": "intake:tag.revenueCollection",
  budgeting: "intake:tag.budgeting",
  procurement: "intake:tag.procurement",
  "citizen-engagement": "intake:tag.citizenEngagement",
  "public-health": "intake:tag.publicHealth",
  "water-and-sanitation": "intake:tag.waterAndSanitation",
  "urban-planning": "intake:tag.urbanPlanning",
  "climate-adaptation": "intake:tag.climateAdaptation",
  "data-and-monitoring": "intake:tag.dataAndMonitoring",
  "digital-services": "intake:tag.digitalServices",
  "human-resources": "intake:tag.humanResources",
  transparency: "intake:tag.transparency",
  "service-delivery": "intake:tag.serviceDelivery",
  "political-leadership": "intake:tag.politicalLeadership",
  partnerships: "intake:tag.partnerships",
};

/**
 * The label to show for a tag key: the translation of a default tag, the facilitator's label
 * of an added one, or (when the vocabulary is not at hand) the key with spaces for dashes.
 */
export function labelTag(
  key: string,
  vocabulary: readonly Pick<ReformAreaTag, "key" | "label" | "isDefault">[],
  translate: (key: string) => string,
): string {
  const tag = vocabulary.find((x) => x.key === key);
  const i18nKey = defaultTagKeys[key];
  if (i18nKey && (!tag || tag.isDefault)) return translate(i18nKey);
  return tag?.label ?? key.replace(/-/g, " ");
}

/** Languages offered as checkboxes in the survey (others can be typed as codes). */
export const commonLanguages = [
  "en",
  "fr",
  "es",
  "pt",
  "ar",
  "sw",
  "sv",
  "ru",
  "uk",
  "id",
  "vi",
  "zh",
] as const;

/** Languages the free-text answers can be written in (those the matcher can read). */
export const answerLanguages = ["en", "sv", "fr", "es"] as const;

/**
 * A language's name in the interface language, or the code when unknown. As a label it starts
 * with a capital ("Svenska"); inside a sentence it keeps the language's own casing ("svenska").
 */
export function nameLanguage(code: string, isLabel = true): string {
  try {
    const names = new Intl.DisplayNames([getLocale()], { type: "language" });
    const name = names.of(code);
    if (!name || name === code) return code;
    return isLabel ? name.charAt(0).toLocaleUpperCase(getLocale()) + name.slice(1) : name;
  } catch {
    return code;
  }
}

/** Joins words as the interface language does ("a, b and c"; "a, b och c"). */
export function joinList(items: readonly string[], type: "conjunction" | "unit" = "conjunction") {
  try {
    return new Intl.ListFormat(getLocale(), { style: "long", type }).format(items);
  } catch {
    return items.join(", ");
  }
}
