import { findFirstVerb, matchSplitVerbAt, matchVerbAt } from "./find-verb";
import {
  type BehaviourReading,
  matchWords,
  readBehaviour,
  type Skeleton,
  type TokenRange,
  wordPatterns,
} from "./objective-skeleton";
import { hasBreakBetween, type Token } from "./objective-tokens";

const stemMarkers = wordPatterns(`efter, vid slutet av, i slutet av, när, genom, som ett resultat
av, i och med`);

const modals = wordPatterns("ska, skall, kan, kommer att, kommer, bör, förväntas, behöver");

const abilities = wordPatterns(`kunna, att kunna, ha förmåga att, ha förmågan att, vara kapabla
att, vara i stånd att, vara rustade att, att`);

// The longest subject phrase searched between "ska" and "kunna" ("de ansvariga tjänstepersonerna
// på miljöförvaltningen" is five words).
const maxAudienceWords = 6;

const audienceNouns = new Set(
  `deltagarna deltagare projektgruppen styrgruppen gruppen teamet politikerna politiker
  förtroendevalda tjänstepersonerna tjänstepersoner tjänstemännen medarbetarna medarbetare chefer
  cheferna handläggarna ledamöterna vi de alla besökarna värdarna kollegorna nämnden styrelsen
  ledningsgruppen samordnarna planerarna ekonomerna`.split(/\s+/),
);

function isAudienceNoun(word: string | undefined): boolean {
  if (word === undefined) return false;
  return audienceNouns.has(word) || /(gruppen|teamet|arna|erna|orna)$/.test(word);
}

const leftovers = new Set(["att", "kunna", "ska", "kan", "skall", "bör"]);

function trimAudience(tokens: readonly Token[], from: number, to: number): TokenRange | null {
  let end = to;
  while (end > from && leftovers.has(tokens[end - 1]?.lower ?? "")) end -= 1;
  return end > from ? { from, to: end } : null;
}

/** Index after a subject such as "deltagarna" or "de nya handläggarna" starting at `from`. */
function findAudienceEnd(tokens: readonly Token[], from: number, isRequired: boolean): number {
  for (let at = from; at < Math.min(tokens.length, from + 4); at += 1) {
    if (isAudienceNoun(tokens[at]?.lower)) return at + 1;
  }
  return isRequired ? Math.min(tokens.length, from + 1) : from;
}

function isPredicateStart(tokens: readonly Token[], at: number): boolean {
  if (matchWords(tokens, at, modals) > 0 || tokens[at]?.lower === "kunna") return true;
  const verb = matchVerbAt(tokens, at, "sv");
  if (verb !== null && !verb.entry.isState && !verb.entry.isAmbiguous) return true;
  return matchSplitVerbAt(tokens, at, "sv") !== null;
}

// Swedish puts the finite verb second: the fronted stem ends at a comma or at the verb.
function findStemEnd(text: string, tokens: readonly Token[]): number {
  for (let at = 1; at < tokens.length; at += 1) {
    const before = tokens[at - 1];
    const current = tokens[at];
    if (before && current && hasBreakBetween(text, before, current)) return at;
    if (isPredicateStart(tokens, at)) return at;
  }
  return tokens.length;
}

/** Reads "kunna identifiera" / "jämföra" at `at`; the behaviour range includes "kunna". */
function readAbilityAndVerb(tokens: readonly Token[], at: number): BehaviourReading {
  const ability = matchWords(tokens, at, abilities);
  const reading = readBehaviour(tokens, at + ability, "sv");
  if (reading.behaviour === null) return reading;
  const from = tokens[at]?.lower === "att" ? at + 1 : at;
  return { ...reading, behaviour: { from, to: reading.behaviour.to } };
}

/**
 * First ability word ("kunna") or verb within the subject window after `from`, or null. Bare
 * state verbs are skipped so "de som är ansvariga" stays part of the subject.
 */
function findAbilityOrVerb(tokens: readonly Token[], from: number): number | null {
  const limit = Math.min(tokens.length, from + maxAudienceWords + 1);
  for (let at = from; at < limit; at += 1) {
    if (matchWords(tokens, at, abilities) > 0) return at;
    const verb = matchVerbAt(tokens, at, "sv");
    if (verb === null || verb.entry.isState) continue;
    if (!(verb.entry.isAmbiguous && at === from)) return at;
  }
  return null;
}

/** After a fronted stem and "ska": "[projektgruppen] [kunna identifiera] [innehåll]". */
function readAfterModal(tokens: readonly Token[], from: number, stem: TokenRange | null): Skeleton {
  const predicateAt = findAbilityOrVerb(tokens, from);
  if (predicateAt !== null) {
    return {
      stem,
      audience: trimAudience(tokens, from, predicateAt),
      ...readAbilityAndVerb(tokens, predicateAt),
    };
  }
  const audienceEnd = findAudienceEnd(tokens, from, false);
  const audience = audienceEnd > from ? { from, to: audienceEnd } : null;
  return { stem, audience, ...readBehaviour(tokens, audienceEnd, "sv") };
}

/** "Efter besöket jämför deltagarna ..." / "Efter besöket känner deltagarna till ...". */
function readFiniteFirst(tokens: readonly Token[], at: number, stem: TokenRange): Skeleton | null {
  const split = matchSplitVerbAt(tokens, at, "sv");
  const hit = matchVerbAt(tokens, at, "sv");
  if (split === null && (hit === null || hit.entry.isState)) return null;
  // An infinitive right after the stem has no subject: "Efter besöket: identifiera ...".
  if (split === null && hit !== null && !hit.isFinite) {
    return { stem, audience: null, ...readBehaviour(tokens, at, "sv") };
  }
  const entry = (split ?? hit)?.entry;
  if (entry === undefined) return null;
  const kind = entry.isObservable ? "observable" : "unobservable";
  const verbEnd = split ? at + 1 : at + (hit?.length ?? 1);
  const audienceEnd = split ? split.particleAt : findAudienceEnd(tokens, verbEnd, true);
  const contentFrom = split ? split.particleAt + split.particleLength : audienceEnd;
  return {
    stem,
    audience: audienceEnd > verbEnd ? { from: verbEnd, to: audienceEnd } : null,
    behaviour: { from: at, to: verbEnd },
    verb: { lemma: entry.lemma, kind, isFinite: true, end: verbEnd },
    contentFrom,
  };
}

/** Subject first: "Deltagarna ska (efter besöket) kunna jämföra ...". */
function readSubjectFirst(
  tokens: readonly Token[],
  from: number,
  stem: TokenRange | null,
): Skeleton {
  const n = tokens.length;
  let modalAt: number | null = null;
  for (let at = from; at < n && modalAt === null; at += 1) {
    if (matchWords(tokens, at, modals) > 0) modalAt = at;
  }
  const verb = findFirstVerb(tokens, from, n, "sv");
  const kunnaAt = tokens.findIndex((token, index) => index >= from && token.lower === "kunna");
  const candidates = [modalAt, verb?.at ?? null, kunnaAt >= 0 ? kunnaAt : null];
  const predicateAt = Math.min(...candidates.filter((at): at is number => at !== null));
  if (!Number.isFinite(predicateAt)) {
    const audienceEnd = findAudienceEnd(tokens, from, false);
    const audience = audienceEnd > from ? { from, to: audienceEnd } : null;
    return { stem, audience, behaviour: null, verb: null, contentFrom: audienceEnd };
  }
  // Subordinate word order puts the stem after the subject: "(att) deltagarna efter besöket ska".
  const markerAt = stem === null ? findStemMarker(tokens, from + 1, predicateAt) : null;
  const audience = trimAudience(tokens, from, markerAt ?? predicateAt);
  const outerStem = stem ?? (markerAt === null ? null : { from: markerAt, to: predicateAt });
  if (predicateAt !== modalAt) {
    return { stem: outerStem, audience, ...readAbilityAndVerb(tokens, predicateAt) };
  }
  let after = predicateAt + matchWords(tokens, predicateAt, modals);
  let innerStem: TokenRange | null = null;
  if (outerStem === null && matchWords(tokens, after, stemMarkers) > 0) {
    const end = findAbilityOrVerb(tokens, after + 1) ?? after;
    innerStem = end > after ? { from: after, to: end } : null;
    after = end;
  }
  return { stem: outerStem ?? innerStem, audience, ...readAbilityAndVerb(tokens, after) };
}

function findStemMarker(tokens: readonly Token[], from: number, to: number): number | null {
  for (let at = from; at < to; at += 1) if (matchWords(tokens, at, stemMarkers) > 0) return at;
  return null;
}

/**
 * Finds stem, audience, behaviour and content in a Swedish objective, in either word order:
 * "Efter studiebesöket ska projektgruppen kunna identifiera ..." (stem first, verb second) or
 * "Projektgruppen ska efter studiebesöket kunna identifiera ...".
 */
export function parseSwedishSkeleton(text: string, tokens: readonly Token[]): Skeleton {
  if (matchWords(tokens, 0, stemMarkers) === 0) return readSubjectFirst(tokens, 0, null);
  const stemEnd = findStemEnd(text, tokens);
  const stem = { from: 0, to: stemEnd };
  const modal = matchWords(tokens, stemEnd, modals);
  if (modal > 0) return readAfterModal(tokens, stemEnd + modal, stem);
  if (matchWords(tokens, stemEnd, abilities) > 0) {
    return { stem, audience: null, ...readAbilityAndVerb(tokens, stemEnd) };
  }
  return readFiniteFirst(tokens, stemEnd, stem) ?? readSubjectFirst(tokens, stemEnd, stem);
}
