import type { ImprovementActionStatus } from "../../../domain/peer-visit/phase-gates";
import type { ImprovementAction } from "../../../shared/contracts/peer-visit-records";
import type { AuthorizedActivity } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import { newId, nowIso } from "../../db/ids";
import type { PeerVisitActionTable } from "../../db/schema";
import { notFound, staleVersion } from "../../errors";
import {
  deleteRecordIfVersion,
  findRecordById,
  insertRecord,
  listRecords,
  updateRecordIfVersion,
} from "./record-repo";
import { loadVisitContext, requireAllowed, requirePhase, type VisitContext } from "./visit-context";
import { holds } from "./visit-view";

type ActionFields = {
  title: string;
  basedOn: string;
  ownerName: string;
  dueOn: string | null;
  status: ImprovementActionStatus;
  progressNote: string;
};

/** An action as the API shows it. */
export function toAction(row: PeerVisitActionTable): ImprovementAction {
  return {
    id: row.id,
    title: row.title,
    basedOn: row.based_on,
    ownerName: row.owner_name,
    dueOn: row.due_on,
    status: row.status as ImprovementActionStatus,
    progressNote: row.progress_note,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const parentOf = (context: VisitContext) => ({ column: "visit_id" as const, id: context.visit.id });

/** The visit's improvement actions, oldest first (everyone who opens the visit). */
export async function listActions(ctx: AppContext, auth: AuthorizedActivity) {
  const context = await loadVisitContext(ctx, auth);
  const rows = await listRecords(ctx.db, "peer_visit_actions", parentOf(context));
  return { items: rows.map(toAction) };
}

async function loadForChange(ctx: AppContext, auth: AuthorizedActivity): Promise<VisitContext> {
  const context = await loadVisitContext(ctx, auth);
  requireAllowed(holds(context, ["host", "facilitator"]), "planning improvement actions");
  requirePhase(context, ["follow_up"]);
  return context;
}

/** The host (or a facilitator) turns feedback into an improvement action, in follow-up. */
export async function createAction(ctx: AppContext, auth: AuthorizedActivity, input: ActionFields) {
  const context = await loadForChange(ctx, auth);
  const now = nowIso();
  const row: PeerVisitActionTable = {
    id: newId(),
    visit_id: context.visit.id,
    title: input.title,
    based_on: input.basedOn,
    owner_name: input.ownerName,
    due_on: input.dueOn,
    status: input.status,
    progress_note: input.progressNote,
    created_by: auth.actor.personId,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await ctx.db.transaction().execute((trx) => insertRecord(trx, "peer_visit_actions", row));
  return toAction(row);
}

async function requireAction(ctx: AppContext, context: VisitContext, actionId: string) {
  const row = await findRecordById(ctx.db, "peer_visit_actions", actionId);
  if (!row || row.visit_id !== context.visit.id) throw notFound("Improvement action");
  return row;
}

/** Changes an action's fields, status or progress (host, facilitators; follow-up). */
export async function updateAction(
  ctx: AppContext,
  auth: AuthorizedActivity,
  actionId: string,
  input: Partial<ActionFields> & { version: number },
) {
  const context = await loadForChange(ctx, auth);
  await requireAction(ctx, context, actionId);
  const changes: Partial<PeerVisitActionTable> = { updated_at: nowIso() };
  if (input.title !== undefined) changes.title = input.title;
  if (input.basedOn !== undefined) changes.based_on = input.basedOn;
  if (input.ownerName !== undefined) changes.owner_name = input.ownerName;
  if (input.dueOn !== undefined) changes.due_on = input.dueOn;
  if (input.status !== undefined) changes.status = input.status;
  if (input.progressNote !== undefined) changes.progress_note = input.progressNote;
  const ref = { parent: parentOf(context), id: actionId, version: input.version };
  const saved = await ctx.db
    .transaction()
    .execute((trx) => updateRecordIfVersion(trx, "peer_visit_actions", ref, changes));
  if (!saved) throw staleVersion("This improvement action");
  return toAction(await requireAction(ctx, context, actionId));
}

/** Deletes an action (host, facilitators; follow-up). */
export async function deleteAction(
  ctx: AppContext,
  auth: AuthorizedActivity,
  actionId: string,
  version: number,
) {
  const context = await loadForChange(ctx, auth);
  await requireAction(ctx, context, actionId);
  const ref = { parent: parentOf(context), id: actionId, version };
  const deleted = await ctx.db
    .transaction()
    .execute((trx) => deleteRecordIfVersion(trx, "peer_visit_actions", ref));
  if (!deleted) throw staleVersion("This improvement action");
}
