import { describe, expect, it } from "vitest";
import {
  countDocumentFrequencies,
  countSharedIds,
  dotSparse,
  emptyVector,
  internTerms,
  jaccardFromCounts,
  toIdSet,
  vectoriseTfIdf,
} from "./term-vectors";

describe("internTerms", () => {
  it("numbers new terms in order of first appearance and reuses ids", () => {
    const dictionary = new Map<string, number>();
    expect(internTerms(["b", "a", "b"], dictionary)).toEqual([0, 1, 0]);
    expect(internTerms(["a", "c"], dictionary)).toEqual([1, 2]);
  });
});

describe("vectoriseTfIdf", () => {
  const docs = [[0, 1, 1], [0, 2], [3]];
  const vectors = vectoriseTfIdf(docs, countDocumentFrequencies(docs), docs.length);

  it("gives unit-length vectors with ascending ids", () => {
    for (const v of vectors) {
      const norm = Math.sqrt(v.weights.reduce((s, w) => s + w * w, 0));
      expect(norm).toBeCloseTo(1, 12);
      expect([...v.ids]).toEqual([...v.ids].sort((a, b) => a - b));
    }
  });

  it("weighs a rarer term above a common one", () => {
    const first = vectors[0]!;
    const weightOf = (id: number) => first.weights[[...first.ids].indexOf(id)]!;
    expect(weightOf(1)).toBeGreaterThan(weightOf(0));
  });

  it("makes the cosine 1 with itself and 0 without shared terms", () => {
    expect(dotSparse(vectors[0]!, vectors[0]!)).toBeCloseTo(1, 12);
    expect(dotSparse(vectors[0]!, vectors[2]!)).toBe(0);
    expect(dotSparse(vectors[0]!, vectors[1]!)).toBeGreaterThan(0);
  });

  it("maps an empty document to the empty vector", () => {
    expect(vectoriseTfIdf([[]], new Map(), 1)[0]).toBe(emptyVector);
  });
});

describe("set overlap", () => {
  it("counts shared ids and computes Jaccard", () => {
    const a = toIdSet([3, 1, 2, 2]);
    const b = toIdSet([2, 3, 4]);
    expect([...a.ids]).toEqual([1, 2, 3]);
    expect(countSharedIds(a, b)).toBe(2);
    expect(jaccardFromCounts(2, 3, 3)).toBeCloseTo(0.5);
    expect(jaccardFromCounts(0, 0, 0)).toBe(0);
  });
});
