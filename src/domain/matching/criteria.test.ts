import { describe, expect, it } from "vitest";
import {
  defaultWeights,
  learnerChampionWeights,
  resolveWeights,
  scoreYearsCloseness,
} from "./criteria";

describe("resolveWeights", () => {
  it("fills missing weights from the base and zeroes invalid ones", () => {
    const w = resolveWeights(
      { sameField: 0.5, yearsOfService: -1, samePosition: Number.NaN },
      defaultWeights,
    );
    expect(w.sameField).toBe(0.5);
    expect(w.yearsOfService).toBe(0);
    expect(w.samePosition).toBe(0);
    expect(w.sharedChallenges).toBe(defaultWeights.sharedChallenges);
  });

  it("keeps the guide's order of importance in the defaults", () => {
    const d = defaultWeights;
    expect(d.sharedChallenges).toBeGreaterThan(d.samePosition);
    expect(d.samePosition).toBeGreaterThan(d.sameInitiative);
    expect(d.sameInitiative).toBeGreaterThan(d.sameField);
    expect(d.sameField).toBeGreaterThan(d.yearsOfService);
    expect(learnerChampionWeights.complementarity).toBeGreaterThan(d.complementarity);
  });
});

describe("scoreYearsCloseness", () => {
  it("is 1 for equal years, falls linearly, and is 0 when unknown", () => {
    expect(scoreYearsCloseness(5, 5, 20)).toBe(1);
    expect(scoreYearsCloseness(5, 15, 20)).toBeCloseTo(0.5);
    expect(scoreYearsCloseness(0, 40, 20)).toBe(0);
    expect(scoreYearsCloseness(null, 4, 20)).toBe(0);
  });
});
