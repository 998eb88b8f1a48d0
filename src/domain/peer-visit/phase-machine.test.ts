import { describe, expect, it } from "vitest";
import { listPeerVisitMessageKeys } from "./message-keys";
import { createPeerVisitState, preparationWarnings, transition } from "./phase-machine";
import {
  expectRefused,
  inPhase,
  makeContext,
  fixtureScope as scope,
  withRole,
} from "./phase-machine-fixtures";
import type { VisitRole } from "./visit-actor";

describe("transition: the happy path", () => {
  it("walks preparation -> visit -> feedback -> follow_up -> closed with one event each", () => {
    let state = createPeerVisitState(scope.visitId, scope.initiativeId);
    const steps: [VisitRole, string][] = [
      ["host", "visit"],
      ["moderator", "feedback"],
      ["moderator", "follow_up"],
      ["host", "closed"],
    ];
    for (const [role, expected] of steps) {
      const result = transition(state, { kind: "advance" }, withRole(role), makeContext());
      if (!result.ok) throw new Error(result.reason);
      expect(result.state.phase).toBe(expected);
      expect(result.event).toMatchObject({
        kind: "phase_advanced",
        visitId: scope.visitId,
        from: state.phase,
        to: expected,
        byPersonId: `p-${role}`,
        byRoles: [role],
        on: "2026-03-02",
        reason: null,
      });
      state = result.state;
    }
    expect(
      expectRefused(transition(state, { kind: "advance" }, withRole("host"), makeContext())).reason,
    ).toBe("already_closed");
  });

  it("does not mutate the state it is given", () => {
    const state = inPhase("preparation");
    const result = transition(state, { kind: "advance" }, withRole("host"), makeContext());
    expect(result.ok).toBe(true);
    expect(state.phase).toBe("preparation");
  });
});

describe("transition: gates", () => {
  it.each([
    ["preparation", { areaToImprove: "   " }, "area_to_improve_missing"],
    ["preparation", { areaToImprove: null }, "area_to_improve_missing"],
    ["preparation", { isReadinessAssessmentCompleted: false }, "readiness_assessment_incomplete"],
    ["preparation", { moderatorPersonIds: [] }, "moderator_missing"],
    ["preparation", { visitingPeerPersonIds: [] }, "visiting_peer_missing"],
    ["visit", { visitStartsOn: null }, "visit_start_date_missing"],
    ["visit", { visitStartsOn: "2026-02-30" }, "visit_start_date_invalid"],
    ["visit", { visitStartsOn: "2026-03-03" }, "visit_not_started"],
    ["feedback", { commonUnderstanding: null }, "common_understanding_missing"],
    [
      "feedback",
      { commonUnderstanding: { agreedStrengths: [" "], agreedWeaknesses: ["Slow"] } },
      "strengths_not_agreed",
    ],
    [
      "feedback",
      { commonUnderstanding: { agreedStrengths: ["Fast"], agreedWeaknesses: [] } },
      "weaknesses_not_agreed",
    ],
    [
      "follow_up",
      {
        improvementActions: [
          { id: "a1", status: "done" as const },
          { id: "a2", status: null },
        ],
      },
      "improvement_action_without_status",
    ],
  ] as const)("%s refuses with %j -> %s", (phase, facts, reason) => {
    const result = transition(
      inPhase(phase),
      { kind: "advance" },
      withRole("facilitator"),
      makeContext(facts),
    );
    const refusal = expectRefused(result);
    expect(refusal.reason).toBe(reason);
    expect(refusal.unmetGates).toEqual([reason]);
  });

  it("lists every unmet preparation gate, the first as the reason", () => {
    const refusal = expectRefused(
      transition(
        inPhase("preparation"),
        { kind: "advance" },
        withRole("host"),
        makeContext({
          areaToImprove: "",
          isReadinessAssessmentCompleted: false,
          moderatorPersonIds: [],
          visitingPeerPersonIds: [],
        }),
      ),
    );
    expect(refusal.reason).toBe("area_to_improve_missing");
    expect(refusal.unmetGates).toEqual([
      "area_to_improve_missing",
      "readiness_assessment_incomplete",
      "moderator_missing",
      "visiting_peer_missing",
    ]);
  });

  it("lets the visit move to feedback on its start day and after, not before", () => {
    const advanceOn = (today: string) =>
      transition(inPhase("visit"), { kind: "advance" }, withRole("host"), makeContext({}, today))
        .ok;
    expect(advanceOn("2026-03-01")).toBe(false);
    expect(advanceOn("2026-03-02")).toBe(true);
    expect(advanceOn("2026-04-15")).toBe(true);
  });

  it("says how many days are left and how many actions lack a status", () => {
    const early = expectRefused(
      transition(
        inPhase("visit"),
        { kind: "advance" },
        withRole("host"),
        makeContext({}, "2026-02-20"),
      ),
    );
    expect(early.params).toEqual({ visitStartsOn: "2026-03-02", count: 10 });
    const open = expectRefused(
      transition(
        inPhase("follow_up"),
        { kind: "advance" },
        withRole("host"),
        makeContext({
          improvementActions: [
            { id: "a", status: null },
            { id: "b", status: null },
          ],
        }),
      ),
    );
    expect(open.params).toEqual({ count: 2 });
  });

  it("refuses when today cannot be read", () => {
    const refusal = expectRefused(
      transition(
        inPhase("visit"),
        { kind: "advance" },
        withRole("host"),
        makeContext({}, "tomorrow"),
      ),
    );
    expect(refusal.reason).toBe("today_invalid");
  });

  it("lets a follow-up with no improvement actions close", () => {
    const result = transition(
      inPhase("follow_up"),
      { kind: "advance" },
      withRole("host"),
      makeContext({ improvementActions: [] }),
    );
    expect(result.ok).toBe(true);
  });

  it("gives params that the message keys declare", () => {
    const declared = new Map(listPeerVisitMessageKeys().map((spec) => [spec.key, spec.params]));
    const refusals = [
      transition(
        inPhase("visit"),
        { kind: "advance" },
        withRole("host"),
        makeContext({}, "2026-01-01"),
      ),
      transition(
        inPhase("feedback"),
        { kind: "reopen", to: "visit", reason: "x".repeat(2001) },
        withRole("host"),
        makeContext(),
      ),
    ].map(expectRefused);
    for (const refusal of refusals) {
      const params = declared.get(`rejection.${refusal.reason}`);
      expect(params).toBeDefined();
      expect(Object.keys(refusal.params).sort()).toEqual([...(params ?? [])].sort());
    }
  });
});

describe("preparationWarnings", () => {
  it.each([
    [null, "2026-01-01", [{ code: "visit_start_date_not_set", params: {} }]],
    ["2026-13-01", "2026-01-01", [{ code: "visit_start_date_invalid", params: {} }]],
    [
      "2026-03-31",
      "2026-01-01",
      [{ code: "preparation_time_short", params: { count: 89, recommendedDays: 90 } }],
    ],
    ["2026-04-01", "2026-01-01", []],
    [
      "2026-01-01",
      "2026-01-01",
      [{ code: "preparation_time_short", params: { count: 0, recommendedDays: 90 } }],
    ],
    ["2025-12-30", "2026-01-01", [{ code: "visit_start_date_passed", params: { count: 2 } }]],
    [
      "2024-03-01",
      "2024-02-28",
      [{ code: "preparation_time_short", params: { count: 2, recommendedDays: 90 } }],
    ],
    ["2027-01-01", "2026-01-01", []],
  ] as const)("start %s, today %s", (startsOn, today, expected) => {
    expect(preparationWarnings(startsOn, today)).toEqual(expected);
  });
});
