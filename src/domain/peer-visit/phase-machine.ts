import { countDaysBetween, toEpochDay } from "./iso-date";
import {
  checkGates,
  type GateFailure,
  type GateFailureCode,
  gateFailureCodes,
  type PeerVisitPhase,
  peerVisitPhases,
  type TransitionContext,
} from "./phase-gates";
import {
  hasAnyVisitRole,
  type PeerVisitActor,
  resolveVisitRoles,
  type VisitRole,
} from "./visit-actor";

/** Where one peer visit stands. Changes only through `transition`. */
export interface PeerVisitState {
  visitId: string;
  initiativeId: string;
  phase: PeerVisitPhase;
}

/** Move to the next phase, or go back to an earlier one with a reason that is recorded. */
export type PeerVisitCommand =
  | { kind: "advance" }
  | { kind: "reopen"; to: PeerVisitPhase; reason: string };

/** What happened, for the visit's history. Moving back always carries its reason. */
export type PeerVisitEvent =
  | (PhaseEventBase & { kind: "phase_advanced"; reason: null })
  | (PhaseEventBase & { kind: "phase_reopened"; reason: string });

interface PhaseEventBase {
  visitId: string;
  from: PeerVisitPhase;
  to: PeerVisitPhase;
  byPersonId: string;
  /** The roles that let the actor do it, sorted. */
  byRoles: VisitRole[];
  /** The `today` of the context. */
  on: string;
}

/** Reasons a command is refused that are not gates. */
export const commandRejectionCodes = [
  "actor_not_allowed",
  "already_closed",
  "nothing_to_reopen",
  "reopen_target_not_earlier",
  "reopen_reason_missing",
  "reopen_reason_too_long",
] as const;

/** Every reason `transition` can give: command rejections, then gate failures. */
export const transitionRejectionCodes = [...commandRejectionCodes, ...gateFailureCodes] as const;
/** One of `transitionRejectionCodes`. */
export type TransitionRejectionCode = (typeof transitionRejectionCodes)[number];

/** The result of a command: a new state and its event, or a refusal as a value. */
export type TransitionResult =
  | { ok: true; state: PeerVisitState; event: PeerVisitEvent }
  | {
      ok: false;
      reason: TransitionRejectionCode;
      params: Record<string, string | number>;
      /** All unmet gates when the refusal is a gate (the first is `reason`); else empty. */
      unmetGates: GateFailureCode[];
    };

/** Longest reopen reason kept, in characters. */
export const maxReopenReasonLength = 2000;

/** Who may move a visit forward out of each phase (facilitators of the initiative always may). */
export const advancePermissions: Readonly<Record<PeerVisitPhase, readonly VisitRole[]>> = {
  preparation: ["host", "facilitator"],
  visit: ["host", "moderator", "facilitator"],
  feedback: ["moderator", "facilitator"],
  follow_up: ["host", "facilitator"],
  closed: [],
};

/** Who may send a visit back to each phase. The moderator may only reopen the feedback session. */
export const reopenPermissions: Readonly<Record<PeerVisitPhase, readonly VisitRole[]>> = {
  preparation: ["host", "facilitator"],
  visit: ["host", "facilitator"],
  feedback: ["host", "moderator", "facilitator"],
  follow_up: ["host", "facilitator"],
  closed: [],
};

/** A new visit, in preparation. */
export function createPeerVisitState(visitId: string, initiativeId: string): PeerVisitState {
  return { visitId, initiativeId, phase: "preparation" };
}

/** The phase after `phase`, or null after `closed`. */
export function findNextPhase(phase: PeerVisitPhase): PeerVisitPhase | null {
  return peerVisitPhases[peerVisitPhases.indexOf(phase) + 1] ?? null;
}

function reject(
  reason: TransitionRejectionCode,
  params: Record<string, string | number> = {},
): TransitionResult {
  return { ok: false, reason, params, unmetGates: [] };
}

function rejectGates(failures: readonly GateFailure[]): TransitionResult | null {
  const first = failures[0];
  if (!first) return null;
  return {
    ok: false,
    reason: first.code,
    params: first.params,
    unmetGates: failures.map((failure) => failure.code),
  };
}

function listActingRoles(
  actor: PeerVisitActor,
  state: PeerVisitState,
  allowed: readonly VisitRole[],
): VisitRole[] {
  return [...resolveVisitRoles(actor, state)].filter((role) => allowed.includes(role)).sort();
}

function advance(
  state: PeerVisitState,
  actor: PeerVisitActor,
  context: TransitionContext,
): TransitionResult {
  const to = findNextPhase(state.phase);
  if (to === null) return reject("already_closed");
  const allowed = advancePermissions[state.phase];
  if (!hasAnyVisitRole(actor, state, allowed)) {
    return reject("actor_not_allowed");
  }
  const gateRefusal = rejectGates(checkGates(state.phase, context));
  if (gateRefusal) return gateRefusal;
  const event: PeerVisitEvent = {
    kind: "phase_advanced",
    visitId: state.visitId,
    from: state.phase,
    to,
    byPersonId: actor.personId,
    byRoles: listActingRoles(actor, state, allowed),
    on: context.today,
    reason: null,
  };
  return { ok: true, state: { ...state, phase: to }, event };
}

function reopen(
  state: PeerVisitState,
  command: { to: PeerVisitPhase; reason: string },
  actor: PeerVisitActor,
  context: TransitionContext,
): TransitionResult {
  if (state.phase === "preparation") return reject("nothing_to_reopen");
  const target = peerVisitPhases.indexOf(command.to);
  if (target < 0 || target >= peerVisitPhases.indexOf(state.phase)) {
    return reject("reopen_target_not_earlier");
  }
  const allowed = reopenPermissions[command.to];
  if (!hasAnyVisitRole(actor, state, allowed)) {
    return reject("actor_not_allowed");
  }
  const reason = command.reason.trim();
  if (reason.length === 0) return reject("reopen_reason_missing");
  if (reason.length > maxReopenReasonLength) {
    return reject("reopen_reason_too_long", { max: maxReopenReasonLength });
  }
  const event: PeerVisitEvent = {
    kind: "phase_reopened",
    visitId: state.visitId,
    from: state.phase,
    to: command.to,
    byPersonId: actor.personId,
    byRoles: listActingRoles(actor, state, allowed),
    on: context.today,
    reason,
  };
  return { ok: true, state: { ...state, phase: command.to }, event };
}

/**
 * Applies one command to a visit. Forward moves go one phase at a time, only past the phase's
 * gates and only by the roles in `advancePermissions`; backward moves only by `reopen`, with a
 * non-blank reason that lands in the event. Never throws and never mutates `state`.
 */
export function transition(
  state: PeerVisitState,
  command: PeerVisitCommand,
  actor: PeerVisitActor,
  context: TransitionContext,
): TransitionResult {
  // Someone with no role in this visit learns nothing about it, not even that it is closed.
  if (resolveVisitRoles(actor, state).size === 0) return reject("actor_not_allowed");
  return command.kind === "advance"
    ? advance(state, actor, context)
    : reopen(state, command, actor, context);
}

/** Codes `preparationWarnings` can give. */
export const preparationWarningCodes = [
  "visit_start_date_not_set",
  "visit_start_date_invalid",
  "preparation_time_short",
  "visit_start_date_passed",
] as const;
/** One of `preparationWarningCodes`. */
export type PreparationWarningCode = (typeof preparationWarningCodes)[number];

/** Preparation normally takes three to five months; below this many days we warn. */
export const recommendedPreparationDays = 90;

/**
 * Warnings for the host while preparing: no date yet, less than about three months left
 * (`count` = days left, for plural messages), or the start date already behind us.
 */
export function preparationWarnings(
  visitStartsOn: string | null,
  today: string,
): { code: PreparationWarningCode; params: Record<string, number> }[] {
  if (visitStartsOn === null) return [{ code: "visit_start_date_not_set", params: {} }];
  if (toEpochDay(visitStartsOn) === null) return [{ code: "visit_start_date_invalid", params: {} }];
  const daysLeft = countDaysBetween(today, visitStartsOn);
  if (daysLeft === null) return [];
  if (daysLeft < 0) return [{ code: "visit_start_date_passed", params: { count: -daysLeft } }];
  if (daysLeft < recommendedPreparationDays) {
    return [
      {
        code: "preparation_time_short",
        params: { count: daysLeft, recommendedDays: recommendedPreparationDays },
      },
    ];
  }
  return [];
}
