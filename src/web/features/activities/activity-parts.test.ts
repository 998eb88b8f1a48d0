import { describe, expect, it } from "vitest";
import { partFromPath, visibleParts } from "./activity-parts";

const id = "0190a1b2-0000-7000-8000-000000000001";

describe("activity parts", () => {
  it("reads the part from the address", () => {
    expect(partFromPath(`/initiatives/x/activities/${id}`, id)).toBe("");
    expect(partFromPath(`/initiatives/x/activities/${id}/checklist`, id)).toBe("checklist");
    expect(partFromPath(`/initiatives/x/activities/${id}/objectives?x=1`, id)).toBe("objectives");
    expect(partFromPath(`/initiatives/x/activities/${id}/unknown`, id)).toBe("");
  });

  it("shows reflection only to participants and reviewers", () => {
    const none = { canPlan: false, canManage: false, canReviewReflection: false };
    const reviewer = { ...none, canReviewReflection: true };
    const participant = { id, role: "visiting_peer" as const, rsvpStatus: "invited" as const };
    expect(visibleParts({ myParticipant: null, permissions: none })).not.toContain("reflection");
    expect(visibleParts({ myParticipant: null, permissions: reviewer })).toContain("reflection");
    expect(visibleParts({ myParticipant: participant, permissions: none })).toContain("reflection");
    expect(visibleParts({ myParticipant: null, permissions: none })).toHaveLength(6);
  });
});
