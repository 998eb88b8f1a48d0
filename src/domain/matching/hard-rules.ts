import type { MatchingPeer } from "./matching-peer";

/** Who may never be matched together: same organisation (default), same country, or no limit. */
export type SeparationRule = "different_organisation" | "different_country" | "off";

/** Rules no result may break. Pairs name peer ids; order within a pair does not matter. */
export interface HardRules {
  readonly separation: SeparationRule;
  /** Never together. */
  readonly forbiddenPairs: readonly (readonly [string, string])[];
  /**
   * Always together. The facilitator's choice overrides the separation rule (two colleagues
   * may be put together on purpose) but never a forbidden pair, the shared-language rule or,
   * in learner-to-champion mode, the cross-side rule: such a pair is reported and ignored.
   */
  readonly requiredPairs: readonly (readonly [string, string])[];
  /** Learner-to-champion: every match is one learner with one champion. */
  readonly isCrossSideOnly?: boolean;
  /** Learner-to-champion: in how many matches one champion may appear (default 1). */
  readonly championCapacity?: number;
}

/** The defaults: different organisations, no forbidden or required pairs. */
export const defaultHardRules: HardRules = {
  separation: "different_organisation",
  forbiddenPairs: [],
  requiredPairs: [],
};

/** A problem with the rules themselves (not with a result). */
export interface RuleIssue {
  readonly code: "unknown_peer" | "required_pair_invalid" | "self_pair";
  readonly peerIds: readonly string[];
}

/** Rules compiled to peer indices for fast checks inside the matchers. */
export interface CompiledRules {
  /** May `i` and `j` be in the same match? (Includes the pairwise language check.) */
  isAllowed(i: number, j: number): boolean;
  /** Do all of `members` plus `candidate` (with `without` left out) share a language? */
  hasCommonLanguage(members: readonly number[], candidate: number, without?: number): boolean;
  /** Valid required pairs as index pairs, in input order. */
  readonly requiredPairs: readonly (readonly [number, number])[];
  readonly issues: readonly RuleIssue[];
}

function buildLanguageMasks(peers: readonly MatchingPeer[]) {
  const codes = new Map<string, number>();
  const lists = peers.map((p) =>
    p.languages.map((l) => {
      const code = l.trim().toLowerCase();
      if (!codes.has(code)) codes.set(code, codes.size);
      return codes.get(code)!;
    }),
  );
  const words = Math.max(1, Math.ceil(codes.size / 32));
  const masks = new Uint32Array(peers.length * words);
  lists.forEach((list, i) => {
    for (const bit of list) masks[i * words + (bit >>> 5)]! |= 1 << (bit & 31);
  });
  return { words, masks };
}

function pairKey(i: number, j: number, n: number): number {
  return i < j ? i * n + j : j * n + i;
}

function resolvePairs(
  pairs: readonly (readonly [string, string])[],
  indexOf: ReadonlyMap<string, number>,
  issues: RuleIssue[],
): [number, number][] {
  const resolved: [number, number][] = [];
  for (const [x, y] of pairs) {
    const i = indexOf.get(x);
    const j = indexOf.get(y);
    if (i === undefined || j === undefined) issues.push({ code: "unknown_peer", peerIds: [x, y] });
    else if (i === j) issues.push({ code: "self_pair", peerIds: [x, y] });
    else resolved.push([i, j]);
  }
  return resolved;
}

/** Per peer, the id of the unit it must be separated from (-1: unknown or no separation). */
function buildSeparationIds(
  peers: readonly MatchingPeer[],
  separation: SeparationRule,
): Int32Array {
  const ids = new Map<string, number>();
  return Int32Array.from(peers, (p) => {
    const key =
      separation === "different_organisation"
        ? p.organisationId
        : separation === "different_country"
          ? p.country
          : null;
    if (key === null) return -1;
    if (!ids.has(key)) ids.set(key, ids.size);
    return ids.get(key)!;
  });
}

/** Compiles `rules` against `peers` (ids looked up once; unknown ids become issues). */
export function compileRules(peers: readonly MatchingPeer[], rules: HardRules): CompiledRules {
  const n = peers.length;
  const indexOf = new Map(peers.map((p, i) => [p.id, i] as const));
  const issues: RuleIssue[] = [];
  const forbiddenList = resolvePairs(rules.forbiddenPairs, indexOf, issues);
  const forbidden = new Set(forbiddenList.map(([i, j]) => pairKey(i, j, n)));
  const { words, masks } = buildLanguageMasks(peers);
  const side = Int8Array.from(peers, (p) =>
    p.side === "learner" ? 1 : p.side === "champion" ? 2 : 0,
  );
  const isCrossSideOnly = rules.isCrossSideOnly === true;
  const isBasicAllowed = (i: number, j: number) => {
    if (i === j || (isCrossSideOnly && (side[i] === 0 || side[i] === side[j] || side[j] === 0)))
      return false;
    if (forbidden.size > 0 && forbidden.has(pairKey(i, j, n))) return false;
    for (let w = 0; w < words; w++)
      if ((masks[i * words + w]! & masks[j * words + w]!) !== 0) return true;
    return false;
  };
  const requiredPairs: [number, number][] = [];
  for (const [i, j] of resolvePairs(rules.requiredPairs, indexOf, issues)) {
    if (isBasicAllowed(i, j)) requiredPairs.push([i, j]);
    else issues.push({ code: "required_pair_invalid", peerIds: [peers[i]!.id, peers[j]!.id] });
  }
  const required = new Set(requiredPairs.map(([i, j]) => pairKey(i, j, n)));
  const unit = buildSeparationIds(peers, rules.separation);
  const common = new Uint32Array(words);
  return {
    isAllowed: (i, j) =>
      isBasicAllowed(i, j) &&
      (unit[i] === -1 || unit[i] !== unit[j] || required.has(pairKey(i, j, n))),
    hasCommonLanguage: (members, candidate, without = -1) => {
      for (let w = 0; w < words; w++) common[w] = masks[candidate * words + w]!;
      for (const m of members) {
        if (m === without) continue;
        for (let w = 0; w < words; w++) common[w] = common[w]! & masks[m * words + w]!;
      }
      return common.some((x) => x !== 0);
    },
    requiredPairs,
    issues,
  };
}

/** What a result broke. */
export type RuleViolationCode =
  | "unknown_peer"
  | "duplicate_peer"
  | "forbidden_pair"
  | "same_organisation"
  | "same_country"
  | "no_shared_language"
  | "same_side"
  | "required_pair_split";

/** One broken rule in a result, with the peers involved and the match (if any) it is in. */
export interface RuleViolation {
  readonly code: RuleViolationCode;
  readonly peerIds: readonly string[];
  readonly matchIndex: number | null;
  readonly isLocked: boolean;
}

/** The part of a result `findRuleViolations` reads. */
export interface MatchesToCheck {
  readonly matches: readonly { readonly peerIds: readonly string[]; readonly isLocked?: boolean }[];
}

function findPairViolations(
  members: readonly number[],
  peers: readonly MatchingPeer[],
  rules: HardRules,
  compiled: CompiledRules,
): { code: RuleViolationCode; peerIds: string[] }[] {
  const found: { code: RuleViolationCode; peerIds: string[] }[] = [];
  const forbidden = new Set(rules.forbiddenPairs.map(([x, y]) => [x, y].sort().join("\u0000")));
  const required = new Set(compiled.requiredPairs.map(([i, j]) => [i, j].sort().join(",")));
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) {
      const a = peers[members[x]!]!;
      const b = peers[members[y]!]!;
      const ids = [a.id, b.id];
      const isRequired = required.has([members[x]!, members[y]!].sort().join(","));
      if (forbidden.has([...ids].sort().join("\u0000")))
        found.push({ code: "forbidden_pair", peerIds: ids });
      if (rules.isCrossSideOnly && (a.side === undefined || a.side === b.side)) {
        found.push({ code: "same_side", peerIds: ids });
      }
      if (isRequired) continue;
      if (rules.separation === "different_organisation" && a.organisationId !== null) {
        if (a.organisationId === b.organisationId)
          found.push({ code: "same_organisation", peerIds: ids });
      }
      if (
        rules.separation === "different_country" &&
        a.country !== null &&
        a.country === b.country
      ) {
        found.push({ code: "same_country", peerIds: ids });
      }
    }
  }
  return found;
}

/**
 * Every hard rule `result` breaks (empty when it keeps them all): pair rules inside each match,
 * one language shared by all members, each peer in at most one match (a champion in at most
 * `championCapacity`), required pairs kept together. Locked matches are checked too and
 * flagged `isLocked`.
 */
export function findRuleViolations(
  result: MatchesToCheck,
  peers: readonly MatchingPeer[],
  rules: HardRules,
): RuleViolation[] {
  const compiled = compileRules(peers, rules);
  const indexOf = new Map(peers.map((p, i) => [p.id, i] as const));
  const matchesOf = new Map<number, number[]>();
  const capacityOf = (i: number) =>
    rules.isCrossSideOnly && peers[i]!.side === "champion"
      ? Math.max(1, rules.championCapacity ?? 1)
      : 1;
  const violations: RuleViolation[] = [];
  result.matches.forEach((match, matchIndex) => {
    const isLocked = match.isLocked === true;
    const add = (code: RuleViolationCode, peerIds: readonly string[]) =>
      violations.push({ code, peerIds, matchIndex, isLocked });
    const members: number[] = [];
    for (const id of match.peerIds) {
      const i = indexOf.get(id);
      const earlier = i === undefined ? [] : (matchesOf.get(i) ?? []);
      if (i === undefined) add("unknown_peer", [id]);
      else if (earlier.length >= capacityOf(i) || earlier.includes(matchIndex))
        add("duplicate_peer", [id]);
      else {
        matchesOf.set(i, [...earlier, matchIndex]);
        members.push(i);
      }
    }
    for (const v of findPairViolations(members, peers, rules, compiled)) add(v.code, v.peerIds);
    if (members.length > 1 && !compiled.hasCommonLanguage(members.slice(1), members[0]!)) {
      add(
        "no_shared_language",
        members.map((i) => peers[i]!.id),
      );
    }
  });
  for (const [i, j] of compiled.requiredPairs) {
    const a = matchesOf.get(i) ?? [];
    const b = matchesOf.get(j) ?? [];
    if (a.length + b.length > 0 && !a.some((m) => b.includes(m))) {
      const isLocked = [...a, ...b].some((m) => result.matches[m]?.isLocked === true);
      violations.push({
        code: "required_pair_split",
        peerIds: [peers[i]!.id, peers[j]!.id],
        matchIndex: null,
        isLocked,
      });
    }
  }
  return violations;
}
