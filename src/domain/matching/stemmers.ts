import type { TextLanguage } from "./matching-peer";

/**
 * Light suffix-stripping stemmers in the spirit of Snowball, our own and deliberately small:
 * they only need to make "managing / managed / management" meet, not to be linguistically
 * complete. Each works on a lower-cased word; French and Spanish drop accents first.
 */

type Rule = readonly [suffix: string, replacement: string];

/** Start of R1: the region after the first non-vowel that follows a vowel. */
function findR1(word: string, vowels: string): number {
  for (let i = 1; i < word.length; i++) {
    if (!vowels.includes(word[i]!) && vowels.includes(word[i - 1]!)) return i + 1;
  }
  return word.length;
}

/** Applies the longest matching rule whose suffix starts at or after `minStart`. */
function applyLongest(word: string, rules: readonly Rule[], minStart: number): string {
  let best: Rule | undefined;
  for (const rule of rules) {
    const start = word.length - rule[0].length;
    if (start < minStart || !word.endsWith(rule[0])) continue;
    if (!best || rule[0].length > best[0].length) best = rule;
  }
  return best ? word.slice(0, word.length - best[0].length) + best[1] : word;
}

function deletions(suffixes: string): Rule[] {
  return suffixes.split(" ").map((s) => [s, ""] as const);
}

const enVowels = "aeiouy";
const doubles = ["bb", "dd", "ff", "gg", "ll", "mm", "nn", "pp", "rr", "tt"];
const enDerivational = deletions(
  "ational isation ization fulness iveness ousness abiliti ibiliti ement ment ation ator ance " +
    "ence anci enci able ible ness atori iti ism ist ise ize ate ive ous ful ant ent ari ori al er ic li",
);

function hasVowel(part: string, vowels: string): boolean {
  for (const ch of part) if (vowels.includes(ch)) return true;
  return false;
}

function stemEnglishInflection(word: string, r1: number): string {
  let w = word;
  if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("ies") || w.endsWith("ied")) w = w.slice(0, -3) + (w.length > 4 ? "i" : "ie");
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
    if (hasVowel(w.slice(0, -2), enVowels)) w = w.slice(0, -1);
  }
  if (w.endsWith("eed") || w.endsWith("eedly")) {
    const cut = w.lastIndexOf("eed");
    if (cut >= r1) w = `${w.slice(0, cut)}ee`;
  } else {
    const suffix = ["ingly", "edly", "ing", "ed"].find((s) => w.endsWith(s));
    if (suffix && hasVowel(w.slice(0, -suffix.length), enVowels)) {
      w = w.slice(0, -suffix.length);
      if (w.endsWith("at") || w.endsWith("bl") || w.endsWith("iz")) w += "e";
      else if (doubles.some((d) => w.endsWith(d)) && !w.endsWith("ll")) w = w.slice(0, -1);
    }
  }
  const last = w.length - 1;
  if (last > 1 && w[last] === "y" && !enVowels.includes(w[last - 1]!)) w = `${w.slice(0, -1)}i`;
  return w;
}

function tidyEnding(word: string, r1: number): string {
  let w = word;
  if (w.length > 3 && w.endsWith("e") && w.length - 1 >= r1) w = w.slice(0, -1);
  if (w.length > 3 && doubles.some((d) => w.endsWith(d))) w = w.slice(0, -1);
  return w;
}

function stemEnglish(word: string): string {
  if (word.length <= 3) return word;
  const special = ["gener", "commun", "arsen"].find((p) => word.startsWith(p));
  const r1 = Math.max(special ? special.length : findR1(word, enVowels), 2);
  let w = stemEnglishInflection(word, r1);
  for (let pass = 0; pass < 2; pass++) {
    const next = applyLongest(w, enDerivational, Math.max(r1, 3));
    if (next === w) break;
    w = next;
  }
  return tidyEnding(w, r1);
}

const svVowels = "aeiouyäåö";
const svValidSEnding = "bcdfghjklmnoprtvy";
const svSuffixes = deletions(
  "heterna hetens heter heten anden arnas ernas ornas andes andet arens arna erna orna ande arne " +
    "aste aren ades erns ade are ern ens het ast ad en ar er or as es at a e " +
    "ningarnas ningarna ningar ningen ning ingarna ingar ingen ing isering ering",
);
const svStep3 = deletions("lig ig els");

function stemSwedish(word: string): string {
  const r1 = Math.max(findR1(word, svVowels), 3);
  let w = applyLongest(word, svSuffixes, r1);
  if (w === word && w.endsWith("s") && w.length - 1 >= r1 && svValidSEnding.includes(w.at(-2)!)) {
    w = w.slice(0, -1);
  }
  if (["dd", "gd", "nn", "dt", "gt", "kt", "tt"].some((d) => w.endsWith(d)) && w.length - 2 >= r1) {
    w = w.slice(0, -1);
  }
  if (w.endsWith("löst")) return w.slice(0, -1);
  if (w.endsWith("fullt")) return w.slice(0, -1);
  return applyLongest(w, svStep3, r1);
}

/** Removes combining marks after canonical decomposition ("é" -> "e", "ñ" -> "n"). */
export function stripDiacritics(word: string): string {
  return word.normalize("NFD").replace(/\p{M}+/gu, "");
}

const frDerivational: Rule[] = [
  ...deletions("issement atrice ateur ation ition ement ance ence isme iste able ible aire euse"),
  ...deletions("eux ive if ite ment ante ente ant"),
  ["ique", "ic"],
];
const frVerbal = deletions(
  "eraient erions aient erait erons eront ions iez ons ait ais ant ees ee er ez ir",
);

function stemFrench(word: string): string {
  let w = stripDiacritics(word);
  if (w.length > 4 && w.endsWith("aux")) w = `${w.slice(0, -3)}al`;
  else if (w.length > 3 && /[sx]$/u.test(w) && !w.endsWith("ss")) w = w.slice(0, -1);
  const derived = applyLongest(w, frDerivational, 3);
  w = derived !== w ? derived : applyLongest(w, frVerbal, 3);
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  if (w.length > 4 && /(nn|ll|tt)$/u.test(w)) w = w.slice(0, -1);
  return w;
}

const esVowels = "aeiou";
const esDerivational = deletions(
  "izacion amiento imiento acion icion adora ador ancia encia mente idad ismo ista able ible " +
    "ante ente ario aria ivo iva oso osa ico ica",
);
const esVerbal = deletions("iendo ieron aron ando aban aba ado ada ido ida ar er ir");

function stemSpanish(word: string): string {
  let w = stripDiacritics(word);
  if (w.length > 4 && w.endsWith("ces")) w = `${w.slice(0, -3)}z`;
  else if (w.length > 4 && w.endsWith("es") && !esVowels.includes(w.at(-3)!)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s")) w = w.slice(0, -1);
  const derived = applyLongest(w, esDerivational, 3);
  w = derived !== w ? derived : applyLongest(w, esVerbal, 3);
  if (w.length > 3 && /[aeo]$/u.test(w)) w = w.slice(0, -1);
  return w;
}

const stemmers: Readonly<Record<TextLanguage, (word: string) => string>> = {
  en: stemEnglish,
  sv: stemSwedish,
  fr: stemFrench,
  es: stemSpanish,
};

/** Reduces a lower-cased word to its stem in `lang`; short words come back unchanged. */
export function stemWord(word: string, lang: TextLanguage): string {
  return stemmers[lang](word);
}
