import { matchPhrase, type Token } from "./objective-tokens";
import type { ObjectiveLanguage } from "./objective-types";
import { phraseSlots, type VerbEntry, verbLexicon } from "./verb-lexicon";

/** A lexicon verb found in the token list. */
export interface VerbHit {
  entry: VerbEntry;
  /** Index of the verb's first token. */
  at: number;
  /** Number of tokens the verb phrase covers. */
  length: number;
  /** Matched a present-tense (finite) form rather than the infinitive. */
  isFinite: boolean;
}

// Words that start an object: a noun-looking verb ("plan", "lista") followed by one of these
// is read as a verb ("plan the next steps"), otherwise as a noun ("the budget plan").
const objectCues: Record<ObjectiveLanguage, ReadonlySet<string>> = {
  en: new Set(
    `a an the their its our his her your this these that those how what which why who whether
    ways options one two three four five key concrete specific new local own them it at least`.split(
      /\s+/,
    ),
  ),
  sv: new Set(
    `en ett den det de sin sitt sina deras hur vad vilka vilken vilket varför två tre fyra fem
    konkreta nya egna minst dessa denna detta kommunens kommunernas`.split(/\s+/),
  ),
};

/** True when a word typically opens an object noun phrase or clause in the language. */
export function isObjectCue(word: string | undefined, lang: ObjectiveLanguage): boolean {
  return word !== undefined && objectCues[lang].has(word);
}

/** The longest lexicon verb starting exactly at token `at`, or null. */
export function matchVerbAt(
  tokens: readonly Token[],
  at: number,
  lang: ObjectiveLanguage,
): VerbHit | null {
  let best: VerbHit | null = null;
  for (const entry of verbLexicon[lang]) {
    for (const [index, pattern] of entry.patterns.entries()) {
      const length = matchPhrase(tokens, at, pattern, phraseSlots[lang]);
      if (length > 0 && (best === null || length > best.length)) {
        best = { entry, at, length, isFinite: index > 0 };
      }
    }
  }
  return best;
}

/**
 * The first verb between `from` and `to` that scanning can trust: not a bare state verb
 * ("have", "är") and, when the word is also a noun, followed by an object word.
 */
export function findFirstVerb(
  tokens: readonly Token[],
  from: number,
  to: number,
  lang: ObjectiveLanguage,
): VerbHit | null {
  for (let at = from; at < to; at += 1) {
    const hit = matchVerbAt(tokens, at, lang);
    if (hit === null || hit.entry.isState) continue;
    if (hit.entry.isAmbiguous && !isObjectCue(tokens[at + hit.length]?.lower, lang)) continue;
    return hit;
  }
  return null;
}

/**
 * Swedish particle verbs split by the subject after a fronted phrase ("Efter besöket känner
 * deltagarna till ..."): the finite first word at `at`, the rest within the next five words.
 */
export function matchSplitVerbAt(
  tokens: readonly Token[],
  at: number,
  lang: ObjectiveLanguage,
): (VerbHit & { particleAt: number; particleLength: number }) | null {
  for (const entry of verbLexicon[lang]) {
    const finite = entry.patterns.slice(1).find((pattern) => pattern.length > 1);
    if (finite === undefined || finite[0] !== tokens[at]?.lower) continue;
    const rest = finite.slice(1);
    for (let particleAt = at + 2; particleAt <= at + 5; particleAt += 1) {
      const particleLength = matchPhrase(tokens, particleAt, rest, phraseSlots[lang]);
      if (particleLength > 0) {
        return { entry, at, length: 1, isFinite: true, particleAt, particleLength };
      }
    }
  }
  return null;
}
