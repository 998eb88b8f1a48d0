// Shared builders for the phase machine's tests; not used by production code.
import type { PeerVisitFacts, TransitionContext } from "./phase-gates";
import { createPeerVisitState, type PeerVisitState, type TransitionResult } from "./phase-machine";
import type { PeerVisitActor, VisitRole } from "./visit-actor";

/** The visit every fixture belongs to. */
export const fixtureScope = { visitId: "visit-1", initiativeId: "init-1" };

/** A peer of the fixture visit with no visit role, changed by `overrides`. */
export function makeActor(overrides: Partial<PeerVisitActor> = {}): PeerVisitActor {
  return {
    personId: "p-1",
    initiativeId: fixtureScope.initiativeId,
    initiativeRoles: ["peer"],
    visitId: fixtureScope.visitId,
    visitRoles: [],
    ...overrides,
  };
}

/** A person holding just `role` in the fixture visit (personId `p-<role>`). */
export function withRole(role: VisitRole): PeerVisitActor {
  return makeActor({ personId: `p-${role}`, visitRoles: [role] });
}

/** Facts that pass every gate on 2026-03-02. */
export const readyFacts: PeerVisitFacts = {
  areaToImprove: "Handling of building permit applications",
  isReadinessAssessmentCompleted: true,
  moderatorPersonIds: ["p-moderator"],
  visitingPeerPersonIds: ["p-peer-1", "p-peer-2"],
  visitStartsOn: "2026-03-02",
  commonUnderstanding: {
    agreedStrengths: ["Clear intake checklist"],
    agreedWeaknesses: ["No tracking of waiting times"],
  },
  improvementActions: [
    { id: "a1", status: "planned" },
    { id: "a2", status: "done" },
  ],
};

/** A context on `today` with `readyFacts` changed by `facts`. */
export function makeContext(
  facts: Partial<PeerVisitFacts> = {},
  today = "2026-03-02",
): TransitionContext {
  return { today, facts: { ...readyFacts, ...facts } };
}

/** The fixture visit, frozen, in `phase`. */
export function inPhase(phase: PeerVisitState["phase"]): PeerVisitState {
  return Object.freeze({
    ...createPeerVisitState(fixtureScope.visitId, fixtureScope.initiativeId),
    phase,
  });
}

/** The refusal inside `result`; throws (failing the test) when the command went through. */
export function expectRefused(result: TransitionResult) {
  if (result.ok) throw new Error(`expected a refusal, got ${result.state.phase}`);
  return result;
}
