import type { AuthorizedInitiativeId } from "../../auth/access-gate";
import type { Db } from "../../db/database";
import type { MatchingRunTable, MatchResponseTable } from "../../db/schema";

/** Inserts a run. */
export async function insertRun(db: Db, row: MatchingRunTable): Promise<void> {
  await db.insertInto("matching_runs").values(row).execute();
}

function runsWithCreator(db: Db) {
  return db
    .selectFrom("matching_runs")
    .leftJoin("people", "people.id", "matching_runs.created_by")
    .selectAll("matching_runs")
    .select("people.display_name as created_by_name");
}

/** One run of an initiative with its creator's name. */
export function findRun(db: Db, initiativeId: AuthorizedInitiativeId, runId: string) {
  return runsWithCreator(db)
    .where("matching_runs.initiative_id", "=", initiativeId)
    .where("matching_runs.id", "=", runId)
    .executeTakeFirst();
}

const summaryColumns = [
  "matching_runs.id",
  "matching_runs.initiative_id",
  "matching_runs.mode",
  "matching_runs.group_size",
  "matching_runs.total_score",
  "matching_runs.match_count",
  "matching_runs.unmatched_count",
  "matching_runs.status",
  "matching_runs.based_on_run_id",
  "matching_runs.note",
  "matching_runs.version",
  "matching_runs.created_by",
  "matching_runs.created_at",
  "matching_runs.published_at",
  "people.display_name as created_by_name",
] as const;

/** The runs of an initiative, newest first (summaries: without parameters and result). */
export function listRuns(db: Db, initiativeId: AuthorizedInitiativeId) {
  return db
    .selectFrom("matching_runs")
    .leftJoin("people", "people.id", "matching_runs.created_by")
    .select(summaryColumns)
    .where("matching_runs.initiative_id", "=", initiativeId)
    .orderBy("matching_runs.created_at", "desc")
    .orderBy("matching_runs.id", "desc")
    .execute();
}

/** The published run peers currently see, if any. */
export function findPublishedRun(db: Db, initiativeId: AuthorizedInitiativeId) {
  return runsWithCreator(db)
    .where("matching_runs.initiative_id", "=", initiativeId)
    .where("matching_runs.status", "=", "published")
    .orderBy("matching_runs.published_at", "desc")
    .executeTakeFirst();
}

/** Changes a run if `version` still matches and it is still a draft; false otherwise. */
export async function updateDraftIfVersion(
  db: Db,
  runId: string,
  version: number,
  changes: Partial<MatchingRunTable>,
): Promise<boolean> {
  const r = await db
    .updateTable("matching_runs")
    .set({ ...changes, version: version + 1 })
    .where("id", "=", runId)
    .where("version", "=", version)
    .where("status", "=", "draft")
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Marks the initiative's published runs superseded (a newer one is being published). */
export async function supersedePublished(db: Db, initiativeId: AuthorizedInitiativeId) {
  await db
    .updateTable("matching_runs")
    .set((eb) => ({ status: "superseded", version: eb("version", "+", 1) }))
    .where("initiative_id", "=", initiativeId)
    .where("status", "=", "published")
    .execute();
}

/** Inserts the members' answer rows of a published run. */
export async function insertMatchResponses(db: Db, rows: MatchResponseTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto("match_responses")
      .values(rows.slice(i, i + 200))
      .execute();
  }
}

/** All answers to the matches of one run. */
export function listMatchResponses(db: Db, runId: string) {
  return db.selectFrom("match_responses").selectAll().where("run_id", "=", runId).execute();
}

/** Accepted and declined counts per run of an initiative. */
export function countResponsesByRun(db: Db, initiativeId: AuthorizedInitiativeId) {
  return db
    .selectFrom("match_responses")
    .select(({ fn }) => ["run_id", "status", fn.countAll<number>().as("n")])
    .where("initiative_id", "=", initiativeId)
    .where("status", "in", ["accepted", "declined"])
    .groupBy(["run_id", "status"])
    .execute();
}

/** A person's answer rows in one run (one per match they are in). */
export function listResponsesOfPerson(db: Db, runId: string, personId: string) {
  return db
    .selectFrom("match_responses")
    .selectAll()
    .where("run_id", "=", runId)
    .where("person_id", "=", personId)
    .execute();
}

/** A person's answer rows in every publication of an initiative, newest publication first. */
export function listAnswerHistory(db: Db, initiativeId: AuthorizedInitiativeId, personId: string) {
  return db
    .selectFrom("match_responses as mr")
    .innerJoin("matching_runs as r", "r.id", "mr.run_id")
    .select(["mr.run_id", "mr.match_id", "mr.status", "r.published_at"])
    .where("mr.initiative_id", "=", initiativeId)
    .where("mr.person_id", "=", personId)
    .orderBy("r.published_at", "desc")
    .orderBy("mr.run_id", "desc")
    .execute();
}

/** The answer rows of everyone in one match. */
export function listResponsesOfMatch(db: Db, runId: string, matchId: string) {
  return db
    .selectFrom("match_responses")
    .selectAll()
    .where("run_id", "=", runId)
    .where("match_id", "=", matchId)
    .execute();
}

/** Records a member's answer if `version` still matches; false when stale. */
export async function updateMatchResponseIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: Pick<MatchResponseTable, "status" | "decline_reason" | "responded_at">,
): Promise<boolean> {
  const r = await db
    .updateTable("match_responses")
    .set({ ...changes, version: version + 1 })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Every member row of every match someone declined, in any run of the initiative. */
export function listMembersOfDeclinedMatches(db: Db, initiativeId: AuthorizedInitiativeId) {
  return db
    .selectFrom("match_responses as mr")
    .select(["mr.run_id", "mr.match_id", "mr.person_id", "mr.status"])
    .where("mr.initiative_id", "=", initiativeId)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("match_responses as d")
          .select("d.id")
          .whereRef("d.run_id", "=", "mr.run_id")
          .whereRef("d.match_id", "=", "mr.match_id")
          .where("d.status", "=", "declined"),
      ),
    )
    .execute();
}
