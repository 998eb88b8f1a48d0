import { describe, expect, it } from "vitest";
import {
  type CertifiedMatching,
  maxWeightMatching,
  maxWeightMatchingWithDuals,
} from "./max-weight-matching";
import { checkCertificate, inspectMatching } from "./max-weight-matching-certificate";

type Edge = [number, number, number];

/** mulberry32, local so this test depends on nothing else. */
function seeded(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomGraph(n: number, degree: number, seed: number, weight: () => number): Edge[] {
  const random = seeded(seed);
  const edges: Edge[] = [];
  for (let u = 0; u < n; u++) {
    for (let i = 0; i < degree / 2; i++) edges.push([u, Math.floor(random() * n), weight()]);
  }
  return edges;
}

/** Asserts that the certificate proves `result` optimal; returns the matching's weight. */
function expectCertified(edges: readonly Edge[], result: CertifiedMatching, tolerance: number) {
  expect(checkCertificate(edges, result, tolerance)).toEqual([]);
  return inspectMatching(edges, result.mate).weight;
}

/** Weight of the greedy matching (heaviest edge first), a lower bound for the optimum. */
function greedyWeight(edges: readonly Edge[]): number {
  const taken = new Set<number>();
  let total = 0;
  for (const [u, v, w] of [...edges].sort((a, b) => b[2] - a[2])) {
    if (u === v || w <= 0 || taken.has(u) || taken.has(v)) continue;
    taken.add(u).add(v);
    total += w;
  }
  return total;
}

describe("maxWeightMatching: larger graphs, checked by dual certificates", () => {
  it("is optimal on a random sparse graph (n = 2000, degree ~20, integer weights)", () => {
    const random = seeded(99);
    const edges = randomGraph(2000, 20, 7, () => 1 + Math.floor(random() * 1000));
    const result = maxWeightMatchingWithDuals(edges);
    expect(result.mate).toEqual(maxWeightMatching(edges));
    const weight = expectCertified(edges, result, 0);
    expect(weight).toBeGreaterThanOrEqual(greedyWeight(edges));
    expect(result.blossoms.length).toBeGreaterThan(0);
  });

  it("is optimal with real weights, and with many ties", () => {
    const random = seeded(5);
    const real = randomGraph(600, 8, 11, () => random() * 10 - 1);
    expectCertified(real, maxWeightMatchingWithDuals(real), 1e-9);
    const ties = randomGraph(600, 6, 12, () => 1 + Math.floor(random() * 3));
    expectCertified(ties, maxWeightMatchingWithDuals(ties), 0);
  });

  it("is optimal on a long odd cycle and on blossoms nested hundreds deep", () => {
    const cycle: Edge[] = Array.from({ length: 4001 }, (_, i) => [i, (i + 1) % 4001, 5]);
    expect(expectCertified(cycle, maxWeightMatchingWithDuals(cycle), 0)).toBe(2000 * 5);
    // A chain of triangles sharing corners (nests ~700 deep), and triangles 0-a-b-(1|2) fanned
    // around a central triangle (each new odd cycle swallows the previous blossom: 1000 deep).
    const chain: Edge[] = [];
    for (let i = 0; i + 2 < 3001; i += 2)
      chain.push([i, i + 1, 4], [i + 1, i + 2, 4], [i, i + 2, 3]);
    expectCertified(chain, maxWeightMatchingWithDuals(chain), 0);
    const fan: Edge[] = [
      [0, 1, 10],
      [1, 2, 10],
      [0, 2, 10],
    ];
    for (let k = 0; k < 1000; k++)
      fan.push([0, 3 + 2 * k, 10], [3 + 2 * k, 4 + 2 * k, 10], [4 + 2 * k, 1 + (k % 2), 10]);
    const fanResult = maxWeightMatchingWithDuals(fan);
    expect(expectCertified(fan, fanResult, 0)).toBe(1001 * 10);
  });

  it("with maxCardinality, matches the optimum of the shifted problem w + C", () => {
    // Adding C > total |weight| to every edge makes any max-weight matching maximum-cardinality,
    // and among those the heaviest in the original weights.
    const random = seeded(3);
    const edges = randomGraph(800, 6, 21, () => Math.floor(random() * 41) - 10);
    const shift = 10 * edges.length + 1;
    const shifted = edges.map(([u, v, w]): Edge => [u, v, w + shift]);
    const reference = expectCertified(shifted, maxWeightMatchingWithDuals(shifted), 0);
    const { pairs, weight, problems } = inspectMatching(edges, maxWeightMatching(edges, true));
    expect(problems).toEqual([]);
    expect(weight + pairs * shift).toBe(reference);
  });
});

describe("checkCertificate", () => {
  const square: Edge[] = [
    [0, 1, 4],
    [1, 2, 3],
    [2, 3, 4],
    [3, 0, 3],
    [0, 0, 9],
  ];

  it("accepts an optimal matching with a valid certificate", () => {
    const result = maxWeightMatchingWithDuals(square);
    expect(result.mate).toEqual([1, 0, 3, 2]);
    expect(checkCertificate(square, result)).toEqual([]);
  });

  it("reports a matching that is not one, and a certificate that proves nothing", () => {
    const result = maxWeightMatchingWithDuals(square);
    expect(inspectMatching(square, [2, -1, 0, -1]).problems).toEqual([
      { code: "not_an_edge", u: 0, v: 2 },
    ]);
    expect(inspectMatching(square, [1, 2, 1, -1]).problems).toContainEqual({
      code: "not_symmetric",
      vertex: 0,
    });
    const lowered = {
      ...result,
      vertexDuals: result.vertexDuals.map((u, v) => (v === 1 ? u - 1 : u)),
    };
    expect(checkCertificate(square, lowered).map((p) => p.code)).toEqual(
      expect.arrayContaining(["negative_slack", "matched_not_tight", "duality_gap"]),
    );
    const worse = { ...result, mate: [3, 2, 1, 0] };
    expect(checkCertificate(square, worse).map((p) => p.code)).toContain("matched_not_tight");
  });
});
