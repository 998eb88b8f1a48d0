import type { Insertable, Selectable, Updateable } from "kysely";
import type { Db } from "../../db/database";
import { nowIso } from "../../db/ids";
import type { Database } from "../../db/schema";
import { AppError, notFound, staleVersion } from "../../errors";
import {
  findRecordByAuthor,
  findRecordById,
  insertRecord,
  type MethodRecordTable,
  type RecordParent,
  updateRecordIfVersion,
} from "./record-repo";

/** Tables whose records have one author. */
export type AuthoredTable = Exclude<MethodRecordTable, "peer_visit_actions">;

type Row<T extends AuthoredTable> = Selectable<Database[T]>;

/** How to save one authored record idempotently. */
export type AuthoredSave<T extends AuthoredTable> = {
  table: T;
  parent: RecordParent;
  /** The client's id for the record; null for "the author's one record" (checks, adaptations). */
  id: string | null;
  authorId: string;
  /** The version the client last saw; 0 for a record it never saw saved. */
  version: number;
  /** The content columns to write. */
  content: Updateable<Database[T]>;
  /** A new row with these contents, at version 1. */
  buildRow: (id: string, now: string) => Insertable<Database[T]>;
  /** True when the stored row already holds exactly this content. */
  isSame: (row: Row<T>) => boolean;
  /** May the caller read someone else's row? (403 if so, else 404.) */
  canRead: (row: Row<T>) => boolean;
  what: string;
  newId: () => string;
};

type AuthoredColumns = { id: string; version: number; author_id: string };

/** The columns every authored table shares (Kysely cannot see them through the generic). */
function meta<T extends AuthoredTable>(row: Row<T>): AuthoredColumns {
  return row as unknown as AuthoredColumns;
}

function parentOf<T extends AuthoredTable>(row: Row<T>, parent: RecordParent): string {
  return (row as unknown as Record<string, string>)[parent.column] ?? "";
}

async function findExisting<T extends AuthoredTable>(db: Db, spec: AuthoredSave<T>) {
  return spec.id === null
    ? findRecordByAuthor(db, spec.table, spec.parent, spec.authorId)
    : findRecordById(db, spec.table, spec.id);
}

async function reread<T extends AuthoredTable>(db: Db, spec: AuthoredSave<T>, id: string) {
  const row = await findRecordById(db, spec.table, id);
  if (!row) throw notFound(spec.what);
  return row;
}

async function updateAt<T extends AuthoredTable>(db: Db, spec: AuthoredSave<T>, row: Row<T>) {
  const changes = { ...spec.content, updated_at: nowIso() } as Updateable<Database[T]>;
  const ref = { parent: spec.parent, id: meta(row).id, version: meta(row).version };
  if (!(await updateRecordIfVersion(db, spec.table, ref, changes)))
    throw staleVersion(`This ${spec.what}`);
  return reread(db, spec, meta(row).id);
}

async function insertNew<T extends AuthoredTable>(db: Db, spec: AuthoredSave<T>) {
  const id = spec.id ?? spec.newId();
  try {
    await insertRecord(db, spec.table, spec.buildRow(id, nowIso()));
  } catch (error) {
    // Two copies of the same first save raced: the one that lost finds the winner's row.
    const winner = await findExisting(db, spec);
    if (winner && meta(winner).author_id === spec.authorId && spec.isSame(winner)) return winner;
    if (winner) throw staleVersion(`This ${spec.what}`);
    throw error;
  }
  return reread(db, spec, id);
}

/**
 * Saves an authored record so that a retry never duplicates or loses text. The client sends the
 * version it last saw (0 for new). Same version: an ordinary update. One version behind: the
 * client's previous save landed but its answer was lost; identical content answers the stored
 * record, new content is written on top (only the author writes, so nothing of anyone else's is
 * lost). Further behind: 409. Someone else's record: 403 if readable, else 404.
 */
export async function saveAuthoredRecord<T extends AuthoredTable>(
  db: Db,
  spec: AuthoredSave<T>,
): Promise<Row<T>> {
  // No transaction on purpose: each write is one statement guarded by its version, and on
  // PostgreSQL a failed insert would abort the transaction the race handler re-reads in.
  const existing = await findExisting(db, spec);
  if (!existing) {
    if (spec.version !== 0) throw notFound(spec.what);
    return insertNew(db, spec);
  }
  if (parentOf(existing, spec.parent) !== spec.parent.id) throw notFound(spec.what);
  if (meta(existing).author_id !== spec.authorId) {
    if (spec.canRead(existing)) {
      throw new AppError("FORBIDDEN", `Only its author changes this ${spec.what}`);
    }
    throw notFound(spec.what);
  }
  if (meta(existing).version === spec.version) return updateAt(db, spec, existing);
  if (meta(existing).version === spec.version + 1) {
    return spec.isSame(existing) ? existing : updateAt(db, spec, existing);
  }
  throw staleVersion(`This ${spec.what}`);
}

/**
 * Finds a record of `parent` for a change by its author: 404 when it is not there, not the
 * parent's, or unreadable to the caller; 403 when readable but someone else's.
 */
export async function findOwnRecord<T extends AuthoredTable>(
  db: Db,
  table: T,
  ref: { parent: RecordParent; id: string; authorId: string; what: string },
  canRead: (row: Row<T>) => boolean,
): Promise<Row<T>> {
  const row = await findRecordById(db, table, ref.id);
  if (!row || parentOf(row, ref.parent) !== ref.parent.id || !canRead(row)) {
    throw notFound(ref.what);
  }
  if (meta(row).author_id !== ref.authorId) {
    throw new AppError("FORBIDDEN", `Only its author changes this ${ref.what}`);
  }
  return row;
}
