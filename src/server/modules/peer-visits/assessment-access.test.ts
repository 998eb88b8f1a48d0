import { describe, expect, it } from "vitest";
import type { ParticipantRole } from "../../../shared/contracts/activity-items";
import {
  type AssessmentViewer,
  canAnswerFor,
  canEditPlan,
  canManageAssessment,
  canReadAnswers,
  canRecordPresentation,
} from "./assessment-access";

const parts: (ParticipantRole | null)[] = ["host", "visiting_peer", "moderator", "expert", null];
const viewer = (
  participantRole: ParticipantRole | null,
  isFacilitator = false,
): AssessmentViewer => ({
  isFacilitator,
  participantRole,
});

describe("structured peer assessment access", () => {
  it("shows a draft by the visiting side to that side, moderators and facilitators only", () => {
    const draft = { assessor: "partner_b" as const, submittedOn: null };
    const readers = parts.filter((p) => canReadAnswers(viewer(p), draft));
    expect(readers).toEqual(["visiting_peer", "moderator"]);
    expect(canReadAnswers(viewer(null, true), draft)).toBe(true);
  });

  it("opens submitted answers to the assessed side as well, never to experts or bystanders", () => {
    const submitted = { assessor: "partner_b" as const, submittedOn: "2027-01-10" };
    expect(parts.filter((p) => canReadAnswers(viewer(p), submitted))).toEqual([
      "host",
      "visiting_peer",
      "moderator",
    ]);
    const reverse = { assessor: "partner_a" as const, submittedOn: null };
    expect(parts.filter((p) => canReadAnswers(viewer(p), reverse))).toEqual(["host", "moderator"]);
  });

  it("lets each side write its own plan and answer only for itself", () => {
    expect(parts.filter((p) => canEditPlan(viewer(p), "partner_a"))).toEqual(["host"]);
    expect(parts.filter((p) => canEditPlan(viewer(p), "partner_b"))).toEqual(["visiting_peer"]);
    expect(canEditPlan(viewer(null, true), "partner_b")).toBe(true);
    expect(parts.filter((p) => canAnswerFor(viewer(p), "partner_b"))).toEqual(["visiting_peer"]);
    expect(canAnswerFor(viewer(null, true), "partner_b")).toBe(false);
  });

  it("lets the runners record presentations and manage the reverse direction", () => {
    expect(parts.filter((p) => canRecordPresentation(viewer(p), "partner_a"))).toEqual([
      "host",
      "moderator",
    ]);
    expect(parts.filter((p) => canManageAssessment(viewer(p)))).toEqual(["host", "moderator"]);
    expect(canManageAssessment(viewer(null, true))).toBe(true);
  });
});
