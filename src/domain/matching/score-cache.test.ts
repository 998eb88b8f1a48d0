import { describe, expect, it } from "vitest";
import { createScoreCache } from "./score-cache";

describe("createScoreCache", () => {
  it("computes each pair once, in either order", () => {
    let calls = 0;
    const cached = createScoreCache((i, j) => {
      calls++;
      return i * 100 + j;
    }, 10);
    expect(cached(3, 7)).toBe(307);
    expect(cached(7, 3)).toBe(307);
    expect(cached(3, 7)).toBe(307);
    expect(calls).toBe(1);
    expect(cached(0, 1)).toBe(1);
    expect(calls).toBe(2);
  });

  it("answers pairs beyond the cached index range without storing them", () => {
    let calls = 0;
    const cached = createScoreCache((i, j) => {
      calls++;
      return i - j;
    }, 10);
    const big = 2 ** 26;
    expect(cached(big + 1, 5)).toBe(5 - big - 1);
    expect(cached(5, big + 1)).toBe(5 - big - 1);
    expect(calls).toBe(2);
  });

  it("stays correct when full (stops storing, keeps answering)", () => {
    let calls = 0;
    const cached = createScoreCache((i, j) => {
      calls++;
      return i + j / 1000;
    }, 1);
    for (let i = 0; i < 2000; i++) expect(cached(i, i + 1)).toBe(i + (i + 1) / 1000);
    const before = calls;
    for (let i = 0; i < 2000; i++) expect(cached(i + 1, i)).toBe(i + (i + 1) / 1000);
    expect(calls - before).toBeGreaterThan(0);
    expect(calls - before).toBeLessThan(2000);
  });
});
