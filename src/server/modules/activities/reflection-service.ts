import {
  type ReflectionQuestionKey,
  reflectionQuestionKeys,
  reflectionQuestions,
} from "../../../domain/catalogue/reflection-questions";
import type { ParticipantRole } from "../../../shared/contracts/activity-items";
import type { MyReflection, ReflectionOverview } from "../../../shared/contracts/activity-learning";
import type { AuthorizedActivity } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import { newId, nowIso } from "../../db/ids";
import { AppError } from "../../errors";
import { listParticipantRows } from "./participant-repo";
import {
  deleteAnswer,
  listAnswersOfActivity,
  listAnswersOfParticipant,
  upsertAnswer,
} from "./reflection-repo";

function requireParticipant(auth: AuthorizedActivity): { id: string; role: ParticipantRole } {
  if (!auth.participant) {
    throw new AppError("FORBIDDEN", "Only participants answer the reflection questions");
  }
  return auth.participant;
}

/** The asking participant's reflection questions with their own answers (nobody else's). */
export async function getMyReflection(
  ctx: AppContext,
  auth: AuthorizedActivity,
): Promise<MyReflection> {
  const me = requireParticipant(auth);
  const answers = new Map(
    (await listAnswersOfParticipant(ctx.db, me.id)).map((a) => [a.question_key, a]),
  );
  return {
    participantId: me.id,
    questions: reflectionQuestions.map((q) => ({
      key: q.key,
      questionKey: q.questionKey,
      hintKey: q.hintKey,
      answer: answers.get(q.key)?.answer ?? null,
      updatedAt: answers.get(q.key)?.updated_at ?? null,
    })),
  };
}

/** Saves the asking participant's answers; an empty text removes that answer. */
export async function answerMyReflection(
  ctx: AppContext,
  auth: AuthorizedActivity,
  answers: readonly { questionKey: ReflectionQuestionKey; text: string }[],
): Promise<MyReflection> {
  const me = requireParticipant(auth);
  const now = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    for (const a of answers) {
      if (a.text === "") {
        await deleteAnswer(trx, me.id, a.questionKey);
        continue;
      }
      await upsertAnswer(trx, {
        id: newId(),
        activity_id: auth.activityId,
        participant_id: me.id,
        question_key: a.questionKey,
        answer: a.text,
        version: 1,
        created_at: now,
        updated_at: now,
      });
    }
  });
  return getMyReflection(ctx, auth);
}

/**
 * Everyone's answers side by side, and who has answered nothing yet. Only for facilitators
 * and hosts (the route's policy check); reflections stay confidential to them and the author.
 */
export async function getReflectionOverview(
  ctx: AppContext,
  auth: AuthorizedActivity,
): Promise<ReflectionOverview> {
  const [participants, answers] = await Promise.all([
    listParticipantRows(ctx.db, auth.activityId),
    listAnswersOfActivity(ctx.db, auth.activityId),
  ]);
  const order = (key: string) => reflectionQuestionKeys.indexOf(key as ReflectionQuestionKey);
  const rows = participants.map((p) => {
    const own = answers
      .filter((a) => a.participant_id === p.id)
      .sort((a, b) => order(a.question_key) - order(b.question_key))
      .map((a) => ({
        questionKey: a.question_key as ReflectionQuestionKey,
        text: a.answer,
        updatedAt: a.updated_at,
      }));
    return {
      participantId: p.id,
      personId: p.person_id,
      displayName: p.display_name,
      role: p.role as ParticipantRole,
      answeredCount: own.length,
      answers: own,
    };
  });
  return {
    questionKeys: [...reflectionQuestionKeys],
    participants: rows,
    notAnswered: rows
      .filter((r) => r.answeredCount === 0)
      .map((r) => ({ participantId: r.participantId, displayName: r.displayName })),
  };
}
