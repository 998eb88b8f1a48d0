import { describe, expect, it } from "vitest";
import {
  countRated,
  editablePartsOf,
  mergePreparationEdits,
  preparationBodyOf,
  preparationFieldId,
  preparationValuesOf,
  validatePreparation,
} from "./preparation-values";
import { buildVisit } from "./preparation-visit-fixture";

describe("preparation form values", () => {
  it("holds one entry per criterion in the contract's order, unrated ones empty", () => {
    const values = preparationValuesOf(buildVisit());
    expect(values.readiness.map((r) => r.criterion)).toEqual([
      "leadership_commitment",
      "staff_capacity",
      "resources",
      "evidence_and_data",
      "stakeholder_involvement",
      "openness_to_change",
    ]);
    expect(values.readiness[0]).toEqual({
      criterion: "leadership_commitment",
      rating: "4",
      comment: "Chairs the task force",
    });
    expect(values.readiness[1]?.rating).toBe("");
    expect(countRated(values.readiness)).toEqual({ rated: 2, total: 6 });
    expect(values.timeline[0]).toMatchObject({
      label: "Send self-assessment",
      dueOn: "2027-01-15",
    });
    expect(
      new Set([...values.timeline, ...values.responsibilities].map((r) => r.rowKey)).size,
    ).toBe(2);
  });

  it("sends everything in preparation, trimmed, with nulls for empty dates and ratings", () => {
    const values = preparationValuesOf(buildVisit());
    values.areaToImprove = "  Routes in Kibuye  ";
    values.timeline.push({ rowKey: "x", label: " Book venue ", dueOn: "" });
    const body = preparationBodyOf(values, editablePartsOf("preparation"), 3);
    expect(body.version).toBe(3);
    expect(body.areaToImprove).toBe("Routes in Kibuye");
    expect(body.readiness).toHaveLength(6);
    expect(body.readiness?.[1]).toEqual({ criterion: "staff_capacity", rating: null, comment: "" });
    expect(body.timeline).toEqual([
      { label: "Send self-assessment", dueOn: "2027-01-15" },
      { label: "Book venue", dueOn: null },
    ]);
    expect(body.responsibilities).toEqual([{ personId: "p1", task: "Books the venue" }]);
  });

  it("leaves the area and readiness out during the visit, when the server no longer takes them", () => {
    const body = preparationBodyOf(preparationValuesOf(buildVisit()), editablePartsOf("visit"), 5);
    expect(body).not.toHaveProperty("areaToImprove");
    expect(body).not.toHaveProperty("readiness");
    expect(body.timeline).toHaveLength(1);
  });

  it("flags empty milestone labels, people and tasks by their API paths", () => {
    const values = preparationValuesOf(buildVisit());
    values.timeline.push({ rowKey: "a", label: "  ", dueOn: "2027-01-01" });
    values.responsibilities.push({ rowKey: "b", personId: "", task: "" });
    expect(validatePreparation(values)).toEqual({
      "timeline.1.label": "common:fieldError.required",
      "responsibilities.1.personId": "common:fieldError.required",
      "responsibilities.1.task": "common:fieldError.required",
    });
    expect(validatePreparation(preparationValuesOf(buildVisit()))).toEqual({});
  });

  it("turns API paths into control ids", () => {
    expect(preparationFieldId("areaToImprove")).toBe("prep-areaToImprove");
    expect(preparationFieldId("timeline.2.label")).toBe("prep-timeline-2-label");
  });
});

describe("mergePreparationEdits", () => {
  it("keeps the editor's changes on top of someone else's newer version", () => {
    const base = preparationValuesOf(buildVisit());
    const edited = {
      ...base,
      areaToImprove: "Waste collection at night",
      readiness: base.readiness.map((r) =>
        r.criterion === "resources" ? { ...r, rating: "3", comment: "Budget found" } : r,
      ),
    };
    const fresh = preparationValuesOf(
      buildVisit({
        version: 4,
        areaToImprove: "Collection routes (updated)",
        readiness: [
          { criterion: "leadership_commitment", rating: 1, comment: "New chair" },
          { criterion: "resources", rating: 2, comment: "" },
        ],
        timeline: [{ label: "Book the venue", dueOn: "2027-02-01" }],
      }),
    );
    const merged = mergePreparationEdits(base, edited, fresh);
    expect(merged.areaToImprove).toBe("Waste collection at night");
    const byCriterion = Object.fromEntries(merged.readiness.map((r) => [r.criterion, r]));
    expect(byCriterion.resources).toMatchObject({ rating: "3", comment: "Budget found" });
    expect(byCriterion.leadership_commitment).toMatchObject({ rating: "1", comment: "New chair" });
    expect(merged.timeline.map((m) => m.label)).toEqual(["Book the venue"]);
  });

  it("takes the latest version wholesale when nothing was typed", () => {
    const base = preparationValuesOf(buildVisit());
    const fresh = preparationValuesOf(
      buildVisit({ areaToImprove: "Routes", responsibilities: [] }),
    );
    expect(mergePreparationEdits(base, base, fresh)).toEqual(fresh);
  });
});
