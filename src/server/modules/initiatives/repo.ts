import type { AuthorizedInitiativeId } from "../../auth/access-gate";
import type { Db } from "../../db/database";
import type { InitiativeTable } from "../../db/schema";

/** Inserts an initiative. */
export async function insertInitiative(db: Db, row: InitiativeTable): Promise<void> {
  await db.insertInto("initiatives").values(row).execute();
}

function memberCount(db: Db) {
  return db
    .selectFrom("memberships")
    .select(({ fn }) => ["initiative_id", fn.countAll<number>().as("member_count")])
    .groupBy("initiative_id")
    .as("mc");
}

/** One initiative (already authorised) with its member count. */
export function findInitiative(db: Db, id: AuthorizedInitiativeId) {
  return db
    .selectFrom("initiatives")
    .leftJoin(memberCount(db), "mc.initiative_id", "initiatives.id")
    .selectAll("initiatives")
    .select("mc.member_count")
    .where("initiatives.id", "=", id)
    .executeTakeFirst();
}

/** The initiatives a person belongs to, newest first, with their role and member counts. */
export async function listInitiativesOfPerson(
  db: Db,
  personId: string,
  page: { limit: number; offset: number },
) {
  const base = db
    .selectFrom("memberships as me")
    .innerJoin("initiatives", "initiatives.id", "me.initiative_id")
    .where("me.person_id", "=", personId);
  const [rows, count] = await Promise.all([
    base
      .leftJoin(memberCount(db), "mc.initiative_id", "initiatives.id")
      .selectAll("initiatives")
      .select(["me.role as my_role", "mc.member_count"])
      .orderBy("initiatives.created_at", "desc")
      .orderBy("initiatives.id", "desc")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Updates if `version` still matches; false when stale. */
export async function updateInitiativeIfVersion(
  db: Db,
  id: AuthorizedInitiativeId,
  version: number,
  changes: Partial<InitiativeTable>,
): Promise<boolean> {
  const r = await db
    .updateTable("initiatives")
    .set({ ...changes, version: version + 1, updated_at: new Date().toISOString() })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
