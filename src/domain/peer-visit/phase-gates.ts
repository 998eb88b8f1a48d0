import { countDaysBetween, toEpochDay } from "./iso-date";

/** The four phases of a peer visit (ICLD toolbox, method 3), then `closed`. In order. */
export const peerVisitPhases = ["preparation", "visit", "feedback", "follow_up", "closed"] as const;
/** One of `peerVisitPhases`. */
export type PeerVisitPhase = (typeof peerVisitPhases)[number];

/** Where an improvement action planned in follow-up stands. */
export const improvementActionStatuses = ["planned", "in_progress", "done", "dropped"] as const;
/** One of `improvementActionStatuses`. */
export type ImprovementActionStatus = (typeof improvementActionStatuses)[number];

/**
 * The facts about one visit that the phase gates look at. The caller loads them; the domain only
 * judges them. Dates are `YYYY-MM-DD`.
 */
export interface PeerVisitFacts {
  /** The area of the host's practice the host asks feedback on; blank counts as not named. */
  areaToImprove: string | null;
  /** The host's organisational readiness self-assessment is filled in. */
  isReadinessAssessmentCompleted: boolean;
  /** People recorded as moderator of this visit. */
  moderatorPersonIds: readonly string[];
  /** People recorded as visiting peers of this visit. */
  visitingPeerPersonIds: readonly string[];
  /** First day of the visit; null while not decided. */
  visitStartsOn: string | null;
  /** What peers and host agreed in the moderated feedback session; null until recorded. */
  commonUnderstanding: {
    agreedStrengths: readonly string[];
    agreedWeaknesses: readonly string[];
  } | null;
  /** The improvement actions the host planned from the feedback. */
  improvementActions: readonly { id: string; status: ImprovementActionStatus | null }[];
}

/** What a transition is judged against: the visit's facts and today's date (passed in). */
export interface TransitionContext {
  /** Today, `YYYY-MM-DD`, from the caller's clock. */
  today: string;
  facts: PeerVisitFacts;
}

/** Every reason a gate can refuse to let a visit move forward. */
export const gateFailureCodes = [
  "area_to_improve_missing",
  "readiness_assessment_incomplete",
  "moderator_missing",
  "visiting_peer_missing",
  "visit_start_date_missing",
  "visit_start_date_invalid",
  "today_invalid",
  "visit_not_started",
  "common_understanding_missing",
  "strengths_not_agreed",
  "weaknesses_not_agreed",
  "improvement_action_without_status",
] as const;
/** One of `gateFailureCodes`. */
export type GateFailureCode = (typeof gateFailureCodes)[number];

/** One unmet gate, with what the message needs (e.g. how many actions lack a status). */
export interface GateFailure {
  code: GateFailureCode;
  params: Record<string, string | number>;
}

function hasText(value: string | null | undefined): boolean {
  return typeof value === "string" && value.trim().length > 0;
}

function checkPreparationGates(facts: PeerVisitFacts): GateFailure[] {
  const failures: GateFailure[] = [];
  if (!hasText(facts.areaToImprove)) failures.push({ code: "area_to_improve_missing", params: {} });
  if (!facts.isReadinessAssessmentCompleted) {
    failures.push({ code: "readiness_assessment_incomplete", params: {} });
  }
  if (facts.moderatorPersonIds.length === 0)
    failures.push({ code: "moderator_missing", params: {} });
  if (facts.visitingPeerPersonIds.length === 0) {
    failures.push({ code: "visiting_peer_missing", params: {} });
  }
  return failures;
}

function checkVisitGates(facts: PeerVisitFacts, today: string): GateFailure[] {
  if (facts.visitStartsOn === null) return [{ code: "visit_start_date_missing", params: {} }];
  if (toEpochDay(facts.visitStartsOn) === null) {
    return [{ code: "visit_start_date_invalid", params: {} }];
  }
  const daysLeft = countDaysBetween(today, facts.visitStartsOn);
  if (daysLeft === null) return [{ code: "today_invalid", params: {} }];
  if (daysLeft > 0) {
    return [
      {
        code: "visit_not_started",
        params: { visitStartsOn: facts.visitStartsOn, count: daysLeft },
      },
    ];
  }
  return [];
}

function checkFeedbackGates(facts: PeerVisitFacts): GateFailure[] {
  const understanding = facts.commonUnderstanding;
  if (understanding === null) return [{ code: "common_understanding_missing", params: {} }];
  const failures: GateFailure[] = [];
  if (!understanding.agreedStrengths.some(hasText)) {
    failures.push({ code: "strengths_not_agreed", params: {} });
  }
  if (!understanding.agreedWeaknesses.some(hasText)) {
    failures.push({ code: "weaknesses_not_agreed", params: {} });
  }
  return failures;
}

function checkFollowUpGates(facts: PeerVisitFacts): GateFailure[] {
  const without = facts.improvementActions.filter((action) => action.status === null).length;
  return without > 0
    ? [{ code: "improvement_action_without_status", params: { count: without } }]
    : [];
}

/**
 * Every gate that keeps a visit from leaving `phase`, in a fixed order; empty when it may move on.
 * `closed` has no next phase, so it has no gates. An empty list of improvement actions passes
 * the follow-up gate: the rule is that no action is left without a status.
 */
export function checkGates(phase: PeerVisitPhase, context: TransitionContext): GateFailure[] {
  switch (phase) {
    case "preparation":
      return checkPreparationGates(context.facts);
    case "visit":
      return checkVisitGates(context.facts, context.today);
    case "feedback":
      return checkFeedbackGates(context.facts);
    case "follow_up":
      return checkFollowUpGates(context.facts);
    case "closed":
      return [];
  }
}
