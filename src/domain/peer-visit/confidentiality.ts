import type { PeerVisitPhase } from "./phase-gates";
import { hasAnyVisitRole, isInitiativeMember, type PeerVisitActor } from "./visit-actor";

/** How far the host has shared the visit report. Wider sharing is always an explicit act. */
export const reportSharingLevels = ["confidential", "initiative"] as const;
/** One of `reportSharingLevels`. */
export type ReportSharing = (typeof reportSharingLevels)[number];

/** The facts about a visit that the access rules need. */
export interface ConfidentialVisit {
  visitId: string;
  initiativeId: string;
  phase: PeerVisitPhase;
  /** `initiative`: the host shared the report with every member of the initiative. */
  reportSharing: ReportSharing;
}

/** The kinds of confidential record a visit produces, each written by one person. */
export const confidentialRecordKinds = ["feedback_item", "note", "evidence", "assessment"] as const;
/** One of `confidentialRecordKinds`. */
export type ConfidentialRecordKind = (typeof confidentialRecordKinds)[number];

/** One confidential record: who wrote it, and for which visit. */
export interface ConfidentialRecord {
  visitId: string;
  authorPersonId: string;
}

/** Who may see a record or report, as codes the web app turns into "visible to ..." text. */
export const audienceCodes = [
  "author",
  "hosts",
  "moderator",
  "facilitators",
  "initiative_members",
] as const;
/** One of `audienceCodes`. */
export type AudienceCode = (typeof audienceCodes)[number];

function scopeOf(visit: ConfidentialVisit) {
  return { visitId: visit.visitId, initiativeId: visit.initiativeId };
}

/**
 * Host(s) and moderator(s) of this very visit, and its facilitators: the initiative's facilitators
 * plus anyone given the facilitator role for this visit (the same people who may steer its phases).
 */
function isInConfidentialCircle(actor: PeerVisitActor, visit: ConfidentialVisit): boolean {
  return hasAnyVisitRole(actor, scopeOf(visit), ["host", "moderator", "facilitator"]);
}

function canReadRecord(
  actor: PeerVisitActor,
  record: ConfidentialRecord,
  visit: ConfidentialVisit,
): boolean {
  if (record.visitId !== visit.visitId) return false;
  return actor.personId === record.authorPersonId || isInConfidentialCircle(actor, visit);
}

/**
 * A feedback item is read by its author, the visit's host(s) and moderator(s) and the initiative's
 * facilitators; nobody else, whatever the report's sharing (sharing opens the report, not items).
 */
export function canReadFeedbackItem(
  actor: PeerVisitActor,
  item: ConfidentialRecord,
  visit: ConfidentialVisit,
): boolean {
  return canReadRecord(actor, item, visit);
}

/** A peer's raw note: same circle as feedback items; never opened by sharing the report. */
export function canReadNote(
  actor: PeerVisitActor,
  note: ConfidentialRecord,
  visit: ConfidentialVisit,
): boolean {
  return canReadRecord(actor, note, visit);
}

/** Evidence gathered during the visit: same circle as feedback items. */
export function canReadEvidence(
  actor: PeerVisitActor,
  evidence: ConfidentialRecord,
  visit: ConfidentialVisit,
): boolean {
  return canReadRecord(actor, evidence, visit);
}

/** An assessment written for the visit (e.g. a peer's check of the self-assessment): same circle. */
export function canReadAssessment(
  actor: PeerVisitActor,
  assessment: ConfidentialRecord,
  visit: ConfidentialVisit,
): boolean {
  return canReadRecord(actor, assessment, visit);
}

/**
 * The visit report (the host's write-up of the feedback): the confidential circle always; every
 * member of the initiative (authorisers and observers included) once the host has shared it.
 */
export function canReadReport(actor: PeerVisitActor, visit: ConfidentialVisit): boolean {
  if (isInConfidentialCircle(actor, visit)) return true;
  return visit.reportSharing === "initiative" && isInitiativeMember(actor, scopeOf(visit));
}

/** Only the host decides to share the report wider, or to take it back. */
export function canShareReport(actor: PeerVisitActor, visit: ConfidentialVisit): boolean {
  return hasAnyVisitRole(actor, scopeOf(visit), ["host"]);
}

/** A feedback item is edited by its author alone, and only while the visit is in feedback. */
export function canEditFeedbackItem(
  actor: PeerVisitActor,
  item: ConfidentialRecord,
  visit: ConfidentialVisit,
): boolean {
  return (
    item.visitId === visit.visitId &&
    actor.personId === item.authorPersonId &&
    visit.phase === "feedback"
  );
}

/** A note or evidence is edited by its author alone, from preparation until the visit closes. */
export function canEditNote(
  actor: PeerVisitActor,
  note: ConfidentialRecord,
  visit: ConfidentialVisit,
): boolean {
  return (
    note.visitId === visit.visitId &&
    actor.personId === note.authorPersonId &&
    visit.phase !== "closed"
  );
}

/** Who can see a record of `kind` (or the report, `report`) right now, for "visible to" text. */
export function describeAudience(
  kind: ConfidentialRecordKind | "report",
  visit: ConfidentialVisit,
): AudienceCode[] {
  if (kind === "report") {
    const circle: AudienceCode[] = ["hosts", "moderator", "facilitators"];
    return visit.reportSharing === "initiative" ? [...circle, "initiative_members"] : circle;
  }
  return ["author", "hosts", "moderator", "facilitators"];
}
