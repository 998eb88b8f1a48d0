import type { Updateable } from "kysely";
import type { Db } from "../../db/database";
import type {
  PeerAssessmentDirectionTable,
  PeerAssessmentPlanTable,
  PeerAssessmentTable,
} from "../../db/schema";

/** The assessment attached to an activity, if it was set up. */
export function findAssessmentByActivity(db: Db, activityId: string) {
  return db
    .selectFrom("peer_assessments")
    .selectAll()
    .where("activity_id", "=", activityId)
    .executeTakeFirst();
}

/** Both plans of an assessment, `partner_a` first. */
export function listPlans(db: Db, assessmentId: string) {
  return db
    .selectFrom("peer_assessment_plans")
    .selectAll()
    .where("assessment_id", "=", assessmentId)
    .orderBy("side")
    .execute();
}

/** The enabled directions, the required one first. */
export function listDirections(db: Db, assessmentId: string) {
  return db
    .selectFrom("peer_assessment_directions")
    .selectAll()
    .where("assessment_id", "=", assessmentId)
    .orderBy("is_required", "desc")
    .orderBy("assessor")
    .execute();
}

/** Inserts an assessment with its two (empty) plans and its directions. */
export async function insertAssessment(
  db: Db,
  rows: {
    assessment: PeerAssessmentTable;
    plans: PeerAssessmentPlanTable[];
    directions: PeerAssessmentDirectionTable[];
  },
): Promise<void> {
  await db.insertInto("peer_assessments").values(rows.assessment).execute();
  await db.insertInto("peer_assessment_plans").values(rows.plans).execute();
  await db.insertInto("peer_assessment_directions").values(rows.directions).execute();
}

/** Bumps the assessment's version if it is still `version`; false when stale. */
export async function bumpAssessment(
  db: Db,
  id: string,
  version: number,
  updatedAt: string,
): Promise<boolean> {
  const result = await db
    .updateTable("peer_assessments")
    .set({ version: version + 1, updated_at: updatedAt })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Updates one side's plan at `version`; false when stale. */
export async function updatePlanIfVersion(
  db: Db,
  ref: { assessmentId: string; side: string; version: number },
  changes: Updateable<PeerAssessmentPlanTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("peer_assessment_plans")
    .set({ ...changes, version: ref.version + 1 })
    .where("assessment_id", "=", ref.assessmentId)
    .where("side", "=", ref.side)
    .where("version", "=", ref.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Updates one direction at `version`; false when stale. */
export async function updateDirectionIfVersion(
  db: Db,
  ref: { assessmentId: string; assessor: string; version: number },
  changes: Updateable<PeerAssessmentDirectionTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("peer_assessment_directions")
    .set({ ...changes, version: ref.version + 1 })
    .where("assessment_id", "=", ref.assessmentId)
    .where("assessor", "=", ref.assessor)
    .where("version", "=", ref.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Adds a direction. */
export async function insertDirection(db: Db, row: PeerAssessmentDirectionTable): Promise<void> {
  await db.insertInto("peer_assessment_directions").values(row).execute();
}

/** Removes a direction. */
export async function deleteDirection(db: Db, assessmentId: string, assessor: string) {
  await db
    .deleteFrom("peer_assessment_directions")
    .where("assessment_id", "=", assessmentId)
    .where("assessor", "=", assessor)
    .execute();
}
