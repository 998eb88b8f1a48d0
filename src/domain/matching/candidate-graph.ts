import {
  accumulateOverlaps,
  createOverlapScratch,
  type OverlapBudget,
} from "./overlap-accumulation";
import { buildOverlapIndex, type OverlapAccumulators, overlapChannels } from "./overlap-index";
import type { PeerFeatures } from "./peer-features";

/** A pair worth considering, with its exact score; `a < b` (indices into the peer list). */
export interface CandidateEdge {
  readonly a: number;
  readonly b: number;
  readonly score: number;
}

/** How to build the candidate graph; the scoring and the rules come from the caller. */
export interface CandidateGraphOptions {
  /** The peers to connect (indices into the features' peer list). */
  readonly members: Int32Array;
  /** Candidates kept per peer (top-k by score). */
  readonly k?: number;
  /** Below this many members every allowed pair becomes an edge (no approximation). */
  readonly exhaustiveBelow?: number;
  /** Peers a low-overlap peer may scan for extra candidates, so nobody is left without. */
  readonly fallbackScan?: number;
  /** Hard rules: may `i` and `j` be matched at all? */
  readonly isAllowed: (i: number, j: number) => boolean;
  /** Ranking score of a touched pair from the accumulated overlaps (exact score is best). */
  readonly rankOverlap: (i: number, j: number, overlaps: OverlapAccumulators) => number;
  /** Exact score of any pair (used for the final edge weights and untouched fill-ins). */
  readonly scorePair: (i: number, j: number) => number;
  /** Postings walked per peer while admitting candidates, best worth first (default 100 * k). */
  readonly admitPostings?: number;
  /** Postings walked per peer to complete admitted candidates' overlaps (default 200 * k). */
  readonly updatePostings?: number;
  /** Per-channel worth of skipped terms for peer `i` (see `PairScorer.channelBounds`). */
  readonly channelBounds?: (i: number, perUnit: Float64Array, caps: Float64Array) => void;
  /** Most a pair sharing nothing indexed can score (see `PairScorer.attributeBound`). */
  readonly attributeBound?: number;
}

/** Sparse weighted graph of allowed pairs. */
export interface CandidateGraph {
  /** Sorted by (a, b); no duplicates. */
  readonly edges: readonly CandidateEdge[];
  /** True when every allowed pair is an edge (small pools). */
  readonly isExhaustive: boolean;
  /**
   * Per peer index: no allowed partner outside the peer's own candidate list scores more.
   * 0 for all when exhaustive. Sound only with `channelBounds` and `attributeBound` given.
   */
  readonly outsideBound: Float64Array;
}

/** Bounded min-heap keeping the best `capacity` (score desc, then id asc) ids. */
function createTopList(capacity: number) {
  const scores = new Float64Array(capacity);
  const ids = new Int32Array(capacity);
  let size = 0;
  const isWorse = (x: number, y: number) =>
    scores[x]! < scores[y]! || (scores[x] === scores[y] && ids[x]! > ids[y]!);
  const swap = (x: number, y: number) => {
    [scores[x], scores[y]] = [scores[y]!, scores[x]!];
    [ids[x], ids[y]] = [ids[y]!, ids[x]!];
  };
  const siftDown = (start: number) => {
    let at = start;
    for (;;) {
      const l = 2 * at + 1;
      const r = l + 1;
      let worst = at;
      if (l < size && isWorse(l, worst)) worst = l;
      if (r < size && isWorse(r, worst)) worst = r;
      if (worst === at) return;
      swap(at, worst);
      at = worst;
    }
  };
  const push = (score: number, id: number) => {
    if (size < capacity) {
      scores[size] = score;
      ids[size] = id;
      let at = size++;
      while (at > 0 && isWorse(at, (at - 1) >> 1)) {
        swap(at, (at - 1) >> 1);
        at = (at - 1) >> 1;
      }
    } else if (capacity > 0 && (score > scores[0]! || (score === scores[0] && id < ids[0]!))) {
      scores[0] = score;
      ids[0] = id;
      siftDown(0);
    }
  };
  return {
    push,
    /** The k-th best score when the list is full (-Infinity before). */
    floor: () => (size === capacity && capacity > 0 ? scores[0]! : Number.NEGATIVE_INFINITY),
    reset: () => {
      size = 0;
    },
    size: () => size,
    ids: () => ids.subarray(0, size),
  };
}

function buildExhaustive(options: CandidateGraphOptions, peerCount: number): CandidateGraph {
  const members = [...options.members].sort((x, y) => x - y);
  const edges: CandidateEdge[] = [];
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) {
      const a = members[x]!;
      const b = members[y]!;
      if (options.isAllowed(a, b)) edges.push({ a, b, score: options.scorePair(a, b) });
    }
  }
  return { edges, isExhaustive: true, outsideBound: new Float64Array(peerCount) };
}

/**
 * Sparse candidate graph: each member's top-k allowed partners by score, found through an
 * inverted index over terms and tags so only pairs sharing something are scored (not all n^2).
 * A member with fewer than k such partners is topped up by scanning a bounded window of other
 * members, so weak overlap never means "no partner". Deterministic for the same input.
 */
export function buildCandidateGraph(
  features: PeerFeatures,
  options: CandidateGraphOptions,
): CandidateGraph {
  const k = options.k ?? 20;
  const { members } = options;
  const n = features.count;
  if (members.length <= (options.exhaustiveBelow ?? 200)) return buildExhaustive(options, n);
  const index = buildOverlapIndex(features, members);
  const scratch = createOverlapScratch(n);
  const budget = createBudget(options, k);
  const top = createTopList(k);
  const keys: number[] = [];
  const outsideBound = new Float64Array(n);
  const scan = options.fallbackScan ?? 40 * k;
  const { isAllowed, rankOverlap } = options;
  const { touched, accumulators } = scratch;
  for (let m = 0; m < members.length; m++) {
    const i = members[m]!;
    top.reset();
    options.channelBounds?.(i, budget.perUnit, budget.caps);
    const round = accumulateOverlaps(
      index,
      i,
      i + 1,
      scratch,
      options.channelBounds ? budget : undefined,
    );
    for (let t = 0; t < round.touchedCount; t++) {
      const j = touched[t]!;
      if (j !== i && isAllowed(i, j)) top.push(rankOverlap(i, j, accumulators), j);
    }
    for (let step = 1; step <= scan && step < members.length && top.size() < k; step++) {
      const j = members[(m + step) % members.length]!;
      if (scratch.stamps[j] !== i + 1 && isAllowed(i, j)) top.push(options.scorePair(i, j), j);
    }
    // A partner left out either ranked at most the k-th (its rank falls short of its score by
    // at most the touched slack) or was never admitted (attributes plus the untouched slack).
    outsideBound[i] = Math.max(
      top.floor() + round.touchedSlack,
      (options.attributeBound ?? 0) + round.untouchedSlack,
    );
    for (const j of top.ids()) keys.push(i < j ? i * n + j : j * n + i);
  }
  return { edges: scoreKeys(keys, n, options.scorePair), isExhaustive: false, outsideBound };
}

function createBudget(options: CandidateGraphOptions, k: number): OverlapBudget {
  return {
    admitPostings: options.admitPostings ?? 100 * k,
    updatePostings: options.updatePostings ?? 200 * k,
    perUnit: new Float64Array(overlapChannels.length),
    caps: new Float64Array(overlapChannels.length),
  };
}

/** Deduplicates pair keys (a * n + b) and scores each pair exactly, sorted by (a, b). */
function scoreKeys(
  keys: readonly number[],
  n: number,
  scorePair: (i: number, j: number) => number,
) {
  const sorted = Float64Array.from(keys).sort();
  const edges: CandidateEdge[] = [];
  for (let e = 0; e < sorted.length; e++) {
    if (e > 0 && sorted[e] === sorted[e - 1]) continue;
    const a = Math.floor(sorted[e]! / n);
    const b = sorted[e]! - a * n;
    edges.push({ a, b, score: scorePair(a, b) });
  }
  return edges;
}
