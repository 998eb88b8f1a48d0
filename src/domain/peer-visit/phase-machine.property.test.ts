import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PeerVisitFacts, PeerVisitPhase, TransitionContext } from "./phase-gates";
import {
  createPeerVisitState,
  type PeerVisitCommand,
  type PeerVisitState,
  transition,
} from "./phase-machine";
import type { InitiativeRole, PeerVisitActor, VisitRole } from "./visit-actor";

// An independent statement of the rules, written from the brief, that the machine must agree with.
const order: PeerVisitPhase[] = ["preparation", "visit", "feedback", "follow_up", "closed"];
const mayAdvance: Record<PeerVisitPhase, VisitRole[]> = {
  preparation: ["host", "facilitator"],
  visit: ["host", "moderator", "facilitator"],
  feedback: ["moderator", "facilitator"],
  follow_up: ["host", "facilitator"],
  closed: [],
};
const mayReopenTo: Record<PeerVisitPhase, VisitRole[]> = {
  preparation: ["host", "facilitator"],
  visit: ["host", "facilitator"],
  feedback: ["host", "moderator", "facilitator"],
  follow_up: ["host", "facilitator"],
  closed: [],
};

const visitId = "visit-1";
const initiativeId = "init-1";

function effectiveRoles(actor: PeerVisitActor): Set<VisitRole> {
  const roles = new Set<VisitRole>();
  if (actor.initiativeId !== initiativeId) return roles;
  if (actor.visitId === visitId) for (const role of actor.visitRoles) roles.add(role);
  if (actor.initiativeRoles.includes("facilitator")) roles.add("facilitator");
  return roles;
}

const blank = (text: string | null) => text === null || text.trim() === "";

function gatesHold(phase: PeerVisitPhase, { today, facts }: TransitionContext): boolean {
  switch (phase) {
    case "preparation":
      return (
        !blank(facts.areaToImprove) &&
        facts.isReadinessAssessmentCompleted &&
        facts.moderatorPersonIds.length > 0 &&
        facts.visitingPeerPersonIds.length > 0
      );
    case "visit":
      // The only malformed date the generator makes is 30 February.
      return (
        facts.visitStartsOn !== null &&
        facts.visitStartsOn !== "2026-02-30" &&
        facts.visitStartsOn <= today
      );
    case "feedback": {
      const agreed = facts.commonUnderstanding;
      if (agreed === null) return false;
      return (
        agreed.agreedStrengths.some((s) => !blank(s)) &&
        agreed.agreedWeaknesses.some((s) => !blank(s))
      );
    }
    case "follow_up":
      return facts.improvementActions.every((action) => action.status !== null);
    case "closed":
      return false;
  }
}

function expectedOk(
  state: PeerVisitState,
  command: PeerVisitCommand,
  actor: PeerVisitActor,
  context: TransitionContext,
) {
  const roles = effectiveRoles(actor);
  const from = order.indexOf(state.phase);
  if (command.kind === "advance") {
    return (
      from < 4 &&
      mayAdvance[state.phase].some((r) => roles.has(r)) &&
      gatesHold(state.phase, context)
    );
  }
  const to = order.indexOf(command.to);
  const reasonOk = command.reason.trim().length > 0 && command.reason.trim().length <= 2000;
  return to < from && mayReopenTo[command.to].some((r) => roles.has(r)) && reasonOk;
}

const isoDate = fc
  .integer({ min: 20_400, max: 20_700 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

const factsArb: fc.Arbitrary<PeerVisitFacts> = fc.record({
  areaToImprove: fc.constantFrom(null, "", "  ", "Waste collection routes"),
  isReadinessAssessmentCompleted: fc.boolean(),
  moderatorPersonIds: fc.constantFrom([], ["p-mod"]),
  visitingPeerPersonIds: fc.constantFrom([], ["p-1"], ["p-1", "p-2"]),
  visitStartsOn: fc.oneof(fc.constant(null), fc.constant("2026-02-30"), isoDate),
  commonUnderstanding: fc.option(
    fc.record({
      agreedStrengths: fc.constantFrom([], [" "], ["Clear intake"]),
      agreedWeaknesses: fc.constantFrom([], [""], ["Slow approvals"]),
    }),
  ),
  improvementActions: fc.array(
    fc.record({
      id: fc.constantFrom("a", "b", "c"),
      status: fc.constantFrom(null, "planned", "in_progress", "done", "dropped") as fc.Arbitrary<
        PeerVisitFacts["improvementActions"][number]["status"]
      >,
    }),
    { maxLength: 3 },
  ),
});

// Half the time every gate holds, so whole walks to `closed` really happen.
const readyFacts: PeerVisitFacts = {
  areaToImprove: "Waste collection routes",
  isReadinessAssessmentCompleted: true,
  moderatorPersonIds: ["p-mod"],
  visitingPeerPersonIds: ["p-1"],
  visitStartsOn: "2026-01-01",
  commonUnderstanding: { agreedStrengths: ["Clear intake"], agreedWeaknesses: ["Slow approvals"] },
  improvementActions: [{ id: "a", status: "done" }],
};
const contextArb: fc.Arbitrary<TransitionContext> = fc.record({
  today: isoDate,
  facts: fc.oneof(fc.constant(readyFacts), factsArb),
});

const randomActorArb: fc.Arbitrary<PeerVisitActor> = fc.record({
  personId: fc.constantFrom("p-1", "p-2", "p-mod"),
  initiativeId: fc.constantFrom(initiativeId, initiativeId, "init-2"),
  initiativeRoles: fc.subarray<InitiativeRole>(
    ["facilitator", "peer", "authoriser", "moderator", "observer"],
    { maxLength: 2 },
  ),
  visitId: fc.constantFrom(visitId, visitId, "visit-2", null),
  visitRoles: fc.subarray<VisitRole>(
    ["facilitator", "host", "moderator", "visiting_peer", "other"],
    {
      maxLength: 2,
    },
  ),
});

// Half the time one of the visit's own cast acts, so every role meets every phase often.
const castArb: fc.Arbitrary<PeerVisitActor> = fc
  .constantFrom<VisitRole>("facilitator", "host", "moderator", "visiting_peer", "other")
  .map((role) => ({
    personId: `p-${role}`,
    initiativeId,
    initiativeRoles: ["peer"],
    visitId,
    visitRoles: [role],
  }));

const actorArb = fc.oneof(castArb, randomActorArb);

const commandArb: fc.Arbitrary<PeerVisitCommand> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: "advance" as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("reopen" as const),
      to: fc.constantFrom(...order),
      reason: fc.constantFrom("", "   ", "\n", "Host asked for another round", "x".repeat(2001)),
    }),
  },
);

const stepArb = fc.tuple(commandArb, actorArb, contextArb);

describe("phase machine properties", () => {
  it("agrees with the rules on every step of random command sequences", () => {
    let closedRuns = 0;
    const attemptsInFeedback = new Set<string>();
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        let state = createPeerVisitState(visitId, initiativeId);
        for (const [command, actor, context] of steps) {
          const before = state.phase;
          if (before === "feedback" && command.kind === "advance" && context.facts === readyFacts) {
            attemptsInFeedback.add(actor.visitRoles.join("+"));
          }
          const result = transition(state, command, actor, context);
          expect(result.ok).toBe(expectedOk(state, command, actor, context));
          if (!result.ok) {
            expect(state.phase).toBe(before);
            continue;
          }
          const from = order.indexOf(before);
          const to = order.indexOf(result.state.phase);
          expect(result.event.from).toBe(before);
          expect(result.event.to).toBe(result.state.phase);
          expect(result.event.byPersonId).toBe(actor.personId);
          expect(result.event.byRoles.length).toBeGreaterThan(0);
          if (command.kind === "advance") {
            expect(to).toBe(from + 1); // never skips a phase
            expect(result.event.kind).toBe("phase_advanced");
          } else {
            expect(to).toBeLessThan(from); // back only by reopen ...
            expect(result.event.kind).toBe("phase_reopened");
            expect(result.event.reason).toBe(command.reason.trim()); // ... with its reason kept
            expect(result.event.reason?.length ?? 0).toBeGreaterThan(0);
          }
          state = result.state;
        }
        if (state.phase === "closed") closedRuns += 1;
      }),
      { numRuns: 400, seed: 20_261_122 },
    );
    expect(closedRuns).toBeGreaterThan(0);
    // Every single visit role tried to close feedback with all gates met at least once.
    for (const role of ["facilitator", "host", "moderator", "visiting_peer", "other"]) {
      expect(attemptsInFeedback).toContain(role);
    }
  });

  it("never moves a visit backwards with an advance, whatever the input", () => {
    fc.assert(
      fc.property(fc.constantFrom(...order), actorArb, contextArb, (phase, actor, context) => {
        const state = { visitId, initiativeId, phase };
        const result = transition(state, { kind: "advance" }, actor, context);
        if (result.ok) expect(order.indexOf(result.state.phase)).toBe(order.indexOf(phase) + 1);
      }),
      { numRuns: 1000, seed: 7 },
    );
  });
});
