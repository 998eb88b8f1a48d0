/** A word of an objective with its place in the original text. */
export interface Token {
  /** Lower-cased word. */
  lower: string;
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset after the last character. */
  end: number;
}

// Letters and digits of any script, keeping inner hyphens and apostrophes ("co-design", "team's").
const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Splits text into words, keeping offsets so parts can be cut from the original text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index ?? 0;
    tokens.push({ lower: match[0].toLowerCase(), start, end: start + match[0].length });
  }
  return tokens;
}

/**
 * Optional slots a phrase pattern may contain: "?a" matches one optional article,
 * "?adj" one optional intensifying adjective ("a better understanding of").
 */
export interface PhraseSlots {
  articles: ReadonlySet<string>;
  adjectives: ReadonlySet<string>;
}

/**
 * Matches a phrase pattern (lower-case words, with optional "?a"/"?adj" slots) at token
 * index `at`; returns how many tokens it covers, 0 when it does not match.
 */
export function matchPhrase(
  tokens: readonly Token[],
  at: number,
  pattern: readonly string[],
  slots: PhraseSlots,
): number {
  let index = at;
  for (const part of pattern) {
    const word = tokens[index]?.lower;
    if (part === "?a" || part === "?adj") {
      const set = part === "?a" ? slots.articles : slots.adjectives;
      if (word !== undefined && set.has(word)) index += 1;
      continue;
    }
    if (word !== part) return 0;
    index += 1;
  }
  return index - at;
}

/** True when the original text between two tokens holds a clause break (, : ; – —). */
export function hasBreakBetween(text: string, before: Token, after: Token): boolean {
  return /[,:;–—]/.test(text.slice(before.end, after.start));
}

/**
 * The original text from token `from` (inclusive) to token `to` (exclusive), trimmed and
 * without closing punctuation; null when the range is empty.
 */
export function sliceTokens(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): string | null {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (first === undefined || last === undefined || to <= from) return null;
  const raw = text.slice(first.start, to >= tokens.length ? text.length : last.end);
  const cleaned = raw.replace(/[\s.!;:,]+$/u, "").trim();
  return cleaned === "" ? null : cleaned;
}
