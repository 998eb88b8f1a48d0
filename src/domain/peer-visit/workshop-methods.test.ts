import { describe, expect, it } from "vitest";
import {
  buildRunSheet,
  findWorkshopMethod,
  listWorkshopMethods,
  sumWorkshopMinutes,
  workshopMethodIds,
} from "./workshop-methods";

describe("workshop methods", () => {
  it("offers the three methods the ICLD toolbox names, in order", () => {
    expect(listWorkshopMethods().map((method) => method.id)).toEqual([...workshopMethodIds]);
  });

  it("gives each method sane steps, sizes and roles", () => {
    for (const method of listWorkshopMethods()) {
      expect(method.steps.length).toBeGreaterThanOrEqual(4);
      for (const step of method.steps) {
        expect(step.durationMinutes).toBeGreaterThan(0);
        expect(step.key).toMatch(new RegExp(`^workshop\\.${method.id}\\.step\\.[a-z_]+$`));
        expect(method.roles).toContain(step.ledBy);
      }
      expect(method.groupSize.min).toBeLessThanOrEqual(method.groupSize.max);
      expect(method.groupSize.max).toBeLessThanOrEqual(method.participants.max);
      expect(method.participants.min).toBeGreaterThanOrEqual(method.groupSize.min);
      expect(method.source.guideKey).toBe("icld_toolbox");
      const minutes = sumWorkshopMinutes(method);
      expect(minutes).toBeGreaterThanOrEqual(45);
      expect(minutes).toBeLessThanOrEqual(120);
    }
  });

  it("times the reflecting team back to back", () => {
    const method = findWorkshopMethod("reflecting_team");
    if (!method) throw new Error("missing");
    expect(sumWorkshopMinutes(method)).toBe(60);
    const sheet = buildRunSheet(method);
    expect(sheet.map((step) => [step.startsAtMinute, step.endsAtMinute])).toEqual([
      [0, 5],
      [5, 15],
      [15, 30],
      [30, 45],
      [45, 55],
      [55, 60],
    ]);
  });

  it("returns null for an unknown id", () => {
    expect(findWorkshopMethod("fishbowl")).toBeNull();
  });
});
