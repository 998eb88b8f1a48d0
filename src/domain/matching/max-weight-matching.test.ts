import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxWeightMatching } from "./max-weight-matching";
import { inspectMatching } from "./max-weight-matching-certificate";

type Edge = [number, number, number];

/** Checks that `mate` is a matching of the input graph; returns its cardinality and weight. */
function measure(edges: readonly Edge[], mate: readonly number[]) {
  const { pairs, weight, problems } = inspectMatching(edges, mate);
  expect(problems).toEqual([]);
  return { pairs, weight };
}

/** Heaviest weight per unordered pair (self-loops dropped), as the matcher reads its input. */
function weightsOf(edges: readonly Edge[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const [u, v, w] of edges) {
    if (u === v) continue;
    const key = `${Math.min(u, v)},${Math.max(u, v)}`;
    weights.set(key, Math.max(weights.get(key) ?? Number.NEGATIVE_INFINITY, w));
  }
  return weights;
}

/**
 * Brute force over all matchings: the best [cardinality, weight] pair, comparing weight only,
 * or cardinality first when `maxCardinality`. Edges of weight <= 0 only count when
 * `maxCardinality` (as in the contract).
 */
function bruteForce(n: number, edges: readonly Edge[], maxCardinality: boolean) {
  const adjacency: [number, number][][] = Array.from({ length: n }, () => []);
  for (const [key, w] of weightsOf(edges)) {
    if (!maxCardinality && w <= 0) continue;
    const [u, v] = key.split(",").map(Number) as [number, number];
    adjacency[u]!.push([v, w]);
  }
  const used = new Array<boolean>(n).fill(false);
  let best = { pairs: 0, weight: 0 };
  const better = (pairs: number, weight: number) =>
    maxCardinality
      ? pairs > best.pairs || (pairs === best.pairs && weight > best.weight + 1e-9)
      : weight > best.weight + 1e-9;
  const visit = (from: number, pairs: number, weight: number): void => {
    let u = from;
    while (u < n && used[u]) u++;
    if (u >= n) {
      if (better(pairs, weight)) best = { pairs, weight };
      return;
    }
    used[u] = true;
    visit(u + 1, pairs, weight);
    for (const [v, w] of adjacency[u]!) {
      if (used[v]) continue;
      used[v] = true;
      visit(u + 1, pairs + 1, weight + w);
      used[v] = false;
    }
    used[u] = false;
  };
  visit(0, 0, 0);
  return best;
}

function vertexCount(edges: readonly Edge[]): number {
  return edges.reduce((n, [u, v]) => Math.max(n, u + 1, v + 1), 0);
}

/** The matcher agrees with brute force, and the optimum is unique: it returns `expected`. */
function expectOptimum(edges: Edge[], expected: number[], maxCardinality = false) {
  const mate = maxWeightMatching(edges, maxCardinality);
  expect(mate).toEqual(expected);
  const best = bruteForce(vertexCount(edges), edges, maxCardinality);
  expect(measure(edges, mate).weight).toBe(best.weight);
}

describe("maxWeightMatching: input handling", () => {
  it("returns [] for no edges and -1 for isolated vertices", () => {
    expect(maxWeightMatching([])).toEqual([]);
    expect(maxWeightMatching([[0, 3, 2]])).toEqual([3, -1, -1, 0]);
  });

  it("ignores self-loops and keeps the heaviest of parallel edges", () => {
    expect(maxWeightMatching([[1, 1, 50]])).toEqual([-1, -1]);
    const edges: Edge[] = [
      [0, 1, 1],
      [1, 2, 3],
      [2, 3, 1],
      [1, 0, 5],
      [3, 2, 4],
    ];
    expect(maxWeightMatching(edges)).toEqual([1, 0, 3, 2]);
  });

  it("never uses edges of weight <= 0 unless maximum cardinality is asked", () => {
    const edges: Edge[] = [
      [0, 1, 0],
      [1, 2, -2],
      [2, 3, 5],
    ];
    expect(maxWeightMatching(edges)).toEqual([-1, -1, 3, 2]);
    expect(maxWeightMatching(edges, true)).toEqual([1, 0, 3, 2]);
  });

  it("prefers more pairs over weight with maxCardinality", () => {
    const edges: Edge[] = [
      [0, 1, 2],
      [1, 2, 10],
      [2, 3, 2],
    ];
    expect(maxWeightMatching(edges)).toEqual([-1, 2, 1, -1]);
    expect(maxWeightMatching(edges, true)).toEqual([1, 0, 3, 2]);
  });

  it("rejects bad ids and weights", () => {
    expect(() => maxWeightMatching([[-1, 2, 1]])).toThrow(RangeError);
    expect(() => maxWeightMatching([[0.5, 2, 1]])).toThrow(RangeError);
    expect(() => maxWeightMatching([[0, 2, Number.NaN]])).toThrow(RangeError);
  });

  it("handles real weights", () => {
    const edges: Edge[] = [
      [0, 1, 0.1],
      [1, 2, 0.2 + 0.1],
      [2, 3, 0.2],
      [0, 3, 0.1 + 1e-12],
    ];
    expect(maxWeightMatching(edges)).toEqual([3, 2, 1, 0]);
  });
});

describe("maxWeightMatching: blossoms", () => {
  it("takes the heaviest edge of a triangle", () => {
    expectOptimum(
      [
        [0, 1, 5],
        [1, 2, 6],
        [0, 2, 7],
      ],
      [2, -1, 0],
    );
  });

  it("shrinks an odd cycle into an S-blossom and augments through it", () => {
    // Triangle 1-2-3 with tails: 3 is matched first, then the path 0-2 ... 3-1 runs around it.
    expectOptimum(
      [
        [0, 2, 8],
        [1, 2, 15],
        [2, 3, 19],
        [1, 3, 16],
      ],
      [2, 3, 0, 1],
    );
    // A pentagon 0-1-2-3-4 with a chord and a tail at 5.
    expectOptimum(
      [
        [0, 1, 9],
        [1, 2, 10],
        [2, 3, 9],
        [3, 4, 10],
        [4, 0, 9],
        [1, 3, 6],
        [4, 5, 6],
      ],
      [1, 0, 3, 2, 5, 4],
    );
  });

  it("nests an S-blossom inside another and augments through both", () => {
    expectOptimum(
      [
        [6, 8, 18],
        [5, 6, 15],
        [3, 5, 13],
        [4, 8, 16],
        [3, 8, 6],
        [2, 6, 3],
        [1, 4, 2],
        [1, 7, 10],
        [6, 7, 8],
        [0, 7, 9],
        [2, 7, 12],
        [4, 6, 18],
      ],
      [-1, 4, 7, 5, 1, 3, 8, 2, 6],
    );
  });

  it("expands a T-blossom entered at its base", () => {
    expectOptimum(
      [
        [1, 5, 11],
        [0, 2, 3],
        [1, 2, 13],
        [2, 3, 9],
        [1, 3, 15],
        [1, 4, 13],
      ],
      [-1, 4, 3, 2, 1, -1],
    );
  });

  it("expands a T-blossom entered away from its base (odd and even position)", () => {
    expectOptimum(
      [
        [2, 5, 2],
        [0, 3, 10],
        [1, 2, 4],
        [2, 4, 14],
        [0, 1, 5],
        [4, 5, 15],
        [0, 4, 14],
        [3, 4, 7],
        [0, 5, 14],
      ],
      [3, 2, 1, 0, 5, 4],
    );
    expectOptimum(
      [
        [0, 3, 11],
        [1, 2, 20],
        [0, 4, 17],
        [0, 1, 3],
        [2, 4, 19],
        [1, 4, 19],
        [1, 5, 19],
      ],
      [3, 5, 4, 0, 2, 1],
    );
  });

  it("absorbs a T-blossom bigger than the other sub-blossoms into a new S-blossom", () => {
    expectOptimum(
      [
        [2, 3, 20],
        [1, 3, 12],
        [1, 4, 15],
        [2, 6, 13],
        [5, 7, 9],
        [4, 8, 20],
        [2, 4, 17],
        [5, 8, 17],
        [7, 8, 14],
        [3, 7, 6],
        [1, 8, 17],
        [2, 8, 19],
        [3, 5, 3],
      ],
      [-1, 3, 6, 1, 8, 7, 2, 5, 4],
    );
  });

  it("expands a T-blossom that holds a nested blossom", () => {
    expectOptimum(
      [
        [0, 8, 5],
        [4, 6, 11],
        [2, 3, 13],
        [5, 6, 20],
        [2, 6, 12],
        [3, 7, 5],
        [2, 5, 19],
        [6, 8, 16],
        [5, 9, 16],
        [2, 9, 15],
        [1, 2, 9],
        [3, 5, 5],
        [2, 7, 1],
        [5, 8, 17],
      ],
      [-1, -1, 9, 7, 6, 8, 4, 3, 5, 2],
    );
  });
});

const smallGraph = (weight: fc.Arbitrary<number>) =>
  fc.array(fc.tuple(fc.nat(9), fc.nat(9), weight), { maxLength: 30 });
const integerWeight = fc.integer({ min: -5, max: 20 });
const realWeight = fc.oneof(
  fc.double({ min: -5, max: 20, noNaN: true, noDefaultInfinity: true }),
  fc.constant(0),
);

describe("maxWeightMatching: against brute force on small graphs", () => {
  for (const [name, weight] of [
    ["integer", integerWeight],
    ["real", realWeight],
  ] as const) {
    for (const maxCardinality of [false, true]) {
      it(`${name} weights, maxCardinality=${maxCardinality}`, () => {
        fc.assert(
          fc.property(smallGraph(weight), (edges) => {
            const mate = maxWeightMatching(edges, maxCardinality);
            expect(mate.length).toBe(vertexCount(edges));
            const got = measure(edges, mate);
            const best = bruteForce(mate.length, edges, maxCardinality);
            if (maxCardinality) expect(got.pairs).toBe(best.pairs);
            expect(got.weight).toBeCloseTo(best.weight, 6);
          }),
          { numRuns: 400 },
        );
      });
    }
  }
});
