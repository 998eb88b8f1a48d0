import { feedbackItemKinds } from "./clustering";
import { audienceCodes, confidentialRecordKinds, reportSharingLevels } from "./confidentiality";
import { feedbackHintCodes, feedbackPrinciples } from "./feedback-rules";
import { assessmentQuestions, partnerSides, peerAssessmentRejectionCodes } from "./peer-assessment";
import { improvementActionStatuses, peerVisitPhases } from "./phase-gates";
import { preparationWarningCodes, transitionRejectionCodes } from "./phase-machine";
import { visitRoles } from "./visit-actor";
import { listWorkshopMessageKeys } from "./workshop-methods";

/** The i18n namespace of every key below (`src/web/i18n/locales/<lang>/peer-visit.json`). */
export const peerVisitNamespace = "peer-visit";

/**
 * One message the peer-visit domain can ask the web app to show: its key and the params the
 * domain passes. A `count` param means the key has plural forms (`key_one`, `key_other`).
 */
export interface MessageKeySpec {
  key: string;
  params: readonly string[];
}

/** The params each code's message receives; codes not listed receive none. */
const transitionParams: Partial<Record<string, readonly string[]>> = {
  visit_not_started: ["visitStartsOn", "count"],
  improvement_action_without_status: ["count"],
  reopen_reason_too_long: ["max"],
};
const warningParams: Partial<Record<string, readonly string[]>> = {
  preparation_time_short: ["count", "recommendedDays"],
  visit_start_date_passed: ["count"],
};
const assessmentParams: Partial<Record<string, readonly string[]>> = {
  answers_incomplete: ["count"],
  answer_too_long: ["question", "max"],
};

function specs(
  prefix: string,
  codes: readonly string[],
  params: Partial<Record<string, readonly string[]>> = {},
): MessageKeySpec[] {
  return codes.map((code) => ({ key: `${prefix}.${code}`, params: params[code] ?? [] }));
}

/** The key for a phase name, e.g. `phase.follow_up`. */
export function phaseKey(phase: (typeof peerVisitPhases)[number]): string {
  return `phase.${phase}`;
}

/** The key for why a transition was refused, e.g. `rejection.moderator_missing`. */
export function transitionRejectionKey(code: (typeof transitionRejectionCodes)[number]): string {
  return `rejection.${code}`;
}

/** The key for a feedback hint's message (plural by `count`); its advice is `<key>_advice`. */
export function feedbackHintKey(code: (typeof feedbackHintCodes)[number]): string {
  return `hint.${code}`;
}

/**
 * Every message key the peer-visit domain can produce, with its params. The locale test checks
 * each exists in every language, so a new code without texts fails the build.
 */
export function listPeerVisitMessageKeys(): MessageKeySpec[] {
  const hints = feedbackHintCodes.flatMap((code) => [
    { key: feedbackHintKey(code), params: ["words", "count"] },
    { key: `${feedbackHintKey(code)}_advice`, params: [] },
  ]);
  return [
    ...specs("phase", peerVisitPhases),
    ...specs("role", visitRoles),
    ...specs("command", ["advance", "reopen"]),
    { key: "event.phase_advanced", params: [] },
    { key: "event.phase_reopened", params: ["reason"] },
    ...specs("rejection", transitionRejectionCodes, transitionParams),
    ...specs("warning", preparationWarningCodes, warningParams),
    ...specs("improvement_status", improvementActionStatuses),
    ...hints,
    ...specs("principle", feedbackPrinciples),
    ...specs("assessment.question", assessmentQuestions),
    ...specs("assessment.side", partnerSides),
    ...specs("assessment.rejection", peerAssessmentRejectionCodes, assessmentParams),
    ...listWorkshopMessageKeys().map((key) => ({ key, params: [] })),
    ...specs("clustering.kind", feedbackItemKinds),
    ...specs("confidentiality.audience", audienceCodes),
    ...specs("confidentiality.record", [...confidentialRecordKinds, "report"]),
    ...specs("confidentiality.sharing", reportSharingLevels),
  ];
}
