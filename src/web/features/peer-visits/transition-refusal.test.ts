import { describe, expect, it } from "vitest";
import { ApiError } from "../../api-client";
import { buildVisit } from "./preparation-visit-fixture";
import { describeRefusal, transitionsPath } from "./transition-refusal";

const phaseIssue = (code: string) => ({ path: "phase", code, message: code });

describe("describeRefusal", () => {
  it("translates each gate of a 409 with the params from the visit's own gates", () => {
    const visit = buildVisit({
      phase: "follow_up",
      unmetGates: [{ code: "improvement_action_without_status", params: { count: 2 } }],
    });
    const error = new ApiError(409, "CONFLICT", "cannot move", [
      phaseIssue("improvement_action_without_status"),
    ]);
    expect(describeRefusal(error, visit)).toEqual({
      messages: [
        { key: "peer-visit:rejection.improvement_action_without_status", params: { count: 2 } },
      ],
      shouldReload: true,
    });
  });

  it("lists every unmet gate and keeps plural params even when the visit lacks them", () => {
    const error = new ApiError(409, "CONFLICT", "x", [
      phaseIssue("visit_not_started"),
      phaseIssue("moderator_missing"),
    ]);
    const refusal = describeRefusal(error, buildVisit(), "2027-02-19");
    expect(refusal.messages.map((m) => m.key)).toEqual([
      "peer-visit:rejection.visit_not_started",
      "peer-visit:rejection.moderator_missing",
    ]);
    expect(refusal.messages[0]?.params).toEqual({ count: 10, visitStartsOn: "1 Mar 2027" });
  });

  it("counts the real days to the start and writes the date for the reader", () => {
    const error = new ApiError(409, "CONFLICT", "x", [phaseIssue("visit_not_started")]);
    const dayBefore = describeRefusal(error, buildVisit(), "2027-02-28");
    expect(dayBefore.messages[0]?.params).toEqual({ count: 1, visitStartsOn: "1 Mar 2027" });
    const fromGate = buildVisit({
      unmetGates: [
        { code: "visit_not_started", params: { visitStartsOn: "2027-03-01", count: 40 } },
      ],
    });
    expect(describeRefusal(error, fromGate).messages[0]?.params).toEqual({
      count: 40,
      visitStartsOn: "1 Mar 2027",
    });
  });

  it("says a 403 role refusal in words without reloading", () => {
    const error = new ApiError(403, "FORBIDDEN", "no", [phaseIssue("actor_not_allowed")]);
    expect(describeRefusal(error, buildVisit())).toEqual({
      messages: [{ key: "peer-visit:rejection.actor_not_allowed", params: {} }],
      shouldReload: false,
    });
  });

  it("reloads on a stale version (409 without details) and on a phase that moved", () => {
    expect(describeRefusal(new ApiError(409, "CONFLICT", "stale"), buildVisit())).toEqual({
      messages: [{ key: "peer-visit:transition.stale", params: {} }],
      shouldReload: true,
    });
    const moved = new ApiError(409, "CONFLICT", "phase", [phaseIssue("wrong_phase")]);
    expect(describeRefusal(moved, buildVisit()).messages[0]?.key).toBe(
      "peer-visit:transition.wrongPhase",
    );
  });

  it("falls back to the general message for other failures and unknown codes", () => {
    const unknown = new ApiError(403, "FORBIDDEN", "no", [phaseIssue("something_new")]);
    expect(describeRefusal(unknown, buildVisit()).messages).toEqual([
      { key: "common:apiError.FORBIDDEN", params: {} },
    ]);
    expect(describeRefusal(new Error("boom"), buildVisit()).messages).toEqual([
      { key: "common:apiError.INTERNAL", params: {} },
    ]);
  });

  it("posts transitions under the activity's peer visit", () => {
    expect(transitionsPath({ initiativeId: "i1", activityId: "a1" })).toBe(
      "/api/initiatives/i1/activities/a1/peer-visit/transitions",
    );
  });
});
