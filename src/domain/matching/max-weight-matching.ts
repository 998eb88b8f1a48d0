import { buildMatchingGraph } from "./max-weight-matching-graph";
import { runBlossomSolver } from "./max-weight-matching-solver";
import type { BlossomState } from "./max-weight-matching-state";

/*
 * Exact maximum-weight matching in a general graph: Edmonds' blossom algorithm in the
 * primal-dual form of Galil (1986), written for speed on large sparse graphs:
 * - flat typed arrays and CSR adjacency; no recursion (blossom nesting can be deep);
 * - one global dual clock with lazy per-label dual bases instead of touching every vertex on
 *   each dual adjustment, and a heap of due events (edges turning tight, T blossoms expiring)
 *   instead of scanning for the next one;
 * - the alternating trees of all exposed vertices persist across augmentations; only the two
 *   trees an augmentation joins are dissolved, so the work per augmentation stays local;
 * - each vertex queues only its earliest due edge (see max-weight-matching-labels), and the top
 *   blossom of a vertex is found through set ids that are rewritten only for the smaller parts
 *   when blossoms merge or split.
 *
 * Arithmetic: duals are kept doubled (weights enter as 2w). With integer weights the duals of
 * the method are half-integers, so every doubled dual, slack and event key is an integer and
 * float64 arithmetic is exact (for |weights| well below 2^50). With real weights, rounding could make a slack that is zero
 * in exact arithmetic come out as a tiny positive or negative number; the solver never compares
 * a slack with zero. An event is taken from the heap in key order and applied as tight by
 * construction (its key is re-derived from the same stored numbers with the same expression,
 * so the comparison is exact), and the clock never moves backwards. The combinatorial steps are
 * therefore always consistent, and the result is optimal up to rounding of order n·ε·max|w|.
 */

/**
 * Maximum-weight matching of a general graph given as [u, v, weight] edges on vertices
 * 0..n-1 (n = 1 + the largest id). Returns `mate`: mate[v] is v's partner or -1. Self-loops are
 * ignored, parallel edges count with their largest weight, and edges of weight <= 0 are never
 * used. With `maxCardinality`, returns the heaviest among the matchings of maximum cardinality
 * (then edges of any weight may be used). Throws a RangeError on a negative or non-integer id
 * or a non-finite weight.
 */
export function maxWeightMatching(
  edges: ReadonlyArray<readonly [number, number, number]>,
  maxCardinality = false,
): number[] {
  if (edges.length === 0) return [];
  const state = runBlossomSolver(buildMatchingGraph(edges, maxCardinality), maxCardinality);
  return readMates(state);
}

/** A blossom of the final dual solution: its vertices and its dual z (z >= 0). */
export interface DualBlossom {
  readonly vertices: readonly number[];
  readonly dual: number;
}

/** A maximum-weight matching with an optimal dual solution that proves it (LP duality). */
export interface CertifiedMatching {
  readonly mate: number[];
  /** Vertex duals u_v >= 0; zero on every exposed vertex. */
  readonly vertexDuals: number[];
  /** Blossoms with a positive dual (each holds an odd number of vertices). */
  readonly blossoms: readonly DualBlossom[];
}

/**
 * Like `maxWeightMatching` (without maximum cardinality), plus the final duals, for checking
 * optimality independently: every edge has slack u_a + u_b - w + sum(z of the blossoms holding
 * both ends) >= 0, matched edges have zero slack, and sum(u) + sum(z * (|B| - 1) / 2) equals the
 * matching's weight.
 */
export function maxWeightMatchingWithDuals(
  edges: ReadonlyArray<readonly [number, number, number]>,
): CertifiedMatching {
  if (edges.length === 0) return { mate: [], vertexDuals: [], blossoms: [] };
  const state = runBlossomSolver(buildMatchingGraph(edges, false), false);
  const vertexDuals = Array.from({ length: state.n }, (_, v) => state.vertexDual(v) / 2);
  const blossoms: DualBlossom[] = [];
  for (let b = state.n; b < 2 * state.n; b++) {
    if (!state.isLive(b) || state.blossomDual(b) === 0) continue;
    const vertices: number[] = [];
    const last = state.lastLeaf[b]!;
    for (let v = state.firstLeaf[b]!; ; v = state.nextLeaf[v]!) {
      vertices.push(v);
      if (v === last) break;
    }
    blossoms.push({ vertices, dual: state.blossomDual(b) });
  }
  return { mate: readMates(state), vertexDuals, blossoms };
}

function readMates(state: BlossomState): number[] {
  const mate = new Array<number>(state.n);
  for (let v = 0; v < state.n; v++) {
    const h = state.mate[v]!;
    mate[v] = h === -1 ? -1 : state.endpoint[h]!;
  }
  return mate;
}
