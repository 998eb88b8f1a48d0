import type { CandidateEdge } from "./candidate-graph";
import type { Adjacency } from "./group-search";
import type { CompiledRules } from "./hard-rules";

/** What construction needs from the grouping problem. */
export interface ConstructionProblem {
  readonly peerCount: number;
  readonly members: readonly number[];
  readonly edges: readonly CandidateEdge[];
  readonly score: (i: number, j: number) => number;
  readonly rules: CompiledRules;
}

/** Can `unit` join `group` without breaking a pair rule or the common language? */
export function fitsTogether(
  rules: CompiledRules,
  group: readonly number[],
  unit: readonly number[],
) {
  for (const y of unit) for (const x of group) if (!rules.isAllowed(x, y)) return false;
  return rules.hasCommonLanguage([...group, ...unit.slice(1)], unit[0]!);
}

/** Required pairs within the pool as bundles (units placed whole), largest allowed `maxSize`. */
export function buildUnits(problem: ConstructionProblem, maxSize: number) {
  const unitOf = new Map<number, number[]>(problem.members.map((m) => [m, [m]]));
  const conflicts: [number, number][] = [];
  for (const [i, j] of problem.rules.requiredPairs) {
    const a = unitOf.get(i);
    const b = unitOf.get(j);
    if (!a || !b || a === b) continue;
    if (a.length + b.length > maxSize || !fitsTogether(problem.rules, a, b)) {
      conflicts.push([i, j]);
      continue;
    }
    a.push(...b);
    for (const m of b) unitOf.set(m, a);
  }
  const units = [...new Set(unitOf.values())];
  units.sort((x, y) => y.length - x.length || x[0]! - y[0]!);
  return { units, unitOf, conflicts };
}

/** State of one greedy construction: units (bundles or single peers) and which are placed. */
export interface Construction {
  readonly problem: ConstructionProblem;
  /** Bundles first (largest first), then single peers in index order. */
  readonly units: readonly number[][];
  readonly unitIdOf: Int32Array;
  readonly isAssigned: Uint8Array;
  readonly adjacency: Adjacency;
  /** Doubly linked list of unassigned units in unit order; index `units.length` is the head. */
  readonly next: Int32Array;
  readonly previous: Int32Array;
}

/** Starts a construction with every unit unplaced. */
export function createConstruction(
  problem: ConstructionProblem,
  units: number[][],
  adjacency: Adjacency,
) {
  const count = units.length;
  const unitIdOf = new Int32Array(problem.peerCount).fill(-1);
  units.forEach((unit, u) => {
    for (const x of unit) unitIdOf[x] = u;
  });
  const next = new Int32Array(count + 1);
  const previous = new Int32Array(count + 1);
  for (let u = 0; u <= count; u++) {
    next[u] = u === count ? (count === 0 ? count : 0) : u + 1;
    previous[u] = u === 0 ? count : u - 1;
  }
  previous[count] = count === 0 ? count : count - 1;
  const isAssigned = new Uint8Array(count);
  return { problem, units, unitIdOf, isAssigned, adjacency, next, previous } satisfies Construction;
}

function markAssigned(c: Construction, u: number) {
  c.isAssigned[u] = 1;
  c.next[c.previous[u]!] = c.next[u]!;
  c.previous[c.next[u]!] = c.previous[u]!;
}

function affinityOf(c: Construction, group: readonly number[], unit: readonly number[]) {
  let sum = 0;
  for (const x of group) for (const y of unit) sum += c.problem.score(x, y);
  return sum;
}

/** Best unassigned unit among the first `limit` that fit, scanning in unit order. */
function scanForUnit(c: Construction, group: readonly number[], room: number, limit: number) {
  let best = -1;
  let bestAffinity = Number.NEGATIVE_INFINITY;
  let found = 0;
  const head = c.units.length;
  for (let u = c.next[head]!; u !== head && found < limit; u = c.next[u]!) {
    const unit = c.units[u]!;
    if (unit.length > room) continue;
    if (group.length > 0 && !fitsTogether(c.problem.rules, group, unit)) continue;
    found++;
    const affinity = affinityOf(c, group, unit);
    if (affinity > bestAffinity) [best, bestAffinity] = [u, affinity];
  }
  return best;
}

function growGroup(c: Construction, group: number[]) {
  const affinity = new Map<number, number>();
  const take = (u: number) => {
    markAssigned(c, u);
    affinity.delete(u);
    for (const x of c.units[u]!) {
      group.push(x);
      for (let e = c.adjacency.offsets[x]!; e < c.adjacency.offsets[x + 1]!; e++) {
        const v = c.unitIdOf[c.adjacency.peers[e]!]!;
        if (v >= 0 && !c.isAssigned[v])
          affinity.set(v, (affinity.get(v) ?? 0) + c.adjacency.scores[e]!);
      }
    }
  };
  return { take, affinity };
}

/** The unit with the most affinity (ties: lower id) that fits the room and was not rejected. */
function bestByAffinity(
  c: Construction,
  affinity: ReadonlyMap<number, number>,
  rejected: ReadonlySet<number>,
  room: number,
) {
  let best = -1;
  let bestAffinity = Number.NEGATIVE_INFINITY;
  for (const [u, a] of affinity) {
    if (rejected.has(u) || c.units[u]!.length > room) continue;
    if (a > bestAffinity || (a === bestAffinity && u < best)) [best, bestAffinity] = [u, a];
  }
  return best;
}

function fillGroup(c: Construction, seed: number, size: number): number[] {
  const group: number[] = [];
  const { take, affinity } = growGroup(c, group);
  take(seed);
  const rejected = new Set<number>();
  while (group.length < size) {
    const room = size - group.length;
    let next = -1;
    for (;;) {
      next = bestByAffinity(c, affinity, rejected, room);
      if (next < 0 || fitsTogether(c.problem.rules, group, c.units[next]!)) break;
      rejected.add(next);
    }
    if (next < 0) next = scanForUnit(c, group, room, 32);
    if (next < 0) break;
    take(next);
  }
  return group;
}

function pickSeed(
  c: Construction,
  sorted: readonly CandidateEdge[],
  cursor: { edge: number },
  size: number,
) {
  const head = c.units.length;
  for (let u = c.next[head]!; u !== head && c.units[u]!.length > 1; u = c.next[u]!) {
    if (c.units[u]!.length <= size) return u;
  }
  for (; cursor.edge < sorted.length; cursor.edge++) {
    const e = sorted[cursor.edge]!;
    const a = c.unitIdOf[e.a]!;
    const b = c.unitIdOf[e.b]!;
    if (a !== b && !c.isAssigned[a] && !c.isAssigned[b]) return a;
  }
  return scanForUnit(c, [], size, 1);
}

/**
 * Greedy construction: one group per planned size, seeded with a required bundle or an end of
 * the best free candidate pair (edges in `order`), grown by candidate affinity, with a bounded
 * scan when no candidate fits. Leftovers then join open groups, directly or by one ejection.
 */
export function constructGroups(c: Construction, sizes: readonly number[], order: Int32Array) {
  const sorted = Array.from(order, (k) => c.problem.edges[k]!);
  const cursor = { edge: 0 };
  const groups: number[][] = [];
  const targets: number[] = [];
  for (const size of sizes) {
    const seed = pickSeed(c, sorted, cursor, size);
    if (seed < 0) break;
    groups.push(fillGroup(c, seed, size));
    targets.push(size);
  }
  const head = c.units.length;
  for (let u = c.next[head]!; u !== head; u = c.next[u]!) {
    let best = -1;
    let bestAffinity = Number.NEGATIVE_INFINITY;
    groups.forEach((group, g) => {
      const unit = c.units[u]!;
      if (group.length + unit.length > targets[g]! || !fitsTogether(c.problem.rules, group, unit))
        return;
      const affinity = affinityOf(c, group, unit);
      if (affinity > bestAffinity) [best, bestAffinity] = [g, affinity];
    });
    if (best >= 0) {
      groups[best]!.push(...c.units[u]!);
      markAssigned(c, u);
    }
  }
  repairByEjection(c, groups, targets);
  return { groups, targets };
}

/** Can `x` join `group` in place of `without` (or of nobody, -1)? */
function canReplace(
  rules: ConstructionProblem["rules"],
  group: readonly number[],
  x: number,
  without: number,
) {
  for (const y of group) if (y !== without && !rules.isAllowed(x, y)) return false;
  return rules.hasCommonLanguage(group, x, without);
}

/**
 * Places leftover single peers that fit no open group by one ejection: the leftover takes
 * the place of a member of some group, and that member moves to the open group. Groups are
 * tried in index order; the first such chain is taken. Sizes stay as planned.
 */
function repairByEjection(c: Construction, groups: number[][], targets: readonly number[]) {
  const { rules } = c.problem;
  const head = c.units.length;
  const isSingle = (x: number) => c.units[c.unitIdOf[x]!]!.length === 1;
  for (let u = c.next[head]!; u !== head; u = c.next[u]!) {
    const unit = c.units[u]!;
    if (unit.length !== 1) continue;
    const x = unit[0]!;
    const open = groups.findIndex((g, k) => g.length < targets[k]!);
    if (open < 0) return;
    const chain = findEjection(
      groups,
      open,
      x,
      (h, v) =>
        isSingle(v) &&
        canReplace(rules, groups[h]!, x, v) &&
        canReplace(rules, groups[open]!, v, -1),
    );
    if (!chain) continue;
    const [h, v] = chain;
    groups[h]![groups[h]!.indexOf(v)] = x;
    groups[open]!.push(v);
    markAssigned(c, u);
  }
}

function findEjection(
  groups: readonly number[][],
  open: number,
  x: number,
  isFeasible: (group: number, member: number) => boolean,
): [number, number] | null {
  for (let h = 0; h < groups.length; h++) {
    if (h === open) continue;
    for (const v of groups[h]!) if (v !== x && isFeasible(h, v)) return [h, v];
  }
  return null;
}
