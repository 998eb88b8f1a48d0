import type { Insertable, Kysely, Selectable, Updateable } from "kysely";
import type { Db } from "../../db/database";
import type { Database } from "../../db/schema";

/** Tables of records that belong to one method record (a visit, a shadowing, a workshop). */
export type MethodRecordTable =
  | "peer_visit_notes"
  | "peer_visit_checks"
  | "peer_visit_feedback_items"
  | "peer_visit_adaptations"
  | "peer_visit_actions"
  | "work_shadowing_entries"
  | "workshop_outputs";

/** Which column links a record to its parent, and the parent's id. */
export type RecordParent = {
  column: "visit_id" | "shadowing_id" | "workshop_id";
  id: string;
};

type RecordRow = {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
  visit_id: string;
  shadowing_id: string;
  workshop_id: string;
  author_id: string;
};

// Kysely cannot type one query over a union of tables, so these helpers use one stand-in table
// with the shared columns (the real name is what runs); the generic signatures keep callers exact.
function shared(db: Db): Kysely<{ rec: RecordRow }> {
  return db as unknown as Kysely<{ rec: RecordRow }>;
}

/** Inserts one record. */
export async function insertRecord<T extends MethodRecordTable>(
  db: Db,
  table: T,
  row: Insertable<Database[T]>,
): Promise<void> {
  await shared(db)
    .insertInto(table as unknown as "rec")
    .values(row as unknown as RecordRow)
    .execute();
}

/** A record by id, whatever its parent (to tell "someone else's" from "not there"). */
export async function findRecordById<T extends MethodRecordTable>(
  db: Db,
  table: T,
  id: string,
): Promise<Selectable<Database[T]> | undefined> {
  const row = await shared(db)
    .selectFrom(table as unknown as "rec")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  return row as Selectable<Database[T]> | undefined;
}

/** The one record `authorId` keeps for a parent (peer checks, adaptations). */
export async function findRecordByAuthor<T extends MethodRecordTable>(
  db: Db,
  table: T,
  parent: RecordParent,
  authorId: string,
): Promise<Selectable<Database[T]> | undefined> {
  const row = await shared(db)
    .selectFrom(table as unknown as "rec")
    .selectAll()
    .where(parent.column, "=", parent.id)
    .where("author_id", "=", authorId)
    .executeTakeFirst();
  return row as Selectable<Database[T]> | undefined;
}

/** All records of a parent in creation order. */
export async function listRecords<T extends MethodRecordTable>(
  db: Db,
  table: T,
  parent: RecordParent,
): Promise<Selectable<Database[T]>[]> {
  const rows = await shared(db)
    .selectFrom(table as unknown as "rec")
    .selectAll()
    .where(parent.column, "=", parent.id)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows as unknown as Selectable<Database[T]>[];
}

/** Updates a record of the parent at `version` (bumping it); false when stale or not there. */
export async function updateRecordIfVersion<T extends MethodRecordTable>(
  db: Db,
  table: T,
  ref: { parent: RecordParent; id: string; version: number },
  changes: Updateable<Database[T]>,
): Promise<boolean> {
  const result = await shared(db)
    .updateTable(table as unknown as "rec")
    .set({ ...(changes as object), version: ref.version + 1 })
    .where("id", "=", ref.id)
    .where(ref.parent.column, "=", ref.parent.id)
    .where("version", "=", ref.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes a record of the parent at `version`; false when stale or not there. */
export async function deleteRecordIfVersion(
  db: Db,
  table: MethodRecordTable,
  ref: { parent: RecordParent; id: string; version: number },
): Promise<boolean> {
  const result = await shared(db)
    .deleteFrom(table as unknown as "rec")
    .where("id", "=", ref.id)
    .where(ref.parent.column, "=", ref.parent.id)
    .where("version", "=", ref.version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
