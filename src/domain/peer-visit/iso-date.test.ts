import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countDaysBetween, toEpochDay } from "./iso-date";

describe("iso dates", () => {
  it.each([
    ["1970-01-01", 0],
    ["2024-02-29", 19_782],
    ["2026-03-02", 20_514],
  ])("%s is day %i", (date, day) => {
    expect(toEpochDay(date)).toBe(day);
  });

  it.each([
    "2026-02-29",
    "2026-02-30",
    "2026-13-01",
    "2026-00-10",
    "2026-1-5",
    "",
    "0050-01-01",
    "2026-03-02T00:00",
  ])("rejects %j", (date) => {
    expect(toEpochDay(date)).toBeNull();
  });

  it("counts days across month and leap-year ends", () => {
    expect(countDaysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(countDaysBetween("2026-03-01", "2026-02-28")).toBe(-1);
    expect(countDaysBetween("2026-03-01", "nope")).toBeNull();
  });

  it("round-trips every day between 1971 and 2100", () => {
    fc.assert(
      fc.property(fc.integer({ min: 365, max: 47_481 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(toEpochDay(iso)).toBe(day);
      }),
      { numRuns: 500, seed: 5 },
    );
  });
});
