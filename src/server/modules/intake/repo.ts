import type { AuthorizedInitiativeId } from "../../auth/access-gate";
import type { Db } from "../../db/database";
import type { IntakeResponseTable, IntakeSurveyTable, ReformAreaTagTable } from "../../db/schema";

/** The tag vocabulary of an initiative: defaults first, then added tags by label. */
export function listTags(db: Db, initiativeId: AuthorizedInitiativeId) {
  return db
    .selectFrom("reform_area_tags")
    .selectAll()
    .where("initiative_id", "=", initiativeId)
    .orderBy("is_default", "desc")
    .orderBy("created_at")
    .orderBy("label")
    .execute();
}

/** Inserts tags, skipping keys the initiative already has; how many were new. */
export async function insertTagsIfNew(db: Db, rows: ReformAreaTagTable[]): Promise<number> {
  if (rows.length === 0) return 0;
  const r = await db
    .insertInto("reform_area_tags")
    .values(rows)
    .onConflict((oc) => oc.columns(["initiative_id", "key"]).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0);
}

/** One tag of an initiative. */
export function findTag(db: Db, initiativeId: AuthorizedInitiativeId, tagId: string) {
  return db
    .selectFrom("reform_area_tags")
    .selectAll()
    .where("initiative_id", "=", initiativeId)
    .where("id", "=", tagId)
    .executeTakeFirst();
}

/** Removes a tag. */
export async function deleteTag(db: Db, tagId: string): Promise<void> {
  await db.deleteFrom("reform_area_tags").where("id", "=", tagId).execute();
}

/** The survey of an initiative, if it was ever opened. */
export function findSurvey(db: Db, initiativeId: AuthorizedInitiativeId) {
  return db
    .selectFrom("intake_surveys")
    .selectAll()
    .where("initiative_id", "=", initiativeId)
    .executeTakeFirst();
}

/** Creates the survey row unless one exists (two facilitators opening at once is harmless). */
export async function insertSurveyIfMissing(db: Db, row: IntakeSurveyTable): Promise<void> {
  await db
    .insertInto("intake_surveys")
    .values(row)
    .onConflict((oc) => oc.column("initiative_id").doNothing())
    .execute();
}

/** Changes the survey of an initiative. */
export async function updateSurvey(
  db: Db,
  initiativeId: AuthorizedInitiativeId,
  changes: Partial<IntakeSurveyTable>,
): Promise<void> {
  await db
    .updateTable("intake_surveys")
    .set((eb) => ({ ...changes, version: eb("version", "+", 1) }))
    .where("initiative_id", "=", initiativeId)
    .execute();
}

/** One person's response in an initiative. */
export function findResponse(db: Db, initiativeId: AuthorizedInitiativeId, personId: string) {
  return db
    .selectFrom("intake_responses")
    .selectAll()
    .where("initiative_id", "=", initiativeId)
    .where("person_id", "=", personId)
    .executeTakeFirst();
}

/** All responses of an initiative, oldest first. */
export function listResponses(db: Db, initiativeId: AuthorizedInitiativeId) {
  return db
    .selectFrom("intake_responses")
    .selectAll()
    .where("initiative_id", "=", initiativeId)
    .orderBy("person_id")
    .execute();
}

/** Inserts a first response; false when the person already has one (a concurrent submission). */
export async function insertResponseIfNew(db: Db, row: IntakeResponseTable): Promise<boolean> {
  const r = await db
    .insertInto("intake_responses")
    .values(row)
    .onConflict((oc) => oc.columns(["initiative_id", "person_id"]).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Updates a response if `version` still matches; false when stale. */
export async function updateResponseIfVersion(
  db: Db,
  initiativeId: AuthorizedInitiativeId,
  personId: string,
  version: number,
  changes: Partial<IntakeResponseTable>,
): Promise<boolean> {
  const r = await db
    .updateTable("intake_responses")
    .set({ ...changes, version: version + 1 })
    .where("initiative_id", "=", initiativeId)
    .where("person_id", "=", personId)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
