import type { PartnerSide } from "../../../domain/peer-visit/peer-assessment";
import { findOtherSide } from "../../../domain/peer-visit/peer-assessment";
import type { ParticipantRole } from "../../../shared/contracts/activity-items";

/** Who is looking at a structured peer assessment: facilitator or not, and their part in it. */
export type AssessmentViewer = {
  isFacilitator: boolean;
  participantRole: ParticipantRole | null;
};

/** The side a participant speaks for: hosts are `partner_a`, visiting peers `partner_b`. */
export function findSideOf(role: ParticipantRole | string | null): PartnerSide | null {
  if (role === "host") return "partner_a";
  if (role === "visiting_peer") return "partner_b";
  return null;
}

function isRunner(viewer: AssessmentViewer): boolean {
  return viewer.isFacilitator || viewer.participantRole === "moderator";
}

/**
 * Answers about a plan are feedback: a draft is read by the side writing it, the moderators and
 * the facilitators; once submitted, the side whose plan it assesses reads it too. Experts and
 * anyone else see only that answers exist.
 */
export function canReadAnswers(
  viewer: AssessmentViewer,
  direction: { assessor: PartnerSide; submittedOn: string | null },
): boolean {
  if (isRunner(viewer)) return true;
  const side = findSideOf(viewer.participantRole);
  if (side === direction.assessor) return true;
  return side === findOtherSide(direction.assessor) && direction.submittedOn !== null;
}

/** A side writes its own plan; facilitators may write either on a side's behalf. */
export function canEditPlan(viewer: AssessmentViewer, side: PartnerSide): boolean {
  return viewer.isFacilitator || findSideOf(viewer.participantRole) === side;
}

/** The date a plan was presented: its side, the moderators, the facilitators. */
export function canRecordPresentation(viewer: AssessmentViewer, side: PartnerSide): boolean {
  return isRunner(viewer) || findSideOf(viewer.participantRole) === side;
}

/** Turning the optional reverse direction on or off: facilitators, hosts, moderators. */
export function canManageAssessment(viewer: AssessmentViewer): boolean {
  return isRunner(viewer) || viewer.participantRole === "host";
}

/** Only members of the assessor side answer for it. */
export function canAnswerFor(viewer: AssessmentViewer, assessor: PartnerSide): boolean {
  return findSideOf(viewer.participantRole) === assessor;
}
