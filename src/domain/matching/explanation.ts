import type { MatchingPeer, PeerLevel, PeerSide } from "./matching-peer";
import type { PeerFeatures } from "./peer-features";
import { countSharedIds, type SparseVector } from "./term-vectors";

/** One member's facts as the explanation shows them. */
export interface MemberFacts {
  readonly peerId: string;
  readonly level: PeerLevel | null;
  readonly position: string;
  readonly yearsOfService: number | null;
  readonly side: PeerSide | null;
}

/** Words one member wants to learn that another member offers. */
export interface ExchangeTerms {
  readonly offeredBy: string;
  readonly wantedBy: string;
  readonly terms: readonly string[];
}

/**
 * Why these people were matched, as data (codes and words, never sentences): the web app
 * turns it into plain language. Terms are shown as written, not as stems: for each stem the
 * form the initiative's peers wrote most often.
 */
export interface MatchExplanation {
  /** Challenge words shared by at least two members, most telling first (at most `limit`). */
  readonly sharedChallengeTerms: readonly string[];
  /** Reform-area tags on challenges of at least two members. */
  readonly sharedTags: readonly string[];
  /** Words from the current task or policy initiative shared by at least two members. */
  readonly sharedInitiativeTerms: readonly string[];
  /** All members on the same (known) hierarchical level. */
  readonly isSameLevel: boolean;
  /** Languages every member speaks (lower-case codes, sorted). */
  readonly sharedLanguages: readonly string[];
  readonly members: readonly MemberFacts[];
  readonly exchanges: readonly ExchangeTerms[];
}

/** Term ids held by at least two of `vectors`, ranked by holders then summed weight. */
function rankSharedIds(vectors: readonly SparseVector[], limit: number): number[] {
  const stats = new Map<number, { holders: number; weight: number }>();
  for (const v of vectors) {
    v.ids.forEach((id, k) => {
      const s = stats.get(id) ?? { holders: 0, weight: 0 };
      s.holders++;
      s.weight += v.weights[k]!;
      stats.set(id, s);
    });
  }
  return [...stats]
    .filter(([, s]) => s.holders >= 2)
    .sort((x, y) => y[1].holders - x[1].holders || y[1].weight - x[1].weight || x[0] - y[0])
    .slice(0, limit)
    .map(([id]) => id);
}

function surfaceOf(features: PeerFeatures, id: number): string {
  return features.surfaces[id] ?? "";
}

function findExchanges(
  features: PeerFeatures,
  peers: readonly MatchingPeer[],
  members: readonly number[],
  limit: number,
) {
  const exchanges: ExchangeTerms[] = [];
  for (const giver of members) {
    for (const taker of members) {
      const offers = features.offers[giver]!;
      const wants = features.wants[taker]!;
      if (giver === taker || countSharedIds(offers, wants) === 0) continue;
      const ids = rankSharedIds([offers, wants], limit);
      if (ids.length === 0) continue;
      exchanges.push({
        offeredBy: peers[giver]!.id,
        wantedBy: peers[taker]!.id,
        terms: ids.map((id) => surfaceOf(features, id)),
      });
    }
  }
  return exchanges;
}

/** Tags on challenges of at least two members, most shared first, then by name. */
function findSharedTags(features: PeerFeatures, members: readonly number[]): string[] {
  const counts = new Map<number, number>();
  for (const m of members)
    for (const id of features.tags[m]!.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .filter(([, c]) => c >= 2)
    .map(([id, c]) => [features.tagNames[id]!, c] as const)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .map(([tag]) => tag);
}

function findSharedLanguages(peers: readonly MatchingPeer[], members: readonly number[]): string[] {
  const sets = members.map((m) => new Set(peers[m]!.languages.map((l) => l.trim().toLowerCase())));
  const [first, ...rest] = sets;
  if (!first) return [];
  return [...first].filter((l) => rest.every((s) => s.has(l))).sort();
}

/** Builds the structured explanation of one match (peer indices into `peers`). */
export function explainMatch(
  peers: readonly MatchingPeer[],
  features: PeerFeatures,
  members: readonly number[],
  limit = 5,
): MatchExplanation {
  const words = (vectors: readonly SparseVector[]) =>
    rankSharedIds(
      members.map((m) => vectors[m]!),
      limit,
    ).map((id) => surfaceOf(features, id));
  const levels = members.map((m) => peers[m]!.level);
  return {
    sharedChallengeTerms: words(features.challenge),
    sharedTags: findSharedTags(features, members),
    sharedInitiativeTerms: words(features.initiative),
    isSameLevel: levels.length > 1 && levels[0] !== null && levels.every((l) => l === levels[0]),
    sharedLanguages: findSharedLanguages(peers, members),
    members: members.map((m) => {
      const p = peers[m]!;
      return {
        peerId: p.id,
        level: p.level,
        position: p.position,
        yearsOfService: p.yearsOfService,
        side: p.side ?? null,
      };
    }),
    exchanges: findExchanges(features, peers, members, 3),
  };
}
