import { describe, expect, it } from "vitest";
import {
  clockRunSheet,
  groupOutputsByKind,
  outputBody,
  stepNumberOf,
  type TimedStep,
  type WorkshopOutput,
} from "./workshop-rules";

const runSheet: TimedStep[] = [
  { key: "a", durationMinutes: 10, ledBy: "facilitator", startsAtMinute: 0, endsAtMinute: 10 },
  { key: "b", durationMinutes: 30, ledBy: "interview_pair", startsAtMinute: 10, endsAtMinute: 40 },
];

function output(id: string, kind: WorkshopOutput["kind"], createdAt: string): WorkshopOutput {
  return {
    id,
    kind,
    stepKey: null,
    text: id,
    authorPersonId: "p",
    authorName: "Amina",
    canEdit: true,
    version: 1,
    createdAt,
    updatedAt: createdAt,
  };
}

describe("clockRunSheet", () => {
  it("turns minutes into clock times from the start time", () => {
    const steps = clockRunSheet(runSheet, "09:30");
    expect(steps.map((s) => [s.from, s.to])).toEqual([
      ["09:30", "09:40"],
      ["09:40", "10:10"],
    ]);
  });

  it("wraps past midnight", () => {
    expect(clockRunSheet(runSheet, "23:50")[1]).toMatchObject({ from: "00:00", to: "00:30" });
  });

  it("gives no clock times without a start time", () => {
    expect(clockRunSheet(runSheet, null).every((s) => s.from === null && s.to === null)).toBe(true);
  });
});

describe("groupOutputsByKind", () => {
  it("orders kinds insight, idea, action, question, leaves out empty kinds, oldest first", () => {
    const groups = groupOutputsByKind([
      output("q", "question", "2026-03-01T10:00:00Z"),
      output("i2", "insight", "2026-03-01T11:00:00Z"),
      output("i1", "insight", "2026-03-01T09:00:00Z"),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(["insight", "question"]);
    expect(groups[0]?.outputs.map((o) => o.id)).toEqual(["i1", "i2"]);
  });
});

describe("outputBody", () => {
  it("trims the text and sends no step as null", () => {
    expect(outputBody({ kind: "idea", stepKey: "", text: " x " }, runSheet)).toEqual({
      kind: "idea",
      stepKey: null,
      text: "x",
    });
  });

  it("keeps a step of the method and drops one that is no longer part of it", () => {
    expect(outputBody({ kind: "idea", stepKey: "b", text: "x" }, runSheet).stepKey).toBe("b");
    expect(outputBody({ kind: "idea", stepKey: "gone", text: "x" }, runSheet).stepKey).toBeNull();
  });
});

describe("stepNumberOf", () => {
  it("numbers steps from 1 and gives null for no or unknown steps", () => {
    expect(stepNumberOf(runSheet, "b")).toBe(2);
    expect(stepNumberOf(runSheet, null)).toBeNull();
    expect(stepNumberOf(runSheet, "gone")).toBeNull();
  });
});
