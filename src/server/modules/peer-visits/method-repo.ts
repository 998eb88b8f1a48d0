import type { Updateable } from "kysely";
import type { Db } from "../../db/database";
import type { WorkShadowingTable, WorkshopTable } from "../../db/schema";

/** The work shadowing attached to an activity, if set up. */
export function findShadowingByActivity(db: Db, activityId: string) {
  return db
    .selectFrom("work_shadowings")
    .selectAll()
    .where("activity_id", "=", activityId)
    .executeTakeFirst();
}

/** Inserts a work shadowing. */
export async function insertShadowing(db: Db, row: WorkShadowingTable): Promise<void> {
  await db.insertInto("work_shadowings").values(row).execute();
}

/** Updates a work shadowing at `version`; false when stale. */
export async function updateShadowingIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: Updateable<WorkShadowingTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("work_shadowings")
    .set({ ...changes, version: version + 1 })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The workshop attached to an activity, if set up. */
export function findWorkshopByActivity(db: Db, activityId: string) {
  return db
    .selectFrom("workshops")
    .selectAll()
    .where("activity_id", "=", activityId)
    .executeTakeFirst();
}

/** Inserts a workshop. */
export async function insertWorkshop(db: Db, row: WorkshopTable): Promise<void> {
  await db.insertInto("workshops").values(row).execute();
}

/** Updates a workshop at `version`; false when stale. */
export async function updateWorkshopIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: Updateable<WorkshopTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("workshops")
    .set({ ...changes, version: version + 1 })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
