import { tokenize } from "./objective-tokens";
import type { ObjectiveLanguage } from "./objective-types";

const swedishWords = new Set(
  `efter ska skall kunna och att av för med som hur det de en ett om till kan vid på är inom sina
  sin sitt deras deltagarna gruppen projektgruppen styrgruppen kommer bör samt mellan vilka olika
  besöket studiebesöket workshopen seminariet egen egna när slutet`.split(/\s+/),
);

const englishWords = new Set(
  `the after able to and of will be are is participants team with for how their can by end in on
  a an group project steering visit study workshop between which should they our what its
  following`.split(/\s+/),
);

/**
 * Guesses whether an objective is written in English or Swedish from its common words and
 * Swedish letters (å, ä, ö). Ties, including empty text, go to English.
 */
export function detectObjectiveLanguage(text: string): ObjectiveLanguage {
  let score = 0;
  for (const token of tokenize(text)) {
    if (swedishWords.has(token.lower)) score += 1;
    if (englishWords.has(token.lower)) score -= 1;
    if (/[åäö]/.test(token.lower)) score += 1;
  }
  return score > 0 ? "sv" : "en";
}
