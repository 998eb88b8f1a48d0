import type { CandidateEdge } from "./candidate-graph";

/** The exact matcher's contract (`maxWeightMatching`): mate per vertex, or -1. */
export type MaxWeightMatcher = (
  edges: ReadonlyArray<readonly [number, number, number]>,
  maxCardinality?: boolean,
) => number[];

/** Why a pool member got no partner from the matcher. */
export type PairUnmatchedReason =
  | "no_compatible_peer"
  | "below_min_score"
  | "odd_count"
  | "outscored"
  | "outnumbered";

/** A pairing problem over peer indices. */
export interface PairingProblem {
  /** Pool members (peer indices), ascending. */
  readonly members: readonly number[];
  /** Allowed candidate edges between pool members. */
  readonly edges: readonly CandidateEdge[];
  /** Edges scoring below this are left out (default 0: keep all, a weak partner beats none). */
  readonly minScore?: number;
  /** Learner-to-champion: how many learners each champion may take (others: 1). */
  readonly capacityOf?: (index: number) => number;
  /** Learner-to-champion: is this peer a learner? (Used for the "outnumbered" reason.) */
  readonly isLearner?: (index: number) => boolean;
}

/** Pairs (peer indices) and the unmatched pool members with a reason each. */
export interface PairingResult {
  readonly pairs: readonly (readonly [number, number])[];
  readonly unmatched: readonly { readonly index: number; readonly reason: PairUnmatchedReason }[];
}

/** Weights go to the matcher as positive integers so its dual arithmetic stays exact. */
const weightScale = 1_000_000;

function findComponents(members: readonly number[], edges: readonly CandidateEdge[]) {
  const parent = new Map<number, number>(members.map((m) => [m, m]));
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let at = x; at !== root; ) {
      const up = parent.get(at)!;
      parent.set(at, root);
      at = up;
    }
    return root;
  };
  for (const e of edges) {
    const a = find(e.a);
    const b = find(e.b);
    if (a !== b) parent.set(Math.max(a, b), Math.min(a, b));
  }
  const components = new Map<number, number[]>();
  for (const m of members) {
    const root = find(m);
    const list = components.get(root);
    if (list) list.push(m);
    else components.set(root, [m]);
  }
  return [...components.values()];
}

/** Runs the matcher on one component; vertices are (peer, copy) slots for capacities. */
function matchComponent(
  component: readonly number[],
  edges: readonly CandidateEdge[],
  matcher: MaxWeightMatcher,
  capacityOf: (index: number) => number,
): [number, number][] {
  const slots: number[] = [];
  const firstSlot = new Map<number, number>();
  for (const m of component) {
    firstSlot.set(m, slots.length);
    for (let c = 0; c < Math.max(1, capacityOf(m)); c++) slots.push(m);
  }
  const slotEdges: [number, number, number][] = [];
  for (const e of edges) {
    // Shifting every weight by the same +1 keeps the best maximum-cardinality matching the
    // same and makes sure a 0-score edge still counts as an edge.
    const w = Math.round(e.score * weightScale) + 1;
    const ca = Math.max(1, capacityOf(e.a));
    const cb = Math.max(1, capacityOf(e.b));
    for (let x = 0; x < ca; x++) {
      for (let y = 0; y < cb; y++)
        slotEdges.push([firstSlot.get(e.a)! + x, firstSlot.get(e.b)! + y, w]);
    }
  }
  const mate = matcher(slotEdges, true);
  const pairs: [number, number][] = [];
  mate.forEach((other, slot) => {
    if (other > slot) {
      const a = slots[slot]!;
      const b = slots[other]!;
      pairs.push(a < b ? [a, b] : [b, a]);
    }
  });
  return pairs;
}

function explainUnmatched(
  problem: PairingProblem,
  unmatchedInComponent: readonly number[],
  componentSize: number,
  degree: ReadonlyMap<number, number>,
  isOutnumbered: (index: number) => boolean,
): { index: number; reason: PairUnmatchedReason }[] {
  return unmatchedInComponent.map((index) => {
    if ((degree.get(index) ?? 0) === 0) return { index, reason: "no_compatible_peer" };
    if (isOutnumbered(index)) return { index, reason: "outnumbered" };
    const isLoneOdd =
      problem.isLearner === undefined &&
      componentSize % 2 === 1 &&
      unmatchedInComponent.length === 1;
    return { index, reason: isLoneOdd ? "odd_count" : "outscored" };
  });
}

/**
 * Exact best pairing of the pool on its candidate graph: as many pairs as possible first
 * (maximum cardinality), then the highest total score among those. Solved per connected
 * component. Every member not paired gets a reason.
 */
export function matchPairs(problem: PairingProblem, matcher: MaxWeightMatcher): PairingResult {
  const minScore = problem.minScore ?? 0;
  const allowedDegree = new Map<number, number>();
  for (const e of problem.edges) {
    allowedDegree.set(e.a, (allowedDegree.get(e.a) ?? 0) + 1);
    allowedDegree.set(e.b, (allowedDegree.get(e.b) ?? 0) + 1);
  }
  const edges = problem.edges.filter((e) => e.score >= minScore);
  const degree = new Map<number, number>();
  for (const e of edges) {
    degree.set(e.a, (degree.get(e.a) ?? 0) + 1);
    degree.set(e.b, (degree.get(e.b) ?? 0) + 1);
  }
  const capacityOf = problem.capacityOf ?? (() => 1);
  const isLearner = problem.isLearner;
  let learnerCount = 0;
  let championCapacity = 0;
  for (const m of problem.members) {
    if (isLearner?.(m)) learnerCount++;
    else championCapacity += Math.max(1, capacityOf(m));
  }
  const isOutnumbered = (index: number) =>
    isLearner !== undefined &&
    (isLearner(index) ? learnerCount > championCapacity : championCapacity > learnerCount);
  const edgesByRoot = new Map<number, CandidateEdge[]>();
  const components = findComponents(problem.members, edges);
  const rootOf = new Map<number, number>();
  for (const c of components) for (const m of c) rootOf.set(m, c[0]!);
  for (const e of edges) {
    const root = rootOf.get(e.a)!;
    const list = edgesByRoot.get(root);
    if (list) list.push(e);
    else edgesByRoot.set(root, [e]);
  }
  const pairs: [number, number][] = [];
  const unmatched: { index: number; reason: PairUnmatchedReason }[] = [];
  for (const component of components) {
    const componentEdges = edgesByRoot.get(component[0]!) ?? [];
    const found =
      componentEdges.length > 0
        ? matchComponent(component, componentEdges, matcher, capacityOf)
        : [];
    pairs.push(...found);
    const matched = new Set(found.flat());
    const left = component.filter((m) => !matched.has(m));
    for (const u of explainUnmatched(problem, left, component.length, degree, isOutnumbered)) {
      const hadAllowed = (allowedDegree.get(u.index) ?? 0) > 0;
      unmatched.push(
        u.reason === "no_compatible_peer" && hadAllowed ? { ...u, reason: "below_min_score" } : u,
      );
    }
  }
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  unmatched.sort((x, y) => x.index - y.index);
  return { pairs, unmatched };
}
