import { describe, expect, it } from "vitest";
import { createSeededRandom, shuffleWith } from "./seeded-random";

describe("createSeededRandom", () => {
  it("repeats for the same seed and differs for another", () => {
    const a = createSeededRandom(7);
    const b = createSeededRandom(7);
    const c = createSeededRandom(8);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect([c(), c(), c()]).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe("shuffleWith", () => {
  it("permutes without losing items and leaves the input alone", () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = shuffleWith(items, createSeededRandom(1));
    expect([...shuffled].sort((x, y) => x - y)).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(shuffled).toEqual(shuffleWith(items, createSeededRandom(1)));
  });
});
