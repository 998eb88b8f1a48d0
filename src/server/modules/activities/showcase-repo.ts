import type { Insertable, Updateable } from "kysely";
import type { Db } from "../../db/database";
import type { ShowcaseTable } from "../../db/schema";

function selectShowcases(db: Db) {
  return db
    .selectFrom("showcases")
    .leftJoin("organisations", "organisations.id", "showcases.organisation_id")
    .leftJoin("people as champion", "champion.id", "showcases.champion_person_id")
    .selectAll("showcases")
    .select(["organisations.name as organisation_name", "champion.display_name as champion_name"]);
}

/** A showcase with its organisation's and champion's names. */
export type ShowcaseRow = NonNullable<Awaited<ReturnType<typeof findShowcase>>>;

/** Inserts a showcase. */
export async function insertShowcase(db: Db, row: Insertable<ShowcaseTable>): Promise<void> {
  await db.insertInto("showcases").values(row).execute();
}

/** One showcase of an initiative. */
export function findShowcase(db: Db, initiativeId: string, id: string) {
  return selectShowcases(db)
    .where("showcases.initiative_id", "=", initiativeId)
    .where("showcases.id", "=", id)
    .executeTakeFirst();
}

/** A page of an initiative's showcases by title, with the total. */
export async function listShowcasePage(
  db: Db,
  initiativeId: string,
  page: { limit: number; offset: number },
) {
  const [rows, count] = await Promise.all([
    selectShowcases(db)
      .where("showcases.initiative_id", "=", initiativeId)
      .orderBy("showcases.title")
      .orderBy("showcases.id")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db
      .selectFrom("showcases")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("initiative_id", "=", initiativeId)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Updates if `version` still matches; false when stale or gone. */
export async function updateShowcaseIfVersion(
  db: Db,
  initiativeId: string,
  id: string,
  version: number,
  changes: Updateable<ShowcaseTable>,
): Promise<boolean> {
  const r = await db
    .updateTable("showcases")
    .set({ ...changes, version: version + 1, updated_at: new Date().toISOString() })
    .where("id", "=", id)
    .where("initiative_id", "=", initiativeId)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Deletes a showcase (visits planned to it stay, without the link). */
export async function deleteShowcaseRow(db: Db, initiativeId: string, id: string) {
  const r = await db
    .deleteFrom("showcases")
    .where("id", "=", id)
    .where("initiative_id", "=", initiativeId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}
