/** Languages the feedback hints and clustering understand. */
export const feedbackLanguages = ["en", "sv"] as const;
/** One of `feedbackLanguages`. */
export type FeedbackLanguage = (typeof feedbackLanguages)[number];

/** One word of a text: lower-cased, with its position and whether it starts a sentence. */
export interface TextToken {
  word: string;
  /** As typed, for spotting capitalised names. */
  original: string;
  isSentenceStart: boolean;
}

const tokenPattern = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/**
 * Splits text into words (letters and digits, keeping inner apostrophes and hyphens, so
 * "you're" and "e-post" stay whole). Curly apostrophes count as straight ones.
 */
export function tokenizeText(text: string): TextToken[] {
  const normalised = text.replace(/[\u2018\u2019]/g, "'");
  const tokens: TextToken[] = [];
  let lastEnd = 0;
  for (const match of normalised.matchAll(tokenPattern)) {
    const start = match.index ?? 0;
    const between = normalised.slice(lastEnd, start);
    tokens.push({
      word: match[0].toLocaleLowerCase(),
      original: match[0],
      isSentenceStart: tokens.length === 0 || /[.!?:\n]/.test(between),
    });
    lastEnd = start + match[0].length;
  }
  return tokens;
}

// Definite and plural endings, then the same with the genitive -s ("kommunens", "skolans").
const swedishEndings = [
  ...["", "en", "et", "n", "t", "na", "ar", "er", "or", "arna", "erna", "orna"],
  ...["s", "ns", "ens", "ets", "nas", "arnas", "ernas", "ornas"],
];
const englishEndings = ["", "s", "es", "'s"];

/**
 * True when `word` is `entry` inflected (plural, definite form) or, in Swedish, a compound ending
 * in it ("bygglovsansökan" ends in "ansökan"). Entries are lower-case.
 */
export function isFormOf(word: string, entry: string, lang: FeedbackLanguage): boolean {
  const endings = lang === "sv" ? swedishEndings : englishEndings;
  for (const ending of endings) {
    const form = entry + ending;
    if (word === form) return true;
    if (
      lang === "sv" &&
      entry.length >= 4 &&
      word.length >= form.length + 3 &&
      word.endsWith(form)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Finds each phrase (space-separated words, lower-case) in the tokens, as whole words in a row.
 * Returns the phrases found, each once, in the order of `phrases`.
 */
export function findPhrases(tokens: readonly TextToken[], phrases: readonly string[]): string[] {
  const words = tokens.map((token) => token.word);
  return phrases.filter((phrase) => {
    const parts = phrase.split(" ");
    for (let start = 0; start + parts.length <= words.length; start += 1) {
      if (parts.every((part, offset) => words[start + offset] === part)) return true;
    }
    return false;
  });
}
