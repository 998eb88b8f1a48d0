import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CandidateEdge } from "./candidate-graph";
import { planGroupSizes } from "./group-sizes";
import {
  boundGroupObjective,
  formGroups,
  type GroupingProblem,
  orderEdgesByScore,
  sumGroupScores,
} from "./groups";
import { compileRules, defaultHardRules, type HardRules } from "./hard-rules";
import type { MatchingPeer } from "./matching-peer";
import { buildPeer } from "./peer-fixtures";

function problemOf(
  peers: readonly MatchingPeer[],
  score: (i: number, j: number) => number,
  groupSize: number,
  rules: HardRules = defaultHardRules,
): GroupingProblem {
  const compiled = compileRules(peers, rules);
  const edges: CandidateEdge[] = [];
  for (let a = 0; a < peers.length; a++) {
    for (let b = a + 1; b < peers.length; b++) {
      if (compiled.isAllowed(a, b)) edges.push({ a, b, score: score(a, b) });
    }
  }
  return {
    peerCount: peers.length,
    members: peers.map((_, i) => i),
    groupSize,
    edges,
    score,
    rules: compiled,
    outsideBound: new Float64Array(peers.length),
    seed: 1,
  };
}

const plainPeers = (count: number) =>
  Array.from({ length: count }, (_, i) => buildPeer({ id: `p${i}` }));

/** Best objective over every split of `count` peers into groups of the planned sizes. */
function bruteForceBest(
  count: number,
  sizes: readonly number[],
  score: (i: number, j: number) => number,
) {
  let best = 0;
  const groups: number[][] = sizes.map(() => []);
  const place = (i: number) => {
    if (i === count) {
      best = Math.max(best, sumGroupScores(groups, score));
      return;
    }
    const triedEmpty = new Set<number>();
    groups.forEach((g, k) => {
      if (g.length >= sizes[k]! || (g.length === 0 && triedEmpty.has(sizes[k]!))) return;
      if (g.length === 0) triedEmpty.add(sizes[k]!);
      g.push(i);
      place(i + 1);
      g.pop();
    });
  };
  place(0);
  return best;
}

describe("formGroups", () => {
  it("finds planted clusters, with a bound that proves it", () => {
    const cluster = (i: number) => i % 4;
    const score = (i: number, j: number) => (cluster(i) === cluster(j) ? 1 : 0.1);
    const result = formGroups(problemOf(plainPeers(16), score, 4));
    expect(result.groups.map((g) => new Set(g.map(cluster)).size)).toEqual([1, 1, 1, 1]);
    expect(result.objective).toBeCloseTo(24, 10);
    expect(result.upperBound).toBeCloseTo(24, 10);
    expect(result.gap).toBeCloseTo(0, 10);
    expect(result.unplaced).toEqual([]);
  });

  it("keeps required pairs together and colleagues apart", () => {
    const peers = Array.from({ length: 8 }, (_, i) =>
      buildPeer({ id: `p${i}`, organisationId: `o${i % 4}` }),
    );
    const rules: HardRules = { ...defaultHardRules, requiredPairs: [["p0", "p5"]] };
    const result = formGroups(problemOf(peers, () => 0.5, 4, rules));
    const home = result.groups.find((g) => g.includes(0))!;
    expect(home).toContain(5);
    for (const g of result.groups) {
      const orgs = g.map((i) => peers[i]!.organisationId);
      expect(new Set(orgs).size).toBe(orgs.length);
    }
  });

  it("needs one language for the whole group", () => {
    const peers = [
      buildPeer({ id: "a", languages: ["en", "fr"] }),
      buildPeer({ id: "b", languages: ["fr", "es"] }),
      buildPeer({ id: "c", languages: ["es", "en"] }),
      buildPeer({ id: "d", languages: ["en", "fr", "es"] }),
      buildPeer({ id: "e", languages: ["en", "fr", "es"] }),
      buildPeer({ id: "f", languages: ["en", "fr", "es"] }),
    ];
    const result = formGroups(problemOf(peers, () => 1, 3));
    const compiled = compileRules(peers, defaultHardRules);
    for (const g of result.groups) expect(compiled.hasCommonLanguage(g.slice(1), g[0]!)).toBe(true);
  });

  it("places a leftover by ejecting a member who fits elsewhere", () => {
    const peers = [
      buildPeer({ id: "a", languages: ["en"] }),
      buildPeer({ id: "b", languages: ["en"] }),
      buildPeer({ id: "c", languages: ["en", "fr"] }),
      buildPeer({ id: "d", languages: ["fr"] }),
      buildPeer({ id: "e", languages: ["fr"] }),
      buildPeer({ id: "f", languages: ["en"] }),
    ];
    const strong = new Set(["0-1", "0-2", "1-2"]);
    const score = (i: number, j: number) =>
      strong.has(`${Math.min(i, j)}-${Math.max(i, j)}`) ? 1 : 0.1;
    const result = formGroups({ ...problemOf(peers, score, 3), maxPasses: 0 });
    expect(result.unplaced).toEqual([]);
    const compiled = compileRules(peers, defaultHardRules);
    for (const g of result.groups) {
      expect(g).toHaveLength(3);
      expect(compiled.hasCommonLanguage(g.slice(1), g[0]!)).toBe(true);
    }
  });

  it("says why people are left out", () => {
    const peers = [...plainPeers(5), buildPeer({ id: "alone", languages: ["sw"] })];
    const result = formGroups(problemOf(peers, () => 1, 3));
    expect(result.unplaced).toEqual([
      { index: 3, reason: "group_remainder" },
      { index: 4, reason: "group_remainder" },
      { index: 5, reason: "no_compatible_peer" },
    ]);
  });

  it("never beats the true optimum, which never beats the bound", () => {
    const instance = fc.record({
      count: fc.integer({ min: 6, max: 9 }),
      size: fc.integer({ min: 3, max: 4 }),
      weights: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 36, maxLength: 36 }),
      seed: fc.integer({ min: 1, max: 50 }),
    });
    fc.assert(
      fc.property(instance, ({ count, size, weights, seed }) => {
        const score = (i: number, j: number) =>
          weights[(Math.min(i, j) * 7 + Math.max(i, j) * 3) % 36]! / 100;
        const problem = { ...problemOf(plainPeers(count), score, size), seed };
        const result = formGroups(problem);
        const best = bruteForceBest(count, planGroupSizes(count, size).sizes, score);
        expect(result.objective).toBeLessThanOrEqual(best + 1e-9);
        expect(best).toBeLessThanOrEqual(result.upperBound + 1e-9);
        expect(result.objective).toBeCloseTo(sumGroupScores(result.groups, score), 9);
      }),
      { numRuns: 60 },
    );
  });
});

describe("boundGroupObjective", () => {
  it("adds each peer's best partners, counting outside partners at their bound, and halves", () => {
    const edges = [
      { a: 0, b: 1, score: 0.9 },
      { a: 0, b: 2, score: 0.5 },
    ];
    const outside = Float64Array.from([0.2, 0.3, 0.7]);
    // peer 0: 0.9 + 0.5; peer 1: 0.9 + 0.3; peer 2: 0.7 + 0.7 (outside beats its edge)
    expect(boundGroupObjective([0, 1, 2], edges, 3, outside)).toBeCloseTo(
      (1.4 + 1.2 + 1.4) / 2,
      12,
    );
  });

  it("equals, to the last bit, summing each peer's sorted list of scores and bounds", () => {
    const reference = (
      members: number[],
      edges: CandidateEdge[],
      maxSize: number,
      outside: Float64Array,
    ) => {
      const lists = new Map<number, number[]>(members.map((m) => [m, []]));
      for (const e of edges) {
        lists.get(e.a)?.push(e.score);
        lists.get(e.b)?.push(e.score);
      }
      let total = 0;
      for (const [peer, list] of lists) {
        for (let x = 0; x < maxSize - 1; x++) list.push(outside[peer]!);
        list.sort((x, y) => y - x);
        for (let t = 0; t < maxSize - 1; t++) total += Math.max(0, list[t]!);
      }
      return total / 2;
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(11), fc.nat(11), fc.double({ min: -1, max: 3, noNaN: true }))),
        fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 1, max: 6 }),
        (raw, bounds, maxSize) => {
          const edges = raw.filter(([a, b]) => a < b).map(([a, b, score]) => ({ a, b, score }));
          const outside = Float64Array.from(bounds);
          const members = [0, 2, 3, 5, 6, 7, 9, 10];
          const bound = boundGroupObjective(members, edges, maxSize, outside);
          expect(bound).toBe(reference(members, edges, maxSize, outside));
        },
      ),
    );
  });
});

describe("orderEdgesByScore", () => {
  it("sorts best first, ties by position, and keeps nearly equal scores apart", () => {
    const edges = [0.5, 0.9, 0.5, 0, 0.9000001, 1e-9].map((score, k) => ({
      a: k,
      b: k + 1,
      score,
    }));
    expect([...orderEdgesByScore(edges)]).toEqual([4, 1, 0, 2, 5, 3]);
    expect([...orderEdgesByScore([])]).toEqual([]);
  });
});
