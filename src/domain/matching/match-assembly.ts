import { type CriterionKey, criterionKeys, type PairScorer } from "./criteria";
import { explainMatch } from "./explanation";
import type { CompiledRules } from "./hard-rules";
import type { MatchingPeer } from "./matching-peer";
import type { Match, MatchingIssue, MatchScore } from "./matching-result";
import type { PeerFeatures } from "./peer-features";

/** What turning index lists into `Match` records needs. */
export interface AssemblyContext {
  readonly peers: readonly MatchingPeer[];
  readonly features: PeerFeatures;
  readonly scorer: PairScorer;
  readonly rules: CompiledRules;
}

/** Mean pair total and mean contribution per criterion over all pairs of `members`. */
export function scoreMatch(scorer: PairScorer, members: readonly number[]): MatchScore {
  const parts = Object.fromEntries(criterionKeys.map((k) => [k, 0])) as Record<
    CriterionKey,
    number
  >;
  let total = 0;
  let pairCount = 0;
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) {
      const s = scorer.scoreParts(members[x]!, members[y]!);
      total += s.total;
      for (const k of criterionKeys) parts[k] += s.parts[k];
      pairCount++;
    }
  }
  if (pairCount > 0) {
    total /= pairCount;
    for (const k of criterionKeys) parts[k] /= pairCount;
  }
  return { total, parts, pairCount };
}

/** Builds the `Match` record of `members` (peer indices; kept in the given order). */
export function assembleMatch(
  context: AssemblyContext,
  members: readonly number[],
  isLocked: boolean,
): Match {
  const inMatch = new Set(members);
  return {
    peerIds: members.map((m) => context.peers[m]!.id),
    isLocked,
    isRequired: context.rules.requiredPairs.some(([i, j]) => inMatch.has(i) && inMatch.has(j)),
    score: scoreMatch(context.scorer, members),
    explanation: explainMatch(context.peers, context.features, members),
  };
}

/** Drops later peers with an id already seen (reported), keeping the first. */
export function dedupePeers(
  peers: readonly MatchingPeer[],
  issues: MatchingIssue[],
): MatchingPeer[] {
  const seen = new Set<string>();
  return peers.filter((p) => {
    if (!seen.has(p.id)) return seen.add(p.id);
    issues.push({ code: "duplicate_peer_id", peerIds: [p.id] });
    return false;
  });
}

/**
 * Resolves locked matches to peer indices: unknown ids and peers already locked are dropped
 * (reported); a lock left with fewer than two members is dropped and its member rejoins the pool.
 */
export function resolveLocks(
  peers: readonly MatchingPeer[],
  locks: readonly (readonly string[])[],
  issues: MatchingIssue[],
): number[][] {
  const indexOf = new Map(peers.map((p, i) => [p.id, i] as const));
  const taken = new Set<number>();
  const resolved: number[][] = [];
  for (const lock of locks) {
    const members: number[] = [];
    for (const id of lock) {
      const i = indexOf.get(id);
      if (i === undefined) issues.push({ code: "unknown_peer", peerIds: [id] });
      else if (taken.has(i) || members.includes(i))
        issues.push({ code: "peer_locked_twice", peerIds: [id] });
      else members.push(i);
    }
    if (members.length < 2) {
      issues.push({ code: "lock_too_small", peerIds: [...lock] });
      continue;
    }
    for (const m of members) taken.add(m);
    resolved.push(members);
  }
  return resolved;
}
