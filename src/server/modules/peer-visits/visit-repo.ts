import type { Updateable } from "kysely";
import type { Db } from "../../db/database";
import type { PeerVisitEventTable, PeerVisitTable } from "../../db/schema";

/** The peer visit attached to an activity, if its workflow has been started. */
export function findVisitByActivity(db: Db, activityId: string) {
  return db
    .selectFrom("peer_visits")
    .selectAll()
    .where("activity_id", "=", activityId)
    .executeTakeFirst();
}

/** Inserts a new visit. */
export async function insertVisit(db: Db, row: PeerVisitTable): Promise<void> {
  await db.insertInto("peer_visits").values(row).execute();
}

/** Updates the visit if it is still at `version` (bumping it); false when stale or gone. */
export async function updateVisitIfVersion(
  db: Db,
  visitId: string,
  version: number,
  changes: Updateable<PeerVisitTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("peer_visits")
    .set({ ...changes, version: version + 1 })
    .where("id", "=", visitId)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Records a phase change in the visit's history. */
export async function insertPhaseEvent(db: Db, row: PeerVisitEventTable): Promise<void> {
  await db.insertInto("peer_visit_events").values(row).execute();
}

/** The visit's history, oldest first, with the names of who acted. */
export function listPhaseEvents(db: Db, visitId: string) {
  return db
    .selectFrom("peer_visit_events as e")
    .leftJoin("people", "people.id", "e.by_person_id")
    .selectAll("e")
    .select("people.display_name as by_name")
    .where("e.visit_id", "=", visitId)
    .orderBy("e.created_at")
    .orderBy("e.id")
    .execute();
}

/** How many feedback items the visit has (any author). */
export async function countFeedbackItems(db: Db, visitId: string): Promise<number> {
  const row = await db
    .selectFrom("peer_visit_feedback_items")
    .select(({ fn }) => fn.countAll<number | string>().as("n"))
    .where("visit_id", "=", visitId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The ids and statuses of the visit's improvement actions (for the follow-up gate). */
export function listActionStatuses(db: Db, visitId: string) {
  return db
    .selectFrom("peer_visit_actions")
    .select(["id", "status"])
    .where("visit_id", "=", visitId)
    .execute();
}

/** Every visit of an initiative with its activity, and `personId`'s part in each. */
export function listInitiativeVisits(db: Db, initiativeId: string, personId: string) {
  return db
    .selectFrom("peer_visits as v")
    .innerJoin("activities as a", "a.id", "v.activity_id")
    .leftJoin("activity_participants as mine", (join) =>
      join.onRef("mine.activity_id", "=", "a.id").on("mine.person_id", "=", personId),
    )
    .select([
      "v.id",
      "v.activity_id",
      "v.phase",
      "v.report_sharing",
      "a.title",
      "a.starts_on",
      "mine.role as my_role",
    ])
    .where("v.initiative_id", "=", initiativeId)
    .orderBy("a.starts_on")
    .orderBy("v.id")
    .execute();
}
