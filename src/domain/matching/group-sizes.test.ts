import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planGroupSizes } from "./group-sizes";

describe("planGroupSizes", () => {
  it("makes equal groups when the count divides", () => {
    expect(planGroupSizes(12, 4)).toEqual({ sizes: [4, 4, 4], remainder: 0 });
  });

  it("grows groups when few are left over", () => {
    expect(planGroupSizes(13, 4)).toEqual({ sizes: [5, 4, 4], remainder: 0 });
    expect(planGroupSizes(10, 4)).toEqual({ sizes: [5, 5], remainder: 0 });
  });

  it("shrinks groups when many are left over", () => {
    expect(planGroupSizes(11, 4)).toEqual({ sizes: [4, 4, 3], remainder: 0 });
  });

  it("never goes below 3 or above 6", () => {
    expect(planGroupSizes(8, 3)).toEqual({ sizes: [4, 4], remainder: 0 });
    expect(planGroupSizes(10, 6)).toEqual({ sizes: [5, 5], remainder: 0 });
    expect(planGroupSizes(7, 6)).toEqual({ sizes: [6], remainder: 1 });
  });

  it("leaves a remainder when the pool is too small", () => {
    expect(planGroupSizes(2, 4)).toEqual({ sizes: [], remainder: 2 });
    expect(planGroupSizes(3, 4)).toEqual({ sizes: [3], remainder: 0 });
  });

  it("places everyone but the remainder, in sizes within 3..6 and k +/- 1", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 3, max: 6 }), (n, k) => {
        const plan = planGroupSizes(n, k);
        const placed = plan.sizes.reduce((s, x) => s + x, 0);
        expect(placed + plan.remainder).toBe(n);
        for (const s of plan.sizes) {
          expect(s).toBeGreaterThanOrEqual(Math.max(3, k - 1));
          expect(s).toBeLessThanOrEqual(Math.min(6, k + 1));
        }
        expect(plan.remainder).toBeLessThan(k);
      }),
    );
  });
});
