import type { Db } from "../../db/database";
import type { OrganisationTable } from "../../db/schema";

/** Inserts an organisation. */
export async function insertOrganisation(db: Db, row: OrganisationTable): Promise<void> {
  await db.insertInto("organisations").values(row).execute();
}

/** One organisation by id. */
export function findOrganisation(db: Db, id: string) {
  return db.selectFrom("organisations").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Updates if `version` still matches; false when stale or gone. */
export async function updateOrganisationIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: Partial<OrganisationTable>,
): Promise<boolean> {
  const r = await db
    .updateTable("organisations")
    .set({ ...changes, version: version + 1, updated_at: new Date().toISOString() })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A page of organisations by name, optionally filtered by a name fragment. */
export async function listOrganisations(
  db: Db,
  page: { limit: number; offset: number; q?: string | undefined },
) {
  let q = db.selectFrom("organisations");
  if (page.q) {
    const like = `%${page.q.toLowerCase().replace(/[%_\\]/g, "")}%`;
    q = q.where("name_search", "like", like);
  }
  const [rows, count] = await Promise.all([
    q
      .selectAll()
      .orderBy("name_search")
      .orderBy("id")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
