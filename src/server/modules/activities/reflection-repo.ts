import type { Db } from "../../db/database";
import type { ReflectionAnswerTable } from "../../db/schema";

/** The answers of one participant. */
export function listAnswersOfParticipant(db: Db, participantId: string) {
  return db
    .selectFrom("reflection_answers")
    .selectAll()
    .where("participant_id", "=", participantId)
    .execute();
}

/** Every answer given in an activity. */
export function listAnswersOfActivity(db: Db, activityId: string) {
  return db
    .selectFrom("reflection_answers")
    .selectAll()
    .where("activity_id", "=", activityId)
    .execute();
}

/** Saves an answer, replacing the participant's earlier answer to the same question. */
export async function upsertAnswer(db: Db, row: ReflectionAnswerTable): Promise<void> {
  await db
    .insertInto("reflection_answers")
    .values(row)
    .onConflict((oc) =>
      oc.columns(["participant_id", "question_key"]).doUpdateSet((eb) => ({
        answer: row.answer,
        updated_at: row.updated_at,
        version: eb("reflection_answers.version", "+", 1),
      })),
    )
    .execute();
}

/** Removes a participant's answer to one question. */
export async function deleteAnswer(db: Db, participantId: string, questionKey: string) {
  await db
    .deleteFrom("reflection_answers")
    .where("participant_id", "=", participantId)
    .where("question_key", "=", questionKey)
    .execute();
}
