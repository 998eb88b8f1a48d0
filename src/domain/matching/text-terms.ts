import type { TextLanguage } from "./matching-peer";
import { stemWord } from "./stemmers";
import { isStopWord } from "./stop-words";

/** One content word of a text: its stem (`term`) and the word as written, lower-cased. */
export interface TermOccurrence {
  readonly term: string;
  readonly word: string;
}

/** Letters and digits of any script form words; everything else (apostrophes too) splits. */
const wordSplitter = /[^\p{L}\p{N}]+/u;
const digitsOnly = /^\p{N}+$/u;

/**
 * Splits `text` into content words with their stems, in order of appearance: lower-cased,
 * Unicode-aware, stop words of `lang` and one-letter or digit-only tokens dropped.
 */
export function extractTermOccurrences(text: string, lang: TextLanguage): TermOccurrence[] {
  return createTermExtractor()(text, lang);
}

function isContentWord(word: string, lang: TextLanguage): boolean {
  return word.length >= 2 && !digitsOnly.test(word) && !isStopWord(word, lang);
}

/** The stems of `text`'s content words in order (repeats kept: they count as term frequency). */
export function extractTerms(text: string, lang: TextLanguage): string[] {
  return extractTermOccurrences(text, lang).map((o) => o.term);
}

/**
 * Same contract as `extractTermOccurrences`, but remembers each word's stem: for a whole
 * initiative's survey the vocabulary is small and stemming each repeat again would dominate.
 */
export function createTermExtractor(): (text: string, lang: TextLanguage) => TermOccurrence[] {
  const stemsByLanguage = new Map<TextLanguage, Map<string, string | null>>();
  return (text, lang) => {
    const occurrences: TermOccurrence[] = [];
    let stems = stemsByLanguage.get(lang);
    if (!stems) {
      stems = new Map();
      stemsByLanguage.set(lang, stems);
    }
    for (const word of text.normalize("NFC").toLowerCase().split(wordSplitter)) {
      let term = stems.get(word);
      if (term === undefined) {
        term = isContentWord(word, lang) ? stemWord(word, lang) : null;
        if (term !== null && term.length < 2) term = null;
        stems.set(word, term);
      }
      if (term !== null) occurrences.push({ term, word });
    }
    return occurrences;
  };
}

/** Canonical form of a reform-area tag: trimmed, lower-cased, inner spaces as single dashes. */
export function normaliseTag(tag: string): string {
  return tag.normalize("NFC").trim().toLowerCase().replace(/\s+/gu, "-");
}
