import { describe, expect, it } from "vitest";
import { assessScoping, scopingQuestions } from "./scoping";

describe("assessScoping", () => {
  it("counts nothing answered as 0 %", () => {
    const r = assessScoping({});
    expect(r).toEqual({ answered: 0, total: 9, percent: 0, missing: [...scopingQuestions] });
  });

  it("ignores whitespace-only answers and keeps the form order of what is missing", () => {
    const r = assessScoping({ goals: "Less landfill", means: "   ", resources: "Two staff" });
    expect(r.answered).toBe(2);
    expect(r.percent).toBe(22);
    expect(r.missing[0]).toBe("means");
    expect(r.missing).not.toContain("resources");
  });

  it("reaches 100 % only when every question has an answer", () => {
    const all = Object.fromEntries(scopingQuestions.map((q) => [q, "x"]));
    expect(assessScoping(all).percent).toBe(100);
    const allButOne = { ...all, resources: "" };
    expect(assessScoping(allButOne).percent).toBe(88);
  });
});
