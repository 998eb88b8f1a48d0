import { matchVerbAt } from "./find-verb";
import type { Token } from "./objective-tokens";
import type { ObjectiveLanguage, VerbKind } from "./objective-types";

/** A half-open range of token indices [from, to). */
export interface TokenRange {
  from: number;
  to: number;
}

/** The main verb as the parser found it. */
export interface SkeletonVerb {
  lemma: string;
  kind: VerbKind;
  /** Found as a present-tense form ("identifies", "jämför") rather than an infinitive. */
  isFinite: boolean;
  /** Index of the token after the verb phrase. */
  end: number;
}

/** Where each part of an objective lies in the token list; the language parsers fill it. */
export interface Skeleton {
  stem: TokenRange | null;
  audience: TokenRange | null;
  behaviour: TokenRange | null;
  verb: SkeletonVerb | null;
  /** Index of the first content token; tokens.length when there is no content. */
  contentFrom: number;
}

const adverbs: Record<ObjectiveLanguage, ReadonlySet<string>> = {
  en: new Set(["better", "also", "together", "then", "further", "now", "themselves"]),
  sv: new Set(
    `bättre själva själv tillsammans självständigt också även tydligt gemensamt aktivt konkret
    kritiskt systematiskt sedan`.split(/\s+/),
  ),
};

// Words that cannot be a behaviour verb: when one follows "are able to"/"ska kunna", the
// verb was left out ("are able to the new budget rules").
const nonVerbStarts: Record<ObjectiveLanguage, ReadonlySet<string>> = {
  en: new Set(
    `the a an their its our his her this these those some all more new better key main good best
    how what which why that there no any each every several various different`.split(/\s+/),
  ),
  sv: new Set(
    `den det de en ett sina sitt sin deras några alla fler nya bättre viktiga hur vad vilka
    varför att någon inga flera olika goda bästa`.split(/\s+/),
  ),
};

function isAdverb(token: Token | undefined, lang: ObjectiveLanguage): boolean {
  if (token === undefined) return false;
  if (adverbs[lang].has(token.lower)) return true;
  return lang === "en" ? /^[a-z]{3,}ly$/.test(token.lower) : /^[a-zåäö]{4,}t$/.test(token.lower);
}

/** The behaviour found by `readBehaviour`, and where the content starts. */
export interface BehaviourReading {
  behaviour: TokenRange | null;
  verb: SkeletonVerb | null;
  contentFrom: number;
}

/**
 * Reads the behaviour verb at token `at`, right after "are able to"/"ska kunna": a lexicon
 * verb (after optional adverbs such as "jointly"), else an unknown word taken as a verb,
 * unless that word plainly opens a noun phrase (then the behaviour is missing).
 */
export function readBehaviour(
  tokens: readonly Token[],
  at: number,
  lang: ObjectiveLanguage,
): BehaviourReading {
  let verbAt = at;
  while (isAdverb(tokens[verbAt], lang) && matchVerbAt(tokens, verbAt, lang) === null) verbAt += 1;
  let hit = matchVerbAt(tokens, verbAt, lang);
  if (hit === null) {
    verbAt = at;
    hit = matchVerbAt(tokens, at, lang);
  }
  if (hit !== null) {
    const end = verbAt + hit.length;
    const kind = hit.entry.isObservable ? "observable" : "unobservable";
    return {
      behaviour: { from: at, to: end },
      verb: { lemma: hit.entry.lemma, kind, isFinite: hit.isFinite, end },
      contentFrom: end,
    };
  }
  const word = tokens[at];
  if (word === undefined || nonVerbStarts[lang].has(word.lower) || /^\d/.test(word.lower)) {
    return { behaviour: null, verb: null, contentFrom: at };
  }
  return {
    behaviour: { from: at, to: at + 1 },
    verb: { lemma: word.lower, kind: "unknown", isFinite: false, end: at + 1 },
    contentFrom: at + 1,
  };
}

/** Matches the longest of `patterns` at `at` on plain words; returns the length or 0. */
export function matchWords(
  tokens: readonly Token[],
  at: number,
  patterns: readonly (readonly string[])[],
): number {
  let best = 0;
  for (const pattern of patterns) {
    if (pattern.every((word, offset) => tokens[at + offset]?.lower === word)) {
      best = Math.max(best, pattern.length);
    }
  }
  return best;
}

/** Parses a space- and comma-separated list of word patterns ("are able to, can"). */
export function wordPatterns(list: string): string[][] {
  return list
    .split(",")
    .map((entry) => entry.trim().split(/\s+/))
    .filter((words) => words[0] !== "");
}
