import type { z } from "zod";
import {
  type AssessmentQuestion,
  assessmentQuestions,
  listMissingAnswers,
  maxAnswerLength,
  type PartnerSide,
  type PeerAssessmentRejectionCode,
  peerAssessmentRejectionCodes,
} from "../../../domain/peer-visit/peer-assessment";
import type {
  PeerAssessmentView,
  recordPresentationSchema,
  saveAnswersSchema,
  saveProjectPlanSchema,
} from "../../../shared/contracts/peer-assessments";
import { ApiError, errorKeyOf, fieldIssueKeys } from "../../api-client";
import type { FieldErrorKeys } from "../../ui/use-form-submit";
import { rejectionKeys } from "./peer-assessment-labels";

/** One side's project plan as the page shows it. */
export type ProjectPlan = PeerAssessmentView["plans"][number];
/** One direction (an assessor side answering about the other side's plan). */
export type AssessmentDirectionView = PeerAssessmentView["directions"][number];

/** The API address of an activity's peer assessment. */
export function assessmentPath(initiativeId: string, activityId: string): string {
  return `/api/initiatives/${initiativeId}/activities/${activityId}/peer-assessment`;
}

/** The plan form's values, all strings as typed. */
export type PlanValues = { title: string; text: string; url: string };

/** The form values of a stored plan. */
export function planValuesOf(plan: ProjectPlan | undefined): PlanValues {
  return { title: plan?.title ?? "", text: plan?.text ?? "", url: plan?.url ?? "" };
}

/** `PUT .../plans/:side` body: trimmed text, an empty link sent as null. */
export function planBody(
  values: PlanValues,
  version: number,
): z.input<typeof saveProjectPlanSchema> {
  const url = values.url.trim();
  return { title: values.title.trim(), text: values.text.trim(), url: url || null, version };
}

/** `POST .../plans/:side/presented` body. */
export function presentationBody(
  on: string,
  version: number,
): z.input<typeof recordPresentationSchema> {
  return { on, version };
}

/** The answer form's values: one string per question, blank when unanswered. */
export type AnswerValues = Record<AssessmentQuestion, string>;

/** The form values of stored (or hidden) answers. */
export function answerValuesOf(answers: AssessmentDirectionView["answers"]): AnswerValues {
  const values = {} as AnswerValues;
  for (const question of assessmentQuestions) values[question] = answers?.[question] ?? "";
  return values;
}

/** `PUT .../directions/:assessor` body: only answered questions, kept as typed. */
export function answersBody(
  values: AnswerValues,
  version: number,
): z.input<typeof saveAnswersSchema> {
  const answers: Partial<AnswerValues> = {};
  for (const question of assessmentQuestions) {
    if (values[question].trim()) answers[question] = values[question];
  }
  return { answers, version };
}

/** Before submitting: each unanswered question gets an error, named by the question. */
export function unansweredErrors(values: AnswerValues): FieldErrorKeys {
  const errors: FieldErrorKeys = {};
  for (const question of listMissingAnswers(values)) {
    errors[question] = "peer-assessment:answers.needed";
  }
  return errors;
}

/** Who reads a direction's answers: the assessor side, the assessed side once submitted, the runners. */
export type Audience = { kind: "side"; side: PartnerSide } | { kind: "moderator" | "facilitators" };

/** The readers of a direction's answers, as the server's confidentiality rules decide them. */
export function audienceOf(
  direction: Pick<AssessmentDirectionView, "assessor" | "assessedSide" | "submittedOn">,
): Audience[] {
  const sides: Audience[] = [{ kind: "side", side: direction.assessor }];
  if (direction.submittedOn !== null) sides.push({ kind: "side", side: direction.assessedSide });
  return [...sides, { kind: "moderator" }, { kind: "facilitators" }];
}

/** What a failed write means for the form: a message (with its parameters), field errors, reload. */
export type Failure = {
  messageKey: string | null;
  params: Record<string, string | number>;
  fieldKeys: FieldErrorKeys;
  /** Someone changed the assessment meanwhile: the page reloads it. */
  isStale: boolean;
};

function isRejectionCode(code: string | undefined): code is PeerAssessmentRejectionCode {
  return (peerAssessmentRejectionCodes as readonly string[]).includes(code ?? "");
}

/** `answers.suggestions` -> `suggestions`: field names are the last part of the issue path. */
export function fieldNameOf(path: string): string {
  return path.slice(path.lastIndexOf(".") + 1);
}

/**
 * Turns a failed write into what the form shows: field errors for a 400, the domain's reason as
 * a sentence for a refusal (409 with `details[0].code`), "reloaded" for a stale version.
 * `missingCount` fills the "n questions still need an answer" sentence; `staleKey` says what a
 * reload after a stale version means for this form.
 */
export function describeFailure(
  error: unknown,
  missingCount = 0,
  staleKey = "peer-assessment:conflict.reloaded",
): Failure {
  const none = { params: {}, fieldKeys: {}, isStale: false };
  if (!(error instanceof ApiError)) return { ...none, messageKey: errorKeyOf(error) };
  if (error.code === "INVALID") {
    const fieldKeys = fieldIssueKeys(error, fieldNameOf);
    const hasFields = Object.keys(fieldKeys).length > 0;
    return { ...none, fieldKeys, messageKey: hasFields ? null : errorKeyOf(error) };
  }
  if (error.code !== "CONFLICT") return { ...none, messageKey: errorKeyOf(error) };
  const code = error.details[0]?.code;
  if (isRejectionCode(code)) {
    const params = { count: missingCount, max: maxAnswerLength };
    return { ...none, messageKey: rejectionKeys[code], params };
  }
  if (code === "wrong_format") return { ...none, messageKey: "peer-assessment:wrongFormat.text" };
  return { ...none, messageKey: staleKey, isStale: true };
}
