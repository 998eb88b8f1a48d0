import { describe, expect, it } from "vitest";
import { ApiError } from "../../api-client";
import {
  answersBody,
  answerValuesOf,
  audienceOf,
  describeFailure,
  planBody,
  planValuesOf,
  unansweredErrors,
} from "./peer-assessment-values";

const blankAnswers = {
  challenge_as_understood: "",
  what_was_learnt: "",
  what_surprised: "",
  suggestions: "",
};

describe("plan form values", () => {
  it("trims the text and sends an empty link as null", () => {
    const body = planBody({ title: "  Route plan ", text: " Steps\n", url: "   " }, 3);
    expect(body).toEqual({ title: "Route plan", text: "Steps", url: null, version: 3 });
  });

  it("keeps a given link, trimmed", () => {
    const body = planBody({ title: "Plan", text: "", url: " https://example.org/plan " }, 1);
    expect(body.url).toBe("https://example.org/plan");
  });

  it("starts empty without a plan and from the stored plan otherwise", () => {
    expect(planValuesOf(undefined)).toEqual({ title: "", text: "", url: "" });
    const plan = {
      side: "partner_a" as const,
      title: "Collection routes",
      text: "Map them",
      url: null,
      presentedOn: null,
      version: 2,
      updatedAt: "2026-01-01T00:00:00.000Z",
    };
    expect(planValuesOf(plan)).toEqual({ title: "Collection routes", text: "Map them", url: "" });
  });
});

describe("answer form values", () => {
  it("sends only answered questions, as typed", () => {
    const values = { ...blankAnswers, what_surprised: " The tariff ", suggestions: "   " };
    expect(answersBody(values, 4)).toEqual({
      answers: { what_surprised: " The tariff " },
      version: 4,
    });
  });

  it("fills every question from the stored answers, hidden answers as blanks", () => {
    expect(answerValuesOf(null)).toEqual(blankAnswers);
    expect(answerValuesOf({ suggestions: "Set a target" })).toEqual({
      ...blankAnswers,
      suggestions: "Set a target",
    });
  });

  it("names each unanswered question before submitting", () => {
    const values = { ...blankAnswers, challenge_as_understood: "Routes", what_was_learnt: " " };
    expect(unansweredErrors(values)).toEqual({
      what_was_learnt: "peer-assessment:answers.needed",
      what_surprised: "peer-assessment:answers.needed",
      suggestions: "peer-assessment:answers.needed",
    });
  });
});

describe("who reads the answers", () => {
  it("keeps a draft from the assessed side", () => {
    const draft = { assessor: "partner_b", assessedSide: "partner_a", submittedOn: null } as const;
    expect(audienceOf(draft)).toEqual([
      { kind: "side", side: "partner_b" },
      { kind: "moderator" },
      { kind: "facilitators" },
    ]);
  });

  it("opens submitted answers to the assessed side", () => {
    const done = {
      assessor: "partner_a",
      assessedSide: "partner_b",
      submittedOn: "2026-03-01",
    } as const;
    expect(audienceOf(done).slice(0, 2)).toEqual([
      { kind: "side", side: "partner_a" },
      { kind: "side", side: "partner_b" },
    ]);
  });
});

describe("describeFailure", () => {
  it("maps a 400 onto fields by the last part of the path", () => {
    const error = new ApiError(400, "INVALID", "bad", [
      { path: "answers.suggestions", code: "too_big", message: "" },
      { path: "url", code: "invalid_format", message: "" },
    ]);
    expect(describeFailure(error)).toEqual({
      messageKey: null,
      params: {},
      fieldKeys: {
        suggestions: "common:fieldError.too_big",
        url: "common:fieldError.invalid_format",
      },
      isStale: false,
    });
  });

  it("says the domain's reason for a refusal, with the missing count", () => {
    const error = new ApiError(409, "CONFLICT", "refused", [
      { path: "assessment", code: "answers_incomplete", message: "" },
    ]);
    const failure = describeFailure(error, 2);
    expect(failure.messageKey).toBe("peer-visit:assessment.rejection.answers_incomplete");
    expect(failure.params).toMatchObject({ count: 2 });
    expect(failure.isStale).toBe(false);
  });

  it("treats a 409 without a reason as a stale version to reload", () => {
    const failure = describeFailure(new ApiError(409, "CONFLICT", "stale"));
    expect(failure).toMatchObject({
      messageKey: "peer-assessment:conflict.reloaded",
      isStale: true,
    });
  });

  it("explains a wrong activity format and passes other errors through", () => {
    const wrong = new ApiError(409, "CONFLICT", "format", [
      { path: "formatKey", code: "wrong_format", message: "" },
    ]);
    expect(describeFailure(wrong).messageKey).toBe("peer-assessment:wrongFormat.text");
    expect(describeFailure(new ApiError(403, "FORBIDDEN", "no")).messageKey).toBe(
      "common:apiError.FORBIDDEN",
    );
    expect(describeFailure(new Error("boom")).messageKey).toBe("common:apiError.INTERNAL");
  });
});
