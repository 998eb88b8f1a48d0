import { describe, expect, it } from "vitest";
import {
  type AssessmentQuestion,
  assessmentQuestions,
  canSubmitAnswers,
  createPeerAssessment,
  disableReverseDirection,
  enableReverseDirection,
  measureAssessmentCompleteness,
  type PartnerSide,
  type PeerAssessment,
  type PeerAssessmentResult,
  recordPlanPresented,
  setAnswer,
  submitAnswers,
} from "./peer-assessment";

function unwrap(result: PeerAssessmentResult): PeerAssessment {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.state;
}

const answers: Record<AssessmentQuestion, string> = {
  challenge_as_understood:
    "Cutting the time residents wait for a building permit from 90 to 30 days.",
  what_was_learnt: "The intake checklist that rejects incomplete applications on the first day.",
  what_surprised: "That permits are still signed on paper by three officers.",
  suggestions: "The goal could name how the waiting time will be measured.",
};

function answerAll(state: PeerAssessment, assessor: PartnerSide): PeerAssessment {
  return assessmentQuestions.reduce(
    (current, question) => unwrap(setAnswer(current, assessor, question, answers[question])),
    state,
  );
}

describe("peer assessment", () => {
  it("submits the required direction once the other plan is presented and all four are answered", () => {
    let state = createPeerAssessment("partner_a");
    expect(canSubmitAnswers(state, "partner_a")).toEqual({
      ok: false,
      reason: "plan_not_presented",
      params: {},
    });
    state = unwrap(recordPlanPresented(state, "partner_b", "2026-04-14"));
    expect(canSubmitAnswers(state, "partner_a")).toEqual({
      ok: false,
      reason: "answers_incomplete",
      params: { count: 4 },
    });
    state = answerAll(state, "partner_a");
    expect(canSubmitAnswers(state, "partner_a")).toEqual({ ok: true });
    state = unwrap(submitAnswers(state, "partner_a", "2026-04-14"));
    expect(state.directions[0]?.submittedOn).toBe("2026-04-14");
    expect(measureAssessmentCompleteness(state)).toEqual({
      answered: 4,
      total: 4,
      percent: 100,
      isRequiredComplete: true,
      isComplete: true,
      missing: [],
    });
  });

  it("freezes answers after submission", () => {
    let state = unwrap(
      recordPlanPresented(createPeerAssessment("partner_a"), "partner_b", "2026-04-14"),
    );
    state = unwrap(submitAnswers(answerAll(state, "partner_a"), "partner_a", "2026-04-15"));
    const edit = setAnswer(state, "partner_a", "suggestions", "Changed my mind");
    expect(edit).toMatchObject({ ok: false, reason: "already_submitted" });
    expect(submitAnswers(state, "partner_a", "2026-04-16")).toMatchObject({
      ok: false,
      reason: "already_submitted",
    });
    expect(recordPlanPresented(state, "partner_b", "2026-04-20")).toMatchObject({
      ok: false,
      reason: "plan_already_assessed",
    });
  });

  it("counts blank answers as missing and clears them", () => {
    let state = createPeerAssessment("partner_b");
    state = unwrap(setAnswer(state, "partner_b", "what_surprised", "The open council meetings."));
    state = unwrap(setAnswer(state, "partner_b", "what_surprised", "   "));
    expect(state.directions[0]?.answers).toEqual({});
    expect(measureAssessmentCompleteness(state).missing).toEqual([
      { assessor: "partner_b", questions: [...assessmentQuestions] },
    ]);
  });

  it("refuses an answer over 4,000 characters", () => {
    const result = setAnswer(
      createPeerAssessment("partner_a"),
      "partner_a",
      "suggestions",
      "x".repeat(4001),
    );
    expect(result).toEqual({
      ok: false,
      reason: "answer_too_long",
      params: { question: "suggestions", max: 4000 },
    });
  });

  it("makes the reverse direction optional: complete for the required one, not for all", () => {
    let state = createPeerAssessment("partner_a");
    expect(setAnswer(state, "partner_b", "suggestions", "x")).toMatchObject({
      ok: false,
      reason: "direction_not_enabled",
    });
    state = unwrap(enableReverseDirection(state));
    expect(enableReverseDirection(state)).toMatchObject({
      ok: false,
      reason: "direction_already_enabled",
    });
    state = unwrap(recordPlanPresented(state, "partner_a", "2026-04-14"));
    state = unwrap(recordPlanPresented(state, "partner_b", "2026-04-14"));
    state = unwrap(submitAnswers(answerAll(state, "partner_a"), "partner_a", "2026-04-14"));
    state = unwrap(setAnswer(state, "partner_b", "what_was_learnt", "Their participatory budget."));
    expect(measureAssessmentCompleteness(state)).toEqual({
      answered: 5,
      total: 8,
      percent: 62,
      isRequiredComplete: true,
      isComplete: false,
      missing: [
        {
          assessor: "partner_b",
          questions: ["challenge_as_understood", "what_surprised", "suggestions"],
        },
      ],
    });
    expect(disableReverseDirection(state, "partner_a")).toMatchObject({
      ok: false,
      reason: "direction_required",
    });
    const without = unwrap(disableReverseDirection(state, "partner_b"));
    expect(measureAssessmentCompleteness(without).isComplete).toBe(true);
  });

  it("refuses bad dates and answers dated before the plan was shown", () => {
    let state = createPeerAssessment("partner_a");
    expect(recordPlanPresented(state, "partner_b", "14/04/2026")).toMatchObject({
      ok: false,
      reason: "date_invalid",
    });
    state = answerAll(unwrap(recordPlanPresented(state, "partner_b", "2026-04-14")), "partner_a");
    expect(submitAnswers(state, "partner_a", "2026-04-13")).toMatchObject({
      ok: false,
      reason: "submitted_before_presentation",
    });
    expect(submitAnswers(state, "partner_a", "2026-13-01")).toMatchObject({
      ok: false,
      reason: "date_invalid",
    });
  });

  it("reports zero progress for a fresh assessment", () => {
    expect(measureAssessmentCompleteness(createPeerAssessment("partner_a"))).toMatchObject({
      answered: 0,
      total: 4,
      percent: 0,
      isRequiredComplete: false,
      isComplete: false,
    });
  });
});
