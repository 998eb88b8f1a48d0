import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CandidateEdge } from "./candidate-graph";
import { maxWeightMatching } from "./max-weight-matching";
import { matchPairs } from "./pair-matching";

const edge = (a: number, b: number, score: number): CandidateEdge => ({ a, b, score });

/** Best (cardinality, then weight) over all matchings, by trying every one (tiny graphs). */
function bruteForceBest(
  n: number,
  edges: readonly CandidateEdge[],
): { size: number; weight: number } {
  let best = { size: 0, weight: 0 };
  const used = new Array<boolean>(n).fill(false);
  const visit = (from: number, size: number, weight: number) => {
    if (size > best.size || (size === best.size && weight > best.weight + 1e-9))
      best = { size, weight };
    for (let e = from; e < edges.length; e++) {
      const { a, b, score } = edges[e]!;
      if (used[a] || used[b]) continue;
      used[a] = used[b] = true;
      visit(e + 1, size + 1, weight + score);
      used[a] = used[b] = false;
    }
  };
  visit(0, 0, 0);
  return best;
}

describe("matchPairs", () => {
  it("prefers more pairs over a heavier single pair", () => {
    const result = matchPairs(
      { members: [0, 1, 2, 3], edges: [edge(0, 1, 0.1), edge(1, 2, 0.9), edge(2, 3, 0.1)] },
      maxWeightMatching,
    );
    expect(result.pairs).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(result.unmatched).toEqual([]);
  });

  it("uses zero-score edges when they add a pair", () => {
    const result = matchPairs({ members: [0, 1], edges: [edge(0, 1, 0)] }, maxWeightMatching);
    expect(result.pairs).toEqual([[0, 1]]);
  });

  it("gives a reason to everyone left out", () => {
    const result = matchPairs(
      {
        members: [0, 1, 2, 3, 4, 5, 6, 7],
        edges: [
          edge(0, 1, 0.5),
          edge(1, 2, 0.5),
          edge(4, 5, 0.5),
          edge(4, 6, 0.5),
          edge(3, 7, 0.01),
        ],
        minScore: 0.05,
      },
      maxWeightMatching,
    );
    expect(result.unmatched).toEqual([
      { index: 2, reason: "odd_count" },
      { index: 3, reason: "below_min_score" },
      { index: 6, reason: "odd_count" },
      { index: 7, reason: "below_min_score" },
    ]);
  });

  it("says 'outscored' when a star leaves several waiting for one partner", () => {
    const result = matchPairs(
      { members: [0, 1, 2, 3], edges: [edge(0, 1, 0.3), edge(0, 2, 0.2), edge(0, 3, 0.1)] },
      maxWeightMatching,
    );
    expect(result.pairs).toEqual([[0, 1]]);
    expect(result.unmatched.map((u) => u.reason)).toEqual(["outscored", "outscored"]);
  });

  it("reports isolated members as having no compatible peer", () => {
    const result = matchPairs({ members: [0, 1, 2], edges: [edge(0, 1, 1)] }, maxWeightMatching);
    expect(result.unmatched).toEqual([{ index: 2, reason: "no_compatible_peer" }]);
  });

  it("lets a champion take several learners up to its capacity", () => {
    const result = matchPairs(
      {
        members: [0, 1, 2, 3],
        edges: [edge(0, 1, 0.5), edge(0, 2, 0.4), edge(0, 3, 0.3)],
        capacityOf: (m) => (m === 0 ? 2 : 1),
        isLearner: (m) => m !== 0,
      },
      maxWeightMatching,
    );
    expect(result.pairs).toEqual([
      [0, 1],
      [0, 2],
    ]);
    expect(result.unmatched).toEqual([{ index: 3, reason: "outnumbered" }]);
  });

  it("finds the best pairing (cardinality, then score) like an exhaustive search", () => {
    const graph = fc.integer({ min: 2, max: 9 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        edges: fc.uniqueArray(
          fc.tuple(
            fc.integer({ min: 0, max: n - 1 }),
            fc.integer({ min: 0, max: n - 1 }),
            fc.integer({ min: 0, max: 100 }),
          ),
          { selector: ([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`, maxLength: 16 },
        ),
      }),
    );
    fc.assert(
      fc.property(graph, ({ n, edges }) => {
        const list = edges
          .filter(([a, b]) => a !== b)
          .map(([a, b, w]) => edge(Math.min(a, b), Math.max(a, b), w / 100));
        const members = Array.from({ length: n }, (_, i) => i);
        const result = matchPairs({ members, edges: list }, maxWeightMatching);
        const best = bruteForceBest(n, list);
        const scoreOf = new Map(list.map((e) => [`${e.a}-${e.b}`, e.score]));
        const weight = result.pairs.reduce((s, [a, b]) => s + scoreOf.get(`${a}-${b}`)!, 0);
        expect(result.pairs.length).toBe(best.size);
        expect(weight).toBeCloseTo(best.weight, 6);
        expect(result.pairs.length * 2 + result.unmatched.length).toBe(n);
      }),
      { numRuns: 200 },
    );
  });
});
