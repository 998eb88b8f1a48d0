import type { CandidateEdge } from "./candidate-graph";
import { buildUnits, constructGroups, createConstruction } from "./group-construction";
import { type Adjacency, improveGroups } from "./group-search";
import { planGroupSizes } from "./group-sizes";
import type { CompiledRules } from "./hard-rules";

/** Why a pool member ended up in no group. */
export type GroupUnplacedReason = "group_remainder" | "no_group_fits" | "no_compatible_peer";

/** A grouping problem over peer indices. */
export interface GroupingProblem {
  readonly peerCount: number;
  /** Pool members (peer indices), ascending. */
  readonly members: readonly number[];
  readonly groupSize: number;
  /** Candidate edges between pool members. */
  readonly edges: readonly CandidateEdge[];
  readonly score: (i: number, j: number) => number;
  readonly rules: CompiledRules;
  /** Per peer index: no partner outside its candidate edges scores more (0 when exhaustive). */
  readonly outsideBound: Float64Array;
  readonly seed: number;
  /** Local-search rounds at most (default 3). */
  readonly maxPasses?: number;
}

/** Groups, the people left out (with why), and how good the grouping provably is. */
export interface GroupingResult {
  readonly groups: readonly (readonly number[])[];
  readonly unplaced: readonly { readonly index: number; readonly reason: GroupUnplacedReason }[];
  /** Sum of all within-group pair scores. */
  readonly objective: number;
  /** No grouping of this pool can score more (see `boundGroupObjective`). */
  readonly upperBound: number;
  /** (upperBound - objective) / upperBound, 0 when the bound is 0. */
  readonly gap: number;
  readonly passes: number;
  readonly improvements: number;
  /** Required pairs that could not be bundled (bundle too big or rules clash). */
  readonly requiredConflicts: readonly (readonly [number, number])[];
}

/**
 * Edge indices by score, best first; ties by index (edges come sorted by (a, b)). Sorts packed
 * numeric keys (score to 1e-9, then index) instead of calling a comparator 150,000 times.
 */
export function orderEdgesByScore(edges: readonly CandidateEdge[]): Int32Array {
  const top = edges.reduce((m, e) => Math.max(m, e.score), 0);
  const indexRoom = 2 ** Math.ceil(Math.log2(edges.length + 1));
  const scale = Math.floor(2 ** 52 / indexRoom / (top + 1));
  const keys = Float64Array.from(
    edges,
    (e, k) => Math.round((top - e.score) * scale) * indexRoom + k,
  );
  keys.sort();
  return Int32Array.from(keys, (key) => key % indexRoom);
}

/** Candidate adjacency, each row in `order` (best edge first), with the edge scores. */
function buildAdjacency(
  peerCount: number,
  edges: readonly CandidateEdge[],
  order: Int32Array,
): Adjacency {
  const offsets = new Int32Array(peerCount + 1);
  for (const e of edges) {
    offsets[e.a + 1]!++;
    offsets[e.b + 1]!++;
  }
  for (let x = 0; x < peerCount; x++) offsets[x + 1] = offsets[x + 1]! + offsets[x]!;
  const cursor = offsets.slice(0, peerCount);
  const peers = new Int32Array(2 * edges.length);
  const scores = new Float64Array(2 * edges.length);
  for (const k of order) {
    const e = edges[k]!;
    const atA = cursor[e.a]!++;
    peers[atA] = e.b;
    scores[atA] = e.score;
    const atB = cursor[e.b]!++;
    peers[atB] = e.a;
    scores[atB] = e.score;
  }
  return { offsets, peers, scores };
}

/**
 * Upper bound on the within-group score sum: in a group of at most `maxSize` a peer has at most
 * maxSize - 1 partners, each either one of its candidate edges (exact score) or a partner
 * outside them, worth at most `outsideBound[peer]`. Summing each peer's best maxSize - 1 of
 * those counts every pair from both ends, hence the half. Hard rules are relaxed, so it holds.
 */
export function boundGroupObjective(
  members: readonly number[],
  edges: readonly CandidateEdge[],
  maxSize: number,
  outsideBound: Float64Array,
): number {
  const keep = Math.max(0, maxSize - 1);
  const slotOf = new Int32Array(members.reduce((n, m) => Math.max(n, m + 1), 0)).fill(-1);
  const order: number[] = [];
  for (const m of members) {
    if (slotOf[m] !== -1) continue;
    slotOf[m] = order.length;
    order.push(m);
  }
  // Per member, its best `keep` partner scores so far, best first.
  const best = new Float64Array(order.length * keep).fill(Number.NEGATIVE_INFINITY);
  const offer = (peer: number, score: number) => {
    const slot = slotOf[peer] ?? -1;
    if (slot >= 0) insertDescending(best, slot * keep, keep, score);
  };
  for (const e of edges) {
    offer(e.a, e.score);
    offer(e.b, e.score);
  }
  let total = 0;
  order.forEach((peer, slot) => {
    for (let extra = 0; extra < keep; extra++) {
      insertDescending(best, slot * keep, keep, outsideBound[peer]!);
    }
    for (let t = 0; t < keep; t++) total += Math.max(0, best[slot * keep + t]!);
  });
  return total / 2;
}

/** Inserts `value` into the descending run list[start .. start + length), dropping the last. */
function insertDescending(list: Float64Array, start: number, length: number, value: number) {
  let at = start + length - 1;
  if (length === 0 || !(value > list[at]!)) return;
  while (at > start && value > list[at - 1]!) {
    list[at] = list[at - 1]!;
    at--;
  }
  list[at] = value;
}

/** Sum of all within-group pair scores. */
export function sumGroupScores(
  groups: readonly (readonly number[])[],
  score: (i: number, j: number) => number,
): number {
  let total = 0;
  for (const g of groups) {
    for (let x = 0; x < g.length; x++)
      for (let y = x + 1; y < g.length; y++) total += score(g[x]!, g[y]!);
  }
  return total;
}

/**
 * Forms groups of about `groupSize` from the pool: required pairs as bundles, greedy
 * construction from the best pairs, then local search (moves and swaps). Groups that end with
 * one member are dissolved. Hard rules hold in every group: all pairs allowed, one common
 * language. Deterministic for the same problem and seed.
 */
export function formGroups(problem: GroupingProblem): GroupingResult {
  const order = orderEdgesByScore(problem.edges);
  const adjacency = buildAdjacency(problem.peerCount, problem.edges, order);
  const hasCandidate = (m: number) => adjacency.offsets[m + 1]! > adjacency.offsets[m]!;
  // People nobody may join are left out of the size plan, so they do not skew it.
  const placeable = { ...problem, members: problem.members.filter(hasCandidate) };
  const plan = planGroupSizes(placeable.members.length, problem.groupSize);
  const maxSize = plan.sizes[0] ?? problem.groupSize;
  const { units, conflicts } = buildUnits(placeable, maxSize);
  const construction = createConstruction(placeable, units, adjacency);
  const { groups: built, targets } = constructGroups(construction, plan.sizes, order);
  const groups = built.filter((g) => g.length > 1);
  const isBundled = new Uint8Array(problem.peerCount);
  for (const unit of units) if (unit.length > 1) for (const x of unit) isBundled[x] = 1;
  const report = improveGroups({
    groups,
    peerCount: problem.peerCount,
    score: problem.score,
    isAllowed: problem.rules.isAllowed,
    hasCommonLanguage: problem.rules.hasCommonLanguage,
    adjacency,
    isMovable: (x) => isBundled[x] === 0,
    seed: problem.seed,
    maxPasses: problem.maxPasses ?? 3,
  });
  const placed = new Set(groups.flat());
  const hasOpenSlot = built.some((g, i) => g.length < targets[i]!);
  const unplaced = problem.members
    .filter((m) => !placed.has(m))
    .map((index) => ({
      index,
      reason: (!hasCandidate(index)
        ? "no_compatible_peer"
        : plan.remainder > 0 && !hasOpenSlot
          ? "group_remainder"
          : "no_group_fits") as GroupUnplacedReason,
    }));
  const objective = sumGroupScores(groups, problem.score);
  const upperBound = boundGroupObjective(
    problem.members,
    problem.edges,
    maxSize,
    problem.outsideBound,
  );
  const gap = upperBound > 0 ? Math.max(0, (upperBound - objective) / upperBound) : 0;
  return { groups, unplaced, objective, upperBound, gap, ...report, requiredConflicts: conflicts };
}
