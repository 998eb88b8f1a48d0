import type { Updateable } from "kysely";
import type { Db } from "../../db/database";
import type { Database } from "../../db/schema";
import { notFound, staleVersion } from "../../errors";
import {
  type ActivityChildTable,
  deleteChild,
  findChild,
  updateChildIfVersion,
} from "./child-repo";

/** Updates an activity's item at `version`; 404 when it is not the activity's, 409 when stale. */
export async function updateItemOrFail<T extends ActivityChildTable>(
  db: Db,
  table: T,
  ref: { activityId: string; id: string; version: number; what: string },
  changes: Updateable<Database[T]>,
): Promise<void> {
  if (await updateChildIfVersion(db, table, ref.activityId, ref.id, ref.version, changes)) return;
  if (await findChild(db, table, ref.activityId, ref.id)) throw staleVersion(`This ${ref.what}`);
  throw notFound(capitalise(ref.what));
}

/** Deletes an activity's item; 404 when it is not the activity's. */
export async function deleteItemOrFail(
  db: Db,
  table: ActivityChildTable,
  ref: { activityId: string; id: string; what: string },
): Promise<void> {
  if (!(await deleteChild(db, table, ref.activityId, ref.id))) throw notFound(capitalise(ref.what));
}

/** An activity's item or 404. */
export async function findItemOrFail<T extends ActivityChildTable>(
  db: Db,
  table: T,
  ref: { activityId: string; id: string; what: string },
) {
  const row = await findChild(db, table, ref.activityId, ref.id);
  if (!row) throw notFound(capitalise(ref.what));
  return row;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
