import type { Advice } from "../../../domain/objectives/objective-types";
import type { TranslateParams } from "../../i18n/i18n";

/** Advice parameters for a message: lists are joined ("explain, describe"). */
export function adviceParams(params: Advice["params"]): TranslateParams {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : v]),
  );
}

/** Observable verbs the advisor offers for a weak one, from any unobservable-verb advice. */
export function suggestedVerbs(advice: readonly Advice[]): string[] {
  const item = advice.find((a) => a.code === "unobservable_verb");
  const list = item?.params.suggestions;
  return Array.isArray(list) ? list : [];
}
