import type { Showcase } from "../../../shared/contracts/showcases";
import type { FieldErrorKeys } from "../../ui/use-form-submit";
import { minorToInput, parseAmountToMinor } from "../activities/money";

/** What the showcase form edits, as its controls hold it. */
export type ShowcaseValues = {
  title: string;
  practice: string;
  organisationId: string;
  place: string;
  results: string;
  costNote: string;
  costAmount: string;
  costCurrency: string;
  championPersonId: string;
  contact: string;
};

/** An empty showcase (the cost currency preset so an amount needs only the number). */
export const emptyShowcase: ShowcaseValues = {
  title: "",
  practice: "",
  organisationId: "",
  place: "",
  results: "",
  costNote: "",
  costAmount: "",
  costCurrency: "EUR",
  championPersonId: "",
  contact: "",
};

/** The form's values for a saved showcase. */
export function valuesOfShowcase(s: Showcase): ShowcaseValues {
  const currency = s.costCurrency ?? "EUR";
  return {
    title: s.title,
    practice: s.practice,
    organisationId: s.organisationId ?? "",
    place: s.place,
    results: s.results,
    costNote: s.costNote,
    costAmount: s.costAmountMinor === null ? "" : minorToInput(s.costAmountMinor, currency),
    costCurrency: currency,
    championPersonId: s.championPersonId ?? "",
    contact: s.contact,
  };
}

/** The request body (create, or edit with a version added); an amount comes with its currency. */
export function toShowcaseBody(values: ShowcaseValues, locale: string) {
  const amount = values.costAmount.trim()
    ? parseAmountToMinor(values.costAmount, values.costCurrency, locale)
    : null;
  return {
    title: values.title.trim(),
    practice: values.practice.trim(),
    organisationId: values.organisationId || null,
    place: values.place.trim(),
    results: values.results.trim(),
    costNote: values.costNote.trim(),
    costAmountMinor: amount,
    costCurrency: amount === null ? null : values.costCurrency,
    championPersonId: values.championPersonId || null,
    contact: values.contact.trim(),
  };
}

/** A showcase needs a title; a cost amount must be a valid amount of its currency. */
export function validateShowcase(values: ShowcaseValues, locale: string): FieldErrorKeys {
  const problems: FieldErrorKeys = {};
  if (!values.title.trim()) problems.title = "common:fieldError.required";
  if (values.costAmount.trim()) {
    if (!values.costCurrency) problems.costCurrency = "common:fieldError.required";
    else if (parseAmountToMinor(values.costAmount, values.costCurrency, locale) === null)
      problems.costAmount = "activities:fieldError.amount";
  }
  return problems;
}
