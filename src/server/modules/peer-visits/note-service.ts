import {
  canEditNote,
  canReadEvidence,
  canReadNote,
} from "../../../domain/peer-visit/confidentiality";
import type { SaveNote, VisitNote } from "../../../shared/contracts/peer-visit-records";
import type { ReadinessCriterion } from "../../../shared/contracts/peer-visits";
import type { AuthorizedActivity } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import { newId } from "../../db/ids";
import type { PeerVisitNoteTable } from "../../db/schema";
import { AppError, staleVersion } from "../../errors";
import { findDisplayNames } from "./activity-facts-repo";
import { deleteRecordIfVersion, listRecords } from "./record-repo";
import { findOwnRecord, saveAuthoredRecord } from "./record-writes";
import { loadVisitContext, requireAllowed, type VisitContext } from "./visit-context";

function canRead(context: VisitContext, row: PeerVisitNoteTable): boolean {
  const record = { visitId: row.visit_id, authorPersonId: row.author_id };
  return row.kind === "evidence"
    ? canReadEvidence(context.actor, record, context.scope)
    : canReadNote(context.actor, record, context.scope);
}

function toNote(row: PeerVisitNoteTable, names: Map<string, string>, me: string): VisitNote {
  return {
    id: row.id,
    kind: row.kind === "evidence" ? "evidence" : "note",
    criterion: row.criterion as ReadinessCriterion | null,
    text: row.text,
    authorPersonId: row.author_id,
    authorName: names.get(row.author_id) ?? "",
    isMine: row.author_id === me,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function toNotes(ctx: AppContext, rows: PeerVisitNoteTable[], me: string) {
  const names = await findDisplayNames(
    ctx.db,
    rows.map((row) => row.author_id),
  );
  return rows.map((row) => toNote(row, names, me));
}

/** The notes and evidence the caller may read: their own, or all for host, moderator, facilitators. */
export async function listNotes(ctx: AppContext, auth: AuthorizedActivity) {
  const context = await loadVisitContext(ctx, auth);
  const rows = await listRecords(ctx.db, "peer_visit_notes", {
    column: "visit_id",
    id: context.visit.id,
  });
  return {
    items: await toNotes(
      ctx,
      rows.filter((row) => canRead(context, row)),
      auth.actor.personId,
    ),
  };
}

/**
 * Saves a note or evidence under the client's id, idempotently (see `saveAuthoredRecord`).
 * People taking part in the visit write notes until it closes; each edits only their own.
 */
export async function saveNote(
  ctx: AppContext,
  auth: AuthorizedActivity,
  noteId: string,
  input: SaveNote,
): Promise<VisitNote> {
  const context = await loadVisitContext(ctx, auth);
  requireAllowed(context.actor.visitRoles.length > 0, "writing notes");
  const me = auth.actor.personId;
  const record = { visitId: context.visit.id, authorPersonId: me };
  if (!canEditNote(context.actor, record, context.scope)) {
    throw new AppError("CONFLICT", "Notes are closed with the visit");
  }
  const row = await saveAuthoredRecord(ctx.db, {
    table: "peer_visit_notes",
    parent: { column: "visit_id", id: context.visit.id },
    id: noteId,
    authorId: me,
    version: input.version,
    content: { kind: input.kind, criterion: input.criterion, text: input.text },
    buildRow: (id, now) => ({
      id,
      visit_id: context.visit.id,
      author_id: me,
      kind: input.kind,
      criterion: input.criterion,
      text: input.text,
      version: 1,
      created_at: now,
      updated_at: now,
    }),
    isSame: (stored) =>
      stored.text === input.text &&
      stored.kind === input.kind &&
      stored.criterion === input.criterion,
    canRead: (stored) => canRead(context, stored),
    what: "note",
    newId,
  });
  return (await toNotes(ctx, [row], me))[0] as VisitNote;
}

/** Deletes the caller's own note while the visit is open. */
export async function deleteNote(
  ctx: AppContext,
  auth: AuthorizedActivity,
  noteId: string,
  version: number,
): Promise<void> {
  const context = await loadVisitContext(ctx, auth);
  const parent = { column: "visit_id" as const, id: context.visit.id };
  const me = auth.actor.personId;
  const row = await findOwnRecord(
    ctx.db,
    "peer_visit_notes",
    { parent, id: noteId, authorId: me, what: "Note" },
    (stored) => canRead(context, stored),
  );
  if (!canEditNote(context.actor, { visitId: row.visit_id, authorPersonId: me }, context.scope)) {
    throw new AppError("CONFLICT", "Notes are closed with the visit");
  }
  const deleted = await ctx.db
    .transaction()
    .execute((trx) =>
      deleteRecordIfVersion(trx, "peer_visit_notes", { parent, id: noteId, version }),
    );
  if (!deleted) throw staleVersion("This note");
}
