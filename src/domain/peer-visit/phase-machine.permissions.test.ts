import { describe, expect, it } from "vitest";
import { type PeerVisitState, transition } from "./phase-machine";
import { expectRefused, inPhase, makeActor, makeContext, withRole } from "./phase-machine-fixtures";
import type { VisitRole } from "./visit-actor";

describe("transition: who may move the visit forward", () => {
  const table: [PeerVisitState["phase"], VisitRole[]][] = [
    ["preparation", ["host", "facilitator"]],
    ["visit", ["host", "moderator", "facilitator"]],
    ["feedback", ["moderator", "facilitator"]],
    ["follow_up", ["host", "facilitator"]],
  ];
  const roles: VisitRole[] = ["facilitator", "host", "moderator", "visiting_peer", "other"];
  for (const [phase, allowed] of table) {
    for (const role of roles) {
      const may = allowed.includes(role);
      it(`${role} ${may ? "may" : "may not"} advance out of ${phase}`, () => {
        const result = transition(
          inPhase(phase),
          { kind: "advance" },
          withRole(role),
          makeContext(),
        );
        expect(result.ok).toBe(may);
        if (!result.ok) expect(result.reason).toBe("actor_not_allowed");
      });
    }
  }

  it("counts a facilitator of the initiative without any visit role", () => {
    const facilitator = makeActor({ initiativeRoles: ["facilitator"], visitId: null });
    expect(
      transition(inPhase("feedback"), { kind: "advance" }, facilitator, makeContext()).ok,
    ).toBe(true);
  });

  it("ignores roles resolved for another visit or another initiative", () => {
    const hostElsewhere = makeActor({ visitId: "visit-2", visitRoles: ["host"] });
    const facilitatorElsewhere = makeActor({
      initiativeId: "init-2",
      initiativeRoles: ["facilitator"],
      visitRoles: ["host"],
    });
    const initiativeModerator = makeActor({ initiativeRoles: ["moderator"] });
    for (const actor of [hostElsewhere, facilitatorElsewhere, initiativeModerator]) {
      const refusal = expectRefused(
        transition(inPhase("feedback"), { kind: "advance" }, actor, makeContext()),
      );
      expect(refusal.reason).toBe("actor_not_allowed");
    }
  });

  it("tells an outsider nothing, not even that the visit is closed", () => {
    const outsider = makeActor({ visitRoles: [] });
    const refusal = expectRefused(
      transition(inPhase("closed"), { kind: "advance" }, outsider, makeContext()),
    );
    expect(refusal.reason).toBe("actor_not_allowed");
  });
});

describe("transition: reopen", () => {
  it("goes back with the trimmed reason in the event", () => {
    const result = transition(
      inPhase("follow_up"),
      { kind: "reopen", to: "feedback", reason: "  Host disputes weakness 2  " },
      withRole("moderator"),
      makeContext(),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.state.phase).toBe("feedback");
    expect(result.event).toMatchObject({
      kind: "phase_reopened",
      from: "follow_up",
      to: "feedback",
      reason: "Host disputes weakness 2",
      byRoles: ["moderator"],
    });
  });

  it("may jump back several phases and ignores forward gates", () => {
    const result = transition(
      inPhase("closed"),
      { kind: "reopen", to: "preparation", reason: "Visit postponed by a year" },
      withRole("facilitator"),
      makeContext({ areaToImprove: null, improvementActions: [{ id: "a", status: null }] }),
    );
    expect(result.ok && result.state.phase).toBe("preparation");
  });

  it.each([
    ["preparation", "preparation", "x", "host", "nothing_to_reopen"],
    ["feedback", "feedback", "x", "host", "reopen_target_not_earlier"],
    ["feedback", "closed", "x", "host", "reopen_target_not_earlier"],
    ["feedback", "visit", "   ", "host", "reopen_reason_missing"],
    ["feedback", "visit", "", "host", "reopen_reason_missing"],
    ["follow_up", "visit", "Need a second visit day", "moderator", "actor_not_allowed"],
    ["feedback", "visit", "Need a second visit day", "visiting_peer", "actor_not_allowed"],
  ] as const)("from %s to %s with reason %j by %s -> %s", (from, to, reason, role, code) => {
    const refusal = expectRefused(
      transition(inPhase(from), { kind: "reopen", to, reason }, withRole(role), makeContext()),
    );
    expect(refusal.reason).toBe(code);
  });

  it("refuses an over-long reason", () => {
    const refusal = expectRefused(
      transition(
        inPhase("visit"),
        { kind: "reopen", to: "preparation", reason: "y".repeat(2001) },
        withRole("host"),
        makeContext(),
      ),
    );
    expect(refusal).toMatchObject({ reason: "reopen_reason_too_long", params: { max: 2000 } });
  });
});
