import { findFirstVerb } from "./find-verb";
import {
  matchWords,
  readBehaviour,
  type Skeleton,
  type TokenRange,
  wordPatterns,
} from "./objective-skeleton";
import { hasBreakBetween, type Token } from "./objective-tokens";

const stemMarkers = wordPatterns(`after, following, by the end of, at the end of, on completion
of, upon completion of, having taken part in, having attended, having completed, as a result of,
at the close of, once, when, through`);

const modals = wordPatterns(`are able to, is able to, will be able to, should be able to, shall
be able to, would be able to, must be able to, are expected to, is expected to, are expected to
be able to, be able to, can, will, should, shall, must, could`);

const activityNouns = new Set(
  `visit visits tour trip workshop workshops seminar conference session sessions programme program
  week weeks exchange shadowing assessment meeting meetings training course fair placement mission
  event days day stay review webinar module`.split(/\s+/),
);

const audienceNouns = new Set(
  `team teams group groups participants participant politicians councillors councilors officials
  officers staff peers delegates delegation members managers planners visitors hosts host learners
  experts engineers leaders employees colleagues we they everyone mayors mayor coordinators
  coordinator inspectors directors heads secretariat committee board administration councils
  council department departments unit units office`.split(/\s+/),
);

const audienceOpeners = new Set(["the", "all", "our", "each", "both", "these", "every"]);

// Leftovers of a broken modal that must not count as the audience ("After the visit, able to").
const modalLeftovers = new Set(["to", "able", "be", "are", "is", "will", "should", "can"]);

function trimAudience(tokens: readonly Token[], range: TokenRange): TokenRange | null {
  let to = range.to;
  while (to > range.from && modalLeftovers.has(tokens[to - 1]?.lower ?? "")) to -= 1;
  return to > range.from ? { from: range.from, to } : null;
}

/** Where the audience starts inside "After visiting Kisumu the finance team" (no comma). */
function findAudienceStart(tokens: readonly Token[], from: number, to: number): number {
  if (!audienceNouns.has(tokens[to - 1]?.lower ?? "")) return to;
  let start = to - 1;
  while (start > from && to - start < 4) {
    const previous = tokens[start - 1]?.lower ?? "";
    if (activityNouns.has(previous)) break;
    start -= 1;
    if (audienceOpeners.has(previous)) break;
  }
  return start;
}

function findStemEnd(text: string, tokens: readonly Token[], predicateAt: number): number {
  const breakAt = findFirstBreak(text, tokens, predicateAt);
  if (breakAt !== null) return breakAt;
  for (let at = 1; at < predicateAt; at += 1) {
    if (!activityNouns.has(tokens[at]?.lower ?? "")) continue;
    let end = at + 1;
    while (end < predicateAt && activityNouns.has(tokens[end]?.lower ?? "")) end += 1;
    // "After the study visit to Kisumu County the team ...": keep the capitalised place.
    if (["to", "in", "at", "with"].includes(tokens[end]?.lower ?? "")) {
      let next = end + 1;
      while (next < predicateAt && /^\p{Lu}/u.test(text[tokens[next]?.start ?? 0] ?? "")) next += 1;
      if (next > end + 1) end = next;
    }
    return end;
  }
  return findAudienceStart(tokens, 1, predicateAt);
}

function findModal(tokens: readonly Token[], from: number): TokenRange | null {
  for (let at = from; at < tokens.length; at += 1) {
    const length = matchWords(tokens, at, modals);
    if (length > 0) return { from: at, to: at + length };
  }
  return null;
}

/** "Participants will, after the visit, be able to ...": a stem inside the predicate. */
function readInnerStem(text: string, tokens: readonly Token[], at: number): TokenRange | null {
  if (matchWords(tokens, at, stemMarkers) === 0) return null;
  for (let end = at + 1; end < Math.min(tokens.length, at + 10); end += 1) {
    const before = tokens[end - 1];
    const current = tokens[end];
    if (before && current && hasBreakBetween(text, before, current)) return { from: at, to: end };
  }
  return null;
}

/**
 * Finds stem, audience, behaviour and content in an English objective of the form
 * "[After the visit,] [the team] [are able to] [identify] [the key components of ...]".
 */
export function parseEnglishSkeleton(text: string, tokens: readonly Token[]): Skeleton {
  const n = tokens.length;
  const hasStem = matchWords(tokens, 0, stemMarkers) > 0;
  const modal = findModal(tokens, hasStem ? 1 : 0);
  // Verbs inside a comma-closed stem ("After the visit to see the landfill,") are not behaviours.
  const breakAt = hasStem && modal !== null ? findFirstBreak(text, tokens, modal.from) : null;
  const searchFrom = breakAt ?? (hasStem ? 1 : 0);
  const firstVerb = findFirstVerb(tokens, searchFrom, n, "en");
  const useVerb =
    firstVerb !== null &&
    (modal === null || (firstVerb.at < modal.from && !firstVerb.entry.isAmbiguous));
  const predicateAt = useVerb ? firstVerb.at : (modal?.from ?? n);
  const stemEnd = hasStem ? findStemEnd(text, tokens, predicateAt) : 0;
  const stem = hasStem ? { from: 0, to: stemEnd } : null;

  if (useVerb) {
    const kind = firstVerb.entry.isObservable ? "observable" : "unobservable";
    const end = firstVerb.at + firstVerb.length;
    return {
      stem,
      audience: trimAudience(tokens, { from: stemEnd, to: firstVerb.at }),
      behaviour: { from: firstVerb.at, to: end },
      verb: { lemma: firstVerb.entry.lemma, kind, isFinite: firstVerb.isFinite, end },
      contentFrom: end,
    };
  }
  if (modal !== null) {
    let after = modal.to;
    const innerStem = readInnerStem(text, tokens, after);
    if (innerStem !== null) after = innerStem.to + matchWords(tokens, innerStem.to, modals);
    const reading = readBehaviour(tokens, after, "en");
    return {
      stem: stem ?? innerStem,
      audience: trimAudience(tokens, { from: stemEnd, to: modal.from }),
      ...reading,
    };
  }
  const audienceEnd = findAudienceEnd(tokens, stemEnd);
  return {
    stem,
    audience: audienceEnd > stemEnd ? { from: stemEnd, to: audienceEnd } : null,
    behaviour: null,
    verb: null,
    contentFrom: audienceEnd,
  };
}

/** Without any verb: a leading "the project team" or "budget officers" is still the audience. */
function findAudienceEnd(tokens: readonly Token[], from: number): number {
  const first = tokens[from]?.lower ?? "";
  const isOpened = audienceOpeners.has(first);
  const limit = isOpened ? from + 4 : from + 2;
  for (let at = from; at < Math.min(tokens.length, limit); at += 1) {
    if (audienceNouns.has(tokens[at]?.lower ?? "")) return at + 1;
  }
  return from;
}

/**
 * Where a comma-closed stem ends, before `limit`: at the first break followed by something that
 * looks like the audience, so "After the visit to Botkyrka, Uppsala and Malmö, the youth
 * officers ..." keeps all three places in the stem; else at the last break. Null without breaks.
 */
function findFirstBreak(text: string, tokens: readonly Token[], limit: number): number | null {
  let last: number | null = null;
  for (let at = 1; at < limit; at += 1) {
    const before = tokens[at - 1];
    const current = tokens[at];
    if (!(before && current && hasBreakBetween(text, before, current))) continue;
    if (findAudienceEnd(tokens, at) > at) return at;
    last = at;
  }
  return last;
}
