import type { Insertable, Kysely, Selectable, Updateable } from "kysely";
import type { Db } from "../../db/database";
import type { Database } from "../../db/schema";

/** Tables whose rows belong to one activity and carry a `version`. */
export type ActivityChildTable =
  | "activity_participants"
  | "activity_agenda_items"
  | "activity_budget_lines"
  | "activity_documents"
  | "checklist_items"
  | "learning_objectives";

/** The columns every child table shares; the generic helpers below need only these. */
type ChildRow = { id: string; activity_id: string; version: number; created_at: string };
type ChildDb = { child: ChildRow };

// Kysely cannot type one query over a union of tables, so the helpers type the table as one
// stand-in holding only the shared columns (the real name is what runs); callers' types stay
// exact through the generic signatures.
function shared(db: Db): Kysely<ChildDb> {
  return db as unknown as Kysely<ChildDb>;
}

/** Inserts one child row. */
export async function insertChild<T extends ActivityChildTable>(
  db: Db,
  table: T,
  row: Insertable<Database[T]>,
): Promise<void> {
  await shared(db)
    .insertInto(table as unknown as "child")
    .values(row as unknown as ChildRow)
    .execute();
}

/** One child row of an activity, or undefined (also when it belongs to another activity). */
export async function findChild<T extends ActivityChildTable>(
  db: Db,
  table: T,
  activityId: string,
  id: string,
): Promise<Selectable<Database[T]> | undefined> {
  const row = await shared(db)
    .selectFrom(table as unknown as "child")
    .selectAll()
    .where("id", "=", id)
    .where("activity_id", "=", activityId)
    .executeTakeFirst();
  return row as Selectable<Database[T]> | undefined;
}

/** All child rows of an activity in creation order. */
export async function listChildren<T extends ActivityChildTable>(
  db: Db,
  table: T,
  activityId: string,
): Promise<Selectable<Database[T]>[]> {
  const rows = await shared(db)
    .selectFrom(table as unknown as "child")
    .selectAll()
    .where("activity_id", "=", activityId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows as unknown as Selectable<Database[T]>[];
}

/** Updates a child if `version` still matches; false when stale or not found. */
export async function updateChildIfVersion<T extends ActivityChildTable>(
  db: Db,
  table: T,
  activityId: string,
  id: string,
  version: number,
  changes: Updateable<Database[T]>,
): Promise<boolean> {
  const r = await shared(db)
    .updateTable(table as unknown as "child")
    .set({ ...(changes as object), version: version + 1 })
    .where("id", "=", id)
    .where("activity_id", "=", activityId)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Deletes a child; false when it was not there. */
export async function deleteChild(
  db: Db,
  table: ActivityChildTable,
  activityId: string,
  id: string,
): Promise<boolean> {
  const r = await shared(db)
    .deleteFrom(table as unknown as "child")
    .where("id", "=", id)
    .where("activity_id", "=", activityId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}
