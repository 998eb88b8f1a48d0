import { detectObjectiveLanguage } from "./detect-language";
import { isObjectCue, matchVerbAt } from "./find-verb";
import type { Skeleton, TokenRange } from "./objective-skeleton";
import { matchWords, wordPatterns } from "./objective-skeleton";
import { sliceTokens, type Token, tokenize } from "./objective-tokens";
import type { ObjectiveLanguage, ObjectiveParts, VerbMatch } from "./objective-types";
import { parseEnglishSkeleton } from "./parse-english";
import { parseSwedishSkeleton } from "./parse-swedish";

const conjunctions: Record<ObjectiveLanguage, string[][]> = {
  en: wordPatterns("and, and then, and also, and to, and be able to, as well as"),
  sv: wordPatterns(`och, samt, och sedan, och även, och också, samt att, och att, och kunna, samt
  kunna, och att kunna`),
};

// Openings that only announce the objective ("The aim is that ...", "Målet är att ...").
const preambles: Record<ObjectiveLanguage, string[][]> = {
  en: wordPatterns(`the aim is that, the aim is for, the objective is that, the goal is that, the
  purpose is that, our aim is that`),
  sv: wordPatterns("målet är att, syftet är att, målsättningen är att, vårt mål är att"),
};

// A verb after "and" inside a "how/what ..." clause usually belongs to that clause ("explain
// how councils set priorities and allocate funds"), unless an object word follows it.
const clauseWords: Record<ObjectiveLanguage, ReadonlySet<string>> = {
  en: new Set(["how", "what", "which", "why", "where", "when", "who", "whether"]),
  sv: new Set(["hur", "vad", "vilka", "vilken", "vilket", "varför", "var", "när"]),
};

/** The extra behaviours of a compound objective: verbs joined to the main one by "and". */
function findExtraVerbs(
  tokens: readonly Token[],
  skeleton: Skeleton,
  lang: ObjectiveLanguage,
): VerbMatch[] {
  const main = skeleton.verb;
  if (main === null || main.kind === "unknown") return [];
  const extra: VerbMatch[] = [];
  let isInClause = false;
  for (let at = main.end; at < tokens.length; at += 1) {
    if (clauseWords[lang].has(tokens[at]?.lower ?? "")) isInClause = true;
    const conjunction = matchWords(tokens, at, conjunctions[lang]);
    if (conjunction === 0) continue;
    const verbAt = at + conjunction;
    const hit = matchVerbAt(tokens, verbAt, lang);
    if (hit === null || hit.entry.isState || hit.isFinite !== main.isFinite) continue;
    const needsCue = hit.entry.isAmbiguous || isInClause;
    if (needsCue && !isObjectCue(tokens[verbAt + hit.length]?.lower, lang)) continue;
    extra.push({
      lemma: hit.entry.lemma,
      kind: hit.entry.isObservable ? "observable" : "unobservable",
    });
    at = verbAt + hit.length - 1;
  }
  return extra;
}

function sliceRange(
  text: string,
  tokens: readonly Token[],
  range: TokenRange | null,
): string | null {
  return range === null ? null : sliceTokens(text, tokens, range.from, range.to);
}

/** The content words (lower case), for vagueness checks and verb suggestions. */
export function listContentWords(parts: ObjectiveParts): string[] {
  return parts.content === null ? [] : tokenize(parts.content).map((token) => token.lower);
}

/**
 * Reads a free-text learning objective (English or Swedish; detected unless `lang` is given)
 * into its stem phrase, Audience, Behaviour and Content. Never throws: parts it cannot find
 * are null, and the advisor turns them into advice.
 */
export function parseObjective(text: string, lang?: ObjectiveLanguage): ObjectiveParts {
  const language = lang ?? detectObjectiveLanguage(text);
  const allTokens = tokenize(text);
  // Parts are cut by each token's own offsets, so dropping a preamble needs no re-indexing.
  const tokens = allTokens.slice(matchWords(allTokens, 0, preambles[language]));
  const skeleton =
    language === "sv" ? parseSwedishSkeleton(text, tokens) : parseEnglishSkeleton(text, tokens);
  const verb = skeleton.verb ? { lemma: skeleton.verb.lemma, kind: skeleton.verb.kind } : null;
  return {
    lang: language,
    stem: sliceRange(text, tokens, skeleton.stem),
    audience: sliceRange(text, tokens, skeleton.audience),
    behaviour: sliceRange(text, tokens, skeleton.behaviour),
    verb,
    extraVerbs: findExtraVerbs(tokens, skeleton, language),
    content: sliceTokens(text, tokens, skeleton.contentFrom, tokens.length),
  };
}
