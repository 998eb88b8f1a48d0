import type { CertifiedMatching } from "./max-weight-matching";

/** Something wrong with a matching or with its optimality certificate (a code plus details). */
export type MatchingProblem =
  | { readonly code: "not_symmetric"; readonly vertex: number }
  | { readonly code: "not_an_edge"; readonly u: number; readonly v: number }
  | { readonly code: "negative_dual"; readonly vertex: number; readonly dual: number }
  | { readonly code: "exposed_with_dual"; readonly vertex: number; readonly dual: number }
  | { readonly code: "bad_blossom"; readonly index: number }
  | {
      readonly code: "negative_slack";
      readonly u: number;
      readonly v: number;
      readonly slack: number;
    }
  | {
      readonly code: "matched_not_tight";
      readonly u: number;
      readonly v: number;
      readonly slack: number;
    }
  | { readonly code: "duality_gap"; readonly gap: number };

/** An undirected edge with the heaviest weight given for its pair. */
interface Pair {
  readonly u: number;
  readonly v: number;
  readonly weight: number;
}

/** The pairs of `edges` keyed by u * n + v (u < v < n). */
function collectPairs(
  edges: ReadonlyArray<readonly [number, number, number]>,
  n: number,
): Map<number, Pair> {
  const pairs = new Map<number, Pair>();
  for (const [a, b, weight] of edges) {
    if (a === b) continue;
    const [u, v] = a < b ? [a, b] : [b, a];
    const key = u * n + v;
    const known = pairs.get(key);
    if (!known || weight > known.weight) pairs.set(key, { u, v, weight });
  }
  return pairs;
}

/**
 * Reads `mate` as a matching of `edges` (parallel edges count with their heaviest weight): its
 * number of pairs, its weight, and its problems (asymmetric mates, pairs that are not edges).
 */
export function inspectMatching(
  edges: ReadonlyArray<readonly [number, number, number]>,
  mate: readonly number[],
): { pairs: number; weight: number; problems: MatchingProblem[] } {
  const byKey = collectPairs(edges, mate.length);
  const problems: MatchingProblem[] = [];
  let pairs = 0;
  let weight = 0;
  mate.forEach((p, v) => {
    if (p === -1) return;
    if (mate[p] !== v) problems.push({ code: "not_symmetric", vertex: v });
    if (p < v) return;
    const pair = byKey.get(v * mate.length + p);
    if (!pair) problems.push({ code: "not_an_edge", u: v, v: p });
    else weight += pair.weight;
    pairs++;
  });
  return { pairs, weight, problems };
}

/**
 * Checks an optimality certificate by LP duality, independently of how it was computed: vertex
 * and blossom duals are >= 0, exposed vertices have dual 0, blossoms are odd, every edge has
 * slack u_a + u_b - w + sum(z of blossoms holding both ends) >= 0, matched edges have slack 0,
 * and the dual objective equals the matching's weight. No problems means no matching of these
 * edges (of positive weight) is heavier. `tolerance` absorbs rounding with real weights.
 */
export function checkCertificate(
  edges: ReadonlyArray<readonly [number, number, number]>,
  { mate, vertexDuals, blossoms }: CertifiedMatching,
  tolerance = 0,
): MatchingProblem[] {
  const inspected = inspectMatching(edges, mate);
  const problems = [...inspected.problems];
  let objective = 0;
  vertexDuals.forEach((dual, vertex) => {
    if (dual < -tolerance) problems.push({ code: "negative_dual", vertex, dual });
    if (mate[vertex] === -1 && Math.abs(dual) > tolerance) {
      problems.push({ code: "exposed_with_dual", vertex, dual });
    }
    objective += dual;
  });
  const pairs = [...collectPairs(edges, mate.length).values()];
  const slack = pairs.map((p) => vertexDuals[p.u]! + vertexDuals[p.v]! - p.weight);
  const inside = new Uint8Array(mate.length);
  blossoms.forEach(({ vertices, dual }, index) => {
    if (dual < -tolerance || vertices.length % 2 === 0)
      problems.push({ code: "bad_blossom", index });
    objective += (dual * (vertices.length - 1)) / 2;
    for (const v of vertices) inside[v] = 1;
    pairs.forEach((p, i) => {
      if (inside[p.u] && inside[p.v]) slack[i]! += dual;
    });
    for (const v of vertices) inside[v] = 0;
  });
  pairs.forEach(({ u, v }, i) => {
    const s = slack[i]!;
    if (s < -tolerance) problems.push({ code: "negative_slack", u, v, slack: s });
    if (mate[u] === v && Math.abs(s) > tolerance) {
      problems.push({ code: "matched_not_tight", u, v, slack: s });
    }
  });
  const gap = objective - inspected.weight;
  if (Math.abs(gap) > tolerance * Math.max(1, Math.abs(inspected.weight))) {
    problems.push({ code: "duality_gap", gap });
  }
  return problems;
}
