import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Adjacency, improveGroups } from "./group-search";
import { sumGroupScores } from "./groups";

/** Every pair adjacent: the search may look everywhere. */
function completeAdjacency(count: number): Adjacency {
  const offsets = Int32Array.from({ length: count + 1 }, (_, x) => x * (count - 1));
  const peers = Int32Array.from({ length: count * (count - 1) }, (_, e) => {
    const x = Math.floor(e / (count - 1));
    const k = e % (count - 1);
    return k < x ? k : k + 1;
  });
  return { offsets, peers, scores: new Float64Array(peers.length) };
}

/** Scores from a cluster label: same cluster 1, else 0. */
const clusterScore = (cluster: (x: number) => number) => (x: number, y: number) =>
  cluster(x) === cluster(y) ? 1 : 0;

function search(groups: number[][], score: (x: number, y: number) => number, extra = {}) {
  const count = groups.flat().length;
  return improveGroups({
    groups,
    peerCount: count,
    score,
    isAllowed: () => true,
    hasCommonLanguage: () => true,
    adjacency: completeAdjacency(count),
    isMovable: () => true,
    seed: 1,
    maxPasses: 1000,
    ...extra,
  });
}

/** Any swap of two members of different groups that raises the objective, by brute force. */
function findImprovingSwap(groups: number[][], score: (x: number, y: number) => number) {
  const base = sumGroupScores(groups, score);
  for (let g = 0; g < groups.length; g++) {
    for (let h = g + 1; h < groups.length; h++) {
      for (const a of groups[g]!) {
        for (const b of groups[h]!) {
          const swapped = groups.map((group) => group.map((x) => (x === a ? b : x === b ? a : x)));
          if (sumGroupScores(swapped, score) > base + 1e-9) return [a, b];
        }
      }
    }
  }
  return null;
}

describe("improveGroups", () => {
  it("unscrambles planted clusters by swaps", () => {
    const groups = [
      [0, 4, 8, 12],
      [1, 5, 9, 13],
      [2, 6, 10, 14],
      [3, 7, 11, 15],
    ];
    const score = clusterScore((x) => Math.floor(x / 4));
    const report = search(groups, score);
    expect(sumGroupScores(groups, score)).toBe(24);
    expect(groups.map((g) => [...g].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!)).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9, 10, 11],
      [12, 13, 14, 15],
    ]);
    expect(report.improvements).toBeGreaterThan(0);
  });

  it("moves a peer between groups of sizes k + 1 and k, keeping the sizes", () => {
    const groups = [
      [0, 1, 2, 5],
      [3, 4],
    ];
    const score = clusterScore((x) => (x < 3 ? 0 : 1));
    search(groups, score);
    expect(groups.map((g) => g.length).sort()).toEqual([2, 4]);
    expect(sumGroupScores(groups, score)).toBe(4);
  });

  it("never joins two people a rule keeps apart, and leaves fixed members alone", () => {
    const groups = [
      [0, 4],
      [1, 5],
    ];
    const score = clusterScore((x) => x % 2);
    const forbidden = (x: number, y: number) => (x === 0 && y === 1) || (x === 1 && y === 0);
    search(groups, score, { isAllowed: (x: number, y: number) => !forbidden(x, y), peerCount: 6 });
    for (const g of groups) expect(g.includes(0) && g.includes(1)).toBe(false);
    const pinned = [
      [0, 1],
      [2, 3],
    ];
    search(
      pinned,
      clusterScore((x) => (x === 0 || x === 2 ? 0 : 1)),
      { isMovable: () => false },
    );
    expect(pinned).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it("never lowers the objective, ends where no swap helps, and is deterministic per seed", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 66, maxLength: 66 }),
        fc.integer({ min: 1, max: 99 }),
        (weights, seed) => {
          const count = 12;
          const score = (x: number, y: number) => {
            const [a, b] = x < y ? [x, y] : [y, x];
            return weights[(a * (2 * count - a - 1)) / 2 + (b - a - 1)]! / 100;
          };
          const start = () => [
            [0, 1, 2, 3],
            [4, 5, 6, 7],
            [8, 9, 10, 11],
          ];
          const groups = start();
          const before = sumGroupScores(groups, score);
          search(groups, score, { seed });
          expect(sumGroupScores(groups, score)).toBeGreaterThanOrEqual(before - 1e-9);
          expect(groups.flat().sort((a, b) => a - b)).toEqual(start().flat());
          const again = start();
          search(again, score, { seed });
          expect(again).toEqual(groups);
          expect(findImprovingSwap(groups, score)).toBeNull();
        },
      ),
      { numRuns: 100 },
    );
  });
});
