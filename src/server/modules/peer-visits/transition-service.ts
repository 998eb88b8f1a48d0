import { canShareReport } from "../../../domain/peer-visit/confidentiality";
import {
  type PeerVisitCommand,
  type TransitionResult,
  transition,
} from "../../../domain/peer-visit/phase-machine";
import type { PeerVisit, TransitionRequest } from "../../../shared/contracts/peer-visits";
import type { AuthorizedActivity } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import { newId, nowIso } from "../../db/ids";
import type { PeerVisitTable } from "../../db/schema";
import { AppError, staleVersion } from "../../errors";
import { todayUtc } from "../activities/schedule";
import {
  loadGateFacts,
  loadVisitContext,
  requireAllowed,
  requirePhase,
  type VisitContext,
} from "./visit-context";
import { insertPhaseEvent, updateVisitIfVersion } from "./visit-repo";
import { getVisit } from "./visit-service";
import { holds } from "./visit-view";

function toCommand(input: TransitionRequest): PeerVisitCommand {
  return input.kind === "advance"
    ? { kind: "advance" }
    : { kind: "reopen", to: input.to, reason: input.reason };
}

function refuse(result: Extract<TransitionResult, { ok: false }>): never {
  if (result.reason === "actor_not_allowed") {
    throw new AppError("FORBIDDEN", "Your part in this visit does not allow this move", [
      { path: "phase", code: result.reason, message: "Not allowed for your role" },
    ]);
  }
  const codes = [result.reason, ...result.unmetGates.filter((code) => code !== result.reason)];
  throw new AppError(
    "CONFLICT",
    `The visit cannot move: ${codes.join(", ")}`,
    codes.map((code) => ({ path: "phase", code, message: code.replaceAll("_", " ") })),
  );
}

function requireVersion(context: VisitContext, version: number): void {
  if (context.visit.version !== version) throw staleVersion("This peer visit");
}

/**
 * Moves the visit one phase forward or back, only as the domain's machine allows: its gates,
 * who may make the move, a reason for going back. The move and its history entry are written
 * together, guarded by the version the caller saw.
 */
export async function changePhase(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: TransitionRequest,
): Promise<PeerVisit> {
  const context = await loadVisitContext(ctx, auth);
  requireVersion(context, input.version);
  const today = todayUtc();
  const facts = await loadGateFacts(ctx, context);
  const state = {
    visitId: context.visit.id,
    initiativeId: context.visit.initiative_id,
    phase: context.scope.phase,
  };
  const result = transition(state, toCommand(input), context.actor, { today, facts });
  if (!result.ok) refuse(result);
  const now = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    const changes = { phase: result.state.phase, updated_at: now };
    if (!(await updateVisitIfVersion(trx, context.visit.id, input.version, changes))) {
      throw staleVersion("This peer visit");
    }
    await insertPhaseEvent(trx, {
      id: newId(),
      visit_id: context.visit.id,
      kind: result.event.kind,
      from_phase: result.event.from,
      to_phase: result.event.to,
      by_person_id: result.event.byPersonId,
      by_roles: JSON.stringify(result.event.byRoles),
      on_date: result.event.on,
      reason: result.event.reason,
      created_at: now,
    });
  });
  return getVisit(ctx, auth);
}

async function saveVisit(
  ctx: AppContext,
  context: VisitContext,
  version: number,
  changes: Partial<PeerVisitTable>,
): Promise<void> {
  const saved = await ctx.db
    .transaction()
    .execute((trx) => updateVisitIfVersion(trx, context.visit.id, version, changes));
  if (!saved) throw staleVersion("This peer visit");
}

/** The moderator (or a facilitator) records what peers and host agreed, in the feedback phase. */
export async function recordUnderstanding(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: { agreedStrengths: string[]; agreedWeaknesses: string[]; note: string; version: number },
): Promise<PeerVisit> {
  const context = await loadVisitContext(ctx, auth);
  requireAllowed(
    holds(context, ["moderator", "facilitator"]),
    "recording the common understanding",
  );
  requirePhase(context, ["feedback"]);
  const now = nowIso();
  await saveVisit(ctx, context, input.version, {
    agreed_strengths: JSON.stringify(input.agreedStrengths),
    agreed_weaknesses: JSON.stringify(input.agreedWeaknesses),
    understanding_note: input.note,
    understanding_recorded_by: auth.actor.personId,
    understanding_recorded_at: now,
    updated_at: now,
  });
  return getVisit(ctx, auth);
}

/** Only the host shares the report with the whole initiative, or takes it back. */
export async function shareReport(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: { sharing: "confidential" | "initiative"; version: number },
): Promise<PeerVisit> {
  const context = await loadVisitContext(ctx, auth);
  requireAllowed(canShareReport(context.actor, context.scope), "sharing the report");
  const now = nowIso();
  await saveVisit(ctx, context, input.version, {
    report_sharing: input.sharing,
    report_shared_at: input.sharing === "initiative" ? now : null,
    updated_at: now,
  });
  return getVisit(ctx, auth);
}
