import { type FeedbackLexicon, getFeedbackLexicon } from "./feedback-lexicon";
import {
  type FeedbackLanguage,
  findPhrases,
  isFormOf,
  type TextToken,
  tokenizeText,
} from "./text-terms";

/** Hints a draft can get, in the order they are returned. */
export const feedbackHintCodes = [
  "judgmental_language",
  "too_vague",
  "prescriptive",
  "about_person_not_practice",
  "not_changeable",
] as const;
/** One of `feedbackHintCodes`. */
export type FeedbackHintCode = (typeof feedbackHintCodes)[number];

/**
 * One hint for a draft. `matches` are the words or phrases that triggered it (lower-case, each
 * once); `params.words` is them joined for the message, `params.count` picks the plural form
 * (for `too_vague` it is the draft's word count and `words` is empty).
 */
export interface FeedbackHint {
  code: FeedbackHintCode;
  matches: string[];
  params: { words: string; count: number };
}

/**
 * The guide's rules for reflective, constructive feedback (ICLD toolbox, method 3, phase 3), as
 * keys for a checklist beside the draft. Only some can be checked in the text; the rest
 * (requested, confidential, ...) are for the author to keep in mind.
 */
export const feedbackPrinciples = [
  "dialogue",
  "descriptive",
  "specific",
  "changeable",
  "both_needs",
  "requested",
  "information_not_advice",
  "usable_amount",
  "confidential",
] as const;
/** One of `feedbackPrinciples`. */
export type FeedbackPrinciple = (typeof feedbackPrinciples)[number];

/** Below this many words a draft is too short to be specific, whatever it names. */
export const minSpecificWordCount = 4;

/** Praise naming something concrete counts as backed from this many words ("the excellent X did Y"). */
export const minBackedPraiseWordCount = 8;

function findWords(tokens: readonly TextToken[], words: readonly string[]): string[] {
  const wanted = new Set(words);
  return unique(tokens.map((token) => token.word).filter((word) => wanted.has(word)));
}

function findNouns(
  tokens: readonly TextToken[],
  nouns: readonly string[],
  lang: FeedbackLanguage,
): string[] {
  return unique(
    tokens
      .map((token) => token.word)
      .filter((word) => nouns.some((noun) => isFormOf(word, noun, lang))),
  );
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function isNamedThing(token: TextToken, lang: FeedbackLanguage): boolean {
  if (token.isSentenceStart) return false;
  if (lang === "en" && /^I(?:'|$)/.test(token.original)) return false;
  return /^\p{Lu}/u.test(token.original) && token.original.length >= 2;
}

/**
 * True when the text points at something checkable: a number, a date or count word, a quote,
 * a named place or body (a capitalised word mid-sentence, an acronym), or a document, process or
 * place ("the permit form", "blanketten").
 */
export function hasConcreteReference(text: string, lang: FeedbackLanguage): boolean {
  const lexicon = getFeedbackLexicon(lang);
  const tokens = tokenizeText(text);
  if (/\p{N}/u.test(text) || /["\u201c\u201d\u00ab\u00bb]/.test(text)) return true;
  if (tokens.some((token) => isNamedThing(token, lang))) return true;
  if (findWords(tokens, lexicon.concreteWords).length > 0) return true;
  return findNouns(tokens, lexicon.concreteNouns, lang).length > 0;
}

function findJudgments(
  tokens: readonly TextToken[],
  lexicon: FeedbackLexicon,
  isBacked: boolean,
): string[] {
  const verdicts = findWords(tokens, lexicon.judgmentalWords);
  const praise = isBacked ? [] : findWords(tokens, lexicon.praiseWords);
  return unique([...verdicts, ...praise]);
}

function toHint(code: FeedbackHintCode, matches: string[]): FeedbackHint {
  return { code, matches, params: { words: matches.join(", "), count: matches.length } };
}

/**
 * Live hints for a feedback draft, in `feedbackHintCodes` order; none for a blank draft.
 * Praise ("excellent") counts as judgmental unless a "because"/"for example" or a longer sentence
 * naming something concrete backs it.
 * Pure and deterministic; a hint is advice to the author, never a reason to refuse the text.
 */
export function hintFeedback(text: string, lang: FeedbackLanguage): FeedbackHint[] {
  const tokens = tokenizeText(text);
  if (tokens.length === 0) return [];
  const lexicon = getFeedbackLexicon(lang);
  const isConcrete = hasConcreteReference(text, lang);
  const isBacked =
    findPhrases(tokens, lexicon.evidencePhrases).length > 0 ||
    (isConcrete && tokens.length >= minBackedPraiseWordCount);
  const hints: FeedbackHint[] = [];
  const judgments = findJudgments(tokens, lexicon, isBacked);
  if (judgments.length > 0) hints.push(toHint("judgmental_language", judgments));
  if (!isConcrete || tokens.length < minSpecificWordCount) {
    hints.push({ code: "too_vague", matches: [], params: { words: "", count: tokens.length } });
  }
  const directives = findPhrases(tokens, lexicon.prescriptivePhrases);
  if (directives.length > 0) hints.push(toHint("prescriptive", directives));
  const personal = findPhrases(tokens, lexicon.personPhrases);
  if (personal.length > 0) hints.push(toHint("about_person_not_practice", personal));
  const unchangeable = unique([
    ...findNouns(tokens, lexicon.unchangeableNouns, lang),
    ...findPhrases(tokens, lexicon.unchangeablePhrases),
  ]);
  if (unchangeable.length > 0) hints.push(toHint("not_changeable", unchangeable));
  return hints;
}
