import type { Db } from "../../db/database";
import type { ActivityTable } from "../../db/schema";

/** An activity with its host organisation's name, participant count and the viewer's part. */
export type ActivityRow = ActivityTable & {
  host_organisation_name: string | null;
  participant_count: number | string | null;
  my_role: string | null;
  my_rsvp_status: string | null;
};

function participantCounts(db: Db) {
  return db
    .selectFrom("activity_participants")
    .select(({ fn }) => ["activity_id", fn.countAll<number>().as("participant_count")])
    .groupBy("activity_id")
    .as("pc");
}

/** Activities with what every view shows; `viewerId` decides `my_role`. */
function selectActivities(db: Db, viewerId: string) {
  return db
    .selectFrom("activities")
    .leftJoin("organisations", "organisations.id", "activities.host_organisation_id")
    .leftJoin(participantCounts(db), "pc.activity_id", "activities.id")
    .leftJoin("activity_participants as mine", (join) =>
      join.onRef("mine.activity_id", "=", "activities.id").on("mine.person_id", "=", viewerId),
    )
    .selectAll("activities")
    .select([
      "organisations.name as host_organisation_name",
      "pc.participant_count",
      "mine.role as my_role",
      "mine.rsvp_status as my_rsvp_status",
    ]);
}

/** Inserts an activity. */
export async function insertActivity(db: Db, row: ActivityTable): Promise<void> {
  await db.insertInto("activities").values(row).execute();
}

/** One activity of an initiative as `viewerId` sees it. */
export function findActivity(
  db: Db,
  initiativeId: string,
  activityId: string,
  viewerId: string,
): Promise<ActivityRow | undefined> {
  return selectActivities(db, viewerId)
    .where("activities.initiative_id", "=", initiativeId)
    .where("activities.id", "=", activityId)
    .executeTakeFirst();
}

/** Filters of the activity list. */
export type ActivityFilter = {
  limit: number;
  offset: number;
  stage?: number | undefined;
  status?: string | undefined;
};

/** A page of an initiative's activities, earliest first, with the total count. */
export async function listActivityPage(
  db: Db,
  initiativeId: string,
  viewerId: string,
  filter: ActivityFilter,
): Promise<{ rows: ActivityRow[]; total: number }> {
  let base = db.selectFrom("activities").where("activities.initiative_id", "=", initiativeId);
  // `stages` holds a JSON list of the digits 1-4 only, so a LIKE on the digit is exact.
  if (filter.stage) base = base.where("activities.stages", "like", `%${filter.stage}%`);
  if (filter.status) base = base.where("activities.status", "=", filter.status);
  const ids = base.select("activities.id");
  const [rows, count] = await Promise.all([
    selectActivities(db, viewerId)
      .where("activities.id", "in", ids)
      .orderBy("activities.starts_on")
      .orderBy("activities.created_at")
      .orderBy("activities.id")
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/**
 * All activities of an initiative, earliest first; with `onlyTakingPart`, only those the
 * viewer takes part in and has not declined (a peer's calendar feed).
 */
export function listInitiativeActivities(
  db: Db,
  initiativeId: string,
  viewerId: string,
  onlyTakingPart: boolean,
): Promise<ActivityRow[]> {
  let q = selectActivities(db, viewerId).where("activities.initiative_id", "=", initiativeId);
  if (onlyTakingPart) {
    q = q.where("mine.id", "is not", null).where("mine.rsvp_status", "!=", "declined");
  }
  return q.orderBy("activities.starts_on").orderBy("activities.id").limit(2000).execute();
}

/** Updates if `version` still matches; false when stale. */
export async function updateActivityIfVersion(
  db: Db,
  activityId: string,
  version: number,
  changes: Partial<ActivityTable>,
): Promise<boolean> {
  const r = await db
    .updateTable("activities")
    .set({ ...changes, version: version + 1, updated_at: new Date().toISOString() })
    .where("id", "=", activityId)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Deletes an activity; its participants, items, objectives and answers go with it. */
export async function deleteActivityRow(db: Db, activityId: string): Promise<void> {
  await db.deleteFrom("activities").where("id", "=", activityId).execute();
}

/** The activities planned to visit a showcase, earliest first. */
export function listShowcaseVisits(db: Db, showcaseIds: readonly string[]) {
  if (showcaseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("activities")
    .select(["id", "title", "format_key", "starts_on", "status", "showcase_id"])
    .where("showcase_id", "in", showcaseIds)
    .orderBy("starts_on")
    .execute();
}
