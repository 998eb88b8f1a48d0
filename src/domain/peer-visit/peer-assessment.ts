import { countDaysBetween, toEpochDay } from "./iso-date";

/**
 * The four questions one side answers about the other side's project plan (ICLD toolbox,
 * method 1, "project planning workbook peer assessment"). In the order they are asked.
 */
export const assessmentQuestions = [
  "challenge_as_understood",
  "what_was_learnt",
  "what_surprised",
  "suggestions",
] as const;
/** One of `assessmentQuestions`. */
export type AssessmentQuestion = (typeof assessmentQuestions)[number];

/** The two partners of the assessment, each presenting its own project plan. */
export const partnerSides = ["partner_a", "partner_b"] as const;
/** One of `partnerSides`. */
export type PartnerSide = (typeof partnerSides)[number];

/** One direction: `assessor` answers the four questions about the other side's plan. */
export interface AssessmentDirection {
  assessor: PartnerSide;
  /** The first direction is required; the reverse one is optional, as in the guide. */
  isRequired: boolean;
  answers: Partial<Record<AssessmentQuestion, string>>;
  /** `YYYY-MM-DD` once submitted; answers are frozen from then on. */
  submittedOn: string | null;
}

/** A structured peer assessment between two partners. Changed only by the functions here. */
export interface PeerAssessment {
  /** When each side presented its plan (`YYYY-MM-DD`); null until it has. */
  planPresentedOn: Record<PartnerSide, string | null>;
  /** One or two directions; at most one per assessor. */
  directions: AssessmentDirection[];
}

/** Reasons a change to an assessment is refused. */
export const peerAssessmentRejectionCodes = [
  "direction_not_enabled",
  "direction_already_enabled",
  "direction_required",
  "already_submitted",
  "plan_not_presented",
  "plan_already_assessed",
  "answers_incomplete",
  "answer_too_long",
  "date_invalid",
  "submitted_before_presentation",
] as const;
/** One of `peerAssessmentRejectionCodes`. */
export type PeerAssessmentRejectionCode = (typeof peerAssessmentRejectionCodes)[number];

/** A change applied, or refused as a value. */
export type PeerAssessmentResult =
  | { ok: true; state: PeerAssessment }
  | { ok: false; reason: PeerAssessmentRejectionCode; params: Record<string, string | number> };

/** Longest answer kept, in characters. */
export const maxAnswerLength = 4000;

/** The side across from `side`: the one whose plan `side` assesses. */
export function findOtherSide(side: PartnerSide): PartnerSide {
  return side === "partner_a" ? "partner_b" : "partner_a";
}

function reject(
  reason: PeerAssessmentRejectionCode,
  params: Record<string, string | number> = {},
): PeerAssessmentResult {
  return { ok: false, reason, params };
}

function findDirection(state: PeerAssessment, assessor: PartnerSide) {
  return state.directions.find((direction) => direction.assessor === assessor);
}

function replaceDirection(state: PeerAssessment, next: AssessmentDirection): PeerAssessment {
  return {
    ...state,
    directions: state.directions.map((d) => (d.assessor === next.assessor ? next : d)),
  };
}

/** A new assessment where `requiredAssessor` answers about the other side's plan. */
export function createPeerAssessment(requiredAssessor: PartnerSide): PeerAssessment {
  return {
    planPresentedOn: { partner_a: null, partner_b: null },
    directions: [{ assessor: requiredAssessor, isRequired: true, answers: {}, submittedOn: null }],
  };
}

/** Adds the optional reverse direction (the other side assesses too). */
export function enableReverseDirection(state: PeerAssessment): PeerAssessmentResult {
  const required = state.directions.find((direction) => direction.isRequired);
  if (!required || state.directions.length > 1) return reject("direction_already_enabled");
  const reverse: AssessmentDirection = {
    assessor: findOtherSide(required.assessor),
    isRequired: false,
    answers: {},
    submittedOn: null,
  };
  return { ok: true, state: { ...state, directions: [...state.directions, reverse] } };
}

/** Drops the optional reverse direction while it is not submitted. The required one stays. */
export function disableReverseDirection(
  state: PeerAssessment,
  assessor: PartnerSide,
): PeerAssessmentResult {
  const direction = findDirection(state, assessor);
  if (!direction) return reject("direction_not_enabled");
  if (direction.isRequired) return reject("direction_required");
  if (direction.submittedOn !== null) return reject("already_submitted");
  const directions = state.directions.filter((d) => d.assessor !== assessor);
  return { ok: true, state: { ...state, directions } };
}

/** Records when `side` presented its plan; refused once an assessment of that plan is submitted. */
export function recordPlanPresented(
  state: PeerAssessment,
  side: PartnerSide,
  on: string,
): PeerAssessmentResult {
  if (toEpochDay(on) === null) return reject("date_invalid");
  const assessing = findDirection(state, findOtherSide(side));
  if (assessing?.submittedOn) return reject("plan_already_assessed");
  return {
    ok: true,
    state: { ...state, planPresentedOn: { ...state.planPresentedOn, [side]: on } },
  };
}

/** Sets one answer of `assessor`'s draft (kept as typed; blank clears it). */
export function setAnswer(
  state: PeerAssessment,
  assessor: PartnerSide,
  question: AssessmentQuestion,
  text: string,
): PeerAssessmentResult {
  const direction = findDirection(state, assessor);
  if (!direction) return reject("direction_not_enabled");
  if (direction.submittedOn !== null) return reject("already_submitted");
  if (text.length > maxAnswerLength) {
    return reject("answer_too_long", { question, max: maxAnswerLength });
  }
  const answers = { ...direction.answers };
  if (text.trim().length === 0) delete answers[question];
  else answers[question] = text;
  return { ok: true, state: replaceDirection(state, { ...direction, answers }) };
}

/** The questions still without a non-blank answer, in question order. */
export function listMissingAnswers(
  answers: Partial<Record<AssessmentQuestion, string>>,
): AssessmentQuestion[] {
  return assessmentQuestions.filter((question) => !answers[question]?.trim());
}

/**
 * May `assessor` submit now? Only an enabled, unsubmitted direction, after the assessed side has
 * presented its plan, with all four questions answered and none over the length limit.
 */
export function canSubmitAnswers(
  state: PeerAssessment,
  assessor: PartnerSide,
): { ok: true } | Extract<PeerAssessmentResult, { ok: false }> {
  const direction = findDirection(state, assessor);
  if (!direction) return { ok: false, reason: "direction_not_enabled", params: {} };
  if (direction.submittedOn !== null) return { ok: false, reason: "already_submitted", params: {} };
  if (state.planPresentedOn[findOtherSide(assessor)] === null) {
    return { ok: false, reason: "plan_not_presented", params: {} };
  }
  const missing = listMissingAnswers(direction.answers);
  if (missing.length > 0) {
    return { ok: false, reason: "answers_incomplete", params: { count: missing.length } };
  }
  const tooLong = assessmentQuestions.find(
    (q) => (direction.answers[q]?.length ?? 0) > maxAnswerLength,
  );
  if (tooLong)
    return {
      ok: false,
      reason: "answer_too_long",
      params: { question: tooLong, max: maxAnswerLength },
    };
  return { ok: true };
}

/** Submits `assessor`'s answers on `on` (not before the assessed plan was presented). */
export function submitAnswers(
  state: PeerAssessment,
  assessor: PartnerSide,
  on: string,
): PeerAssessmentResult {
  const check = canSubmitAnswers(state, assessor);
  if (!check.ok) return check;
  if (toEpochDay(on) === null) return reject("date_invalid");
  const presentedOn = state.planPresentedOn[findOtherSide(assessor)] ?? on;
  if ((countDaysBetween(presentedOn, on) ?? 0) < 0) return reject("submitted_before_presentation");
  const direction = findDirection(state, assessor);
  if (!direction) return reject("direction_not_enabled");
  return { ok: true, state: replaceDirection(state, { ...direction, submittedOn: on }) };
}

/** How far the assessment is: answers given over all enabled directions, and what is done. */
export interface AssessmentCompleteness {
  answered: number;
  total: number;
  percent: number;
  /** The required direction is submitted. */
  isRequiredComplete: boolean;
  /** Every enabled direction (required and optional) is submitted. */
  isComplete: boolean;
  missing: { assessor: PartnerSide; questions: AssessmentQuestion[] }[];
}

/** Completeness for progress bars and the facilitator's overview. */
export function measureAssessmentCompleteness(state: PeerAssessment): AssessmentCompleteness {
  const total = state.directions.length * assessmentQuestions.length;
  const missing = state.directions.map((direction) => ({
    assessor: direction.assessor,
    questions: listMissingAnswers(direction.answers),
  }));
  const answered = total - missing.reduce((sum, entry) => sum + entry.questions.length, 0);
  return {
    answered,
    total,
    percent: total === 0 ? 0 : Math.floor((answered * 100) / total),
    isRequiredComplete: state.directions.some((d) => d.isRequired && d.submittedOn !== null),
    isComplete: state.directions.every((d) => d.submittedOn !== null),
    missing: missing.filter((entry) => entry.questions.length > 0),
  };
}
