import { describe, expect, it } from "vitest";
import type { ImprovementAction } from "../../../shared/contracts/peer-visit-records";
import {
  actionValuesOf,
  createActionBodyOf,
  keepEdits,
  updateActionBodyOf,
  validateAction,
} from "./improvement-values";
import { peerVisitPagePath, reportUrlOf } from "./report-links";

const action: ImprovementAction = {
  id: "x1",
  title: "Weigh tonnage per route",
  basedOn: "Tonnage is not recorded by route",
  ownerName: "Grace Wanjiru",
  dueOn: "2027-06-30",
  status: "planned",
  progressNote: "",
  version: 2,
  createdAt: "2027-04-01T08:00:00.000Z",
  updatedAt: "2027-04-01T08:00:00.000Z",
};

describe("improvement action values", () => {
  it("starts a new action as planned with nothing filled in", () => {
    expect(actionValuesOf(null)).toEqual({
      title: "",
      basedOn: "",
      ownerName: "",
      dueOn: "",
      status: "planned",
      progressNote: "",
    });
  });

  it("creates with trimmed text and null for no due date", () => {
    const values = { ...actionValuesOf(null), title: " Map routes ", ownerName: "Grace " };
    expect(createActionBodyOf(values)).toEqual({
      title: "Map routes",
      basedOn: "",
      ownerName: "Grace",
      dueOn: null,
      status: "planned",
      progressNote: "",
    });
  });

  it("patches only what changed, always with the version seen", () => {
    const values = { ...actionValuesOf(action), status: "in_progress" as const, dueOn: "" };
    expect(updateActionBodyOf(values, action)).toEqual({
      status: "in_progress",
      dueOn: null,
      version: 2,
    });
    expect(updateActionBodyOf(actionValuesOf(action), action)).toEqual({ version: 2 });
  });

  it("requires a title and an owner", () => {
    expect(validateAction(actionValuesOf(null))).toEqual({
      title: "common:fieldError.required",
      ownerName: "common:fieldError.required",
    });
    expect(validateAction(actionValuesOf(action))).toEqual({});
  });
});

describe("report links", () => {
  it("asks for the report in the reader's language", () => {
    expect(reportUrlOf("i1", "a1", "pdf", "sv")).toBe(
      "/api/initiatives/i1/activities/a1/peer-visit/report.pdf?lang=sv",
    );
    expect(reportUrlOf("i1", "a1", "html", "en")).toBe(
      "/api/initiatives/i1/activities/a1/peer-visit/report.html?lang=en",
    );
    expect(peerVisitPagePath("i1", "a1")).toBe("/initiatives/i1/activities/a1/peer-visit");
  });
});

describe("keepEdits", () => {
  it("keeps typed fields and takes the others from the newer version", () => {
    const base = actionValuesOf(null);
    const edited = { ...base, title: "Publish routes", progressNote: "Draft ready" };
    const fresh = {
      ...base,
      title: "Old title",
      ownerName: "Grace",
      status: "in_progress" as const,
    };
    expect(keepEdits(base, edited, fresh)).toEqual({
      ...fresh,
      title: "Publish routes",
      progressNote: "Draft ready",
    });
    expect(keepEdits(base, base, fresh)).toEqual(fresh);
  });
});
