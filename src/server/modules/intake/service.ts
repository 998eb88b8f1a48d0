import type {
  IntakeChallenge,
  IntakeOverview,
  IntakeResponse,
  IntakeSurvey,
  MyIntake,
  SubmitIntakeResponse,
} from "../../../shared/contracts/intake";
import type { AuthorizedInitiative } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import type { Db } from "../../db/database";
import { newId, nowIso } from "../../db/ids";
import type { IntakeResponseTable, IntakeSurveyTable } from "../../db/schema";
import { AppError, notFound, staleVersion } from "../../errors";
import { getMembers } from "../members/service";
import {
  findResponse,
  findSurvey,
  insertResponseIfNew,
  insertSurveyIfMissing,
  listResponses,
  updateResponseIfVersion,
  updateSurvey,
} from "./repo";
import { ensureVocabulary, getTagKeys } from "./tag-service";

/** Shapes the survey row (or its absence) for the API. */
export function toSurvey(row: IntakeSurveyTable | undefined): IntakeSurvey {
  return {
    status: (row?.status ?? "not_opened") as IntakeSurvey["status"],
    openedAt: row?.opened_at ?? null,
    closedAt: row?.closed_at ?? null,
    dueOn: row?.due_on ?? null,
    lastRemindedAt: row?.last_reminded_at ?? null,
  };
}

function toResponse(row: IntakeResponseTable): IntakeResponse {
  return {
    personId: row.person_id,
    challenges: JSON.parse(row.challenges) as IntakeChallenge[],
    offers: row.offers,
    wants: row.wants,
    currentInitiative: row.current_initiative,
    availability: row.availability,
    languages: JSON.parse(row.languages) as string[],
    answerLanguage: row.answer_language as IntakeResponse["answerLanguage"],
    isChampion: row.is_champion === 1,
    version: row.version,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
  };
}

/** The survey of an initiative (status `not_opened` before a facilitator opens it). */
export async function getSurvey(ctx: AppContext, auth: AuthorizedInitiative) {
  return toSurvey(await findSurvey(ctx.db, auth.id));
}

/** Opens the survey (or re-opens it, or changes the due date); seeds the tag vocabulary. */
export async function openSurvey(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  input: { dueOn: string | null },
): Promise<IntakeSurvey> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    await ensureVocabulary(trx, auth.id);
    await insertSurveyIfMissing(trx, {
      id: newId(),
      initiative_id: auth.id,
      status: "open",
      opened_at: now,
      closed_at: null,
      due_on: input.dueOn,
      last_reminded_at: null,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    const current = await findSurvey(trx, auth.id);
    const reopening = current?.status !== "open";
    await updateSurvey(trx, auth.id, {
      status: "open",
      opened_at: reopening ? now : (current?.opened_at ?? now),
      closed_at: null,
      due_on: input.dueOn,
      updated_at: now,
    });
    return toSurvey(await findSurvey(trx, auth.id));
  });
}

/** Closes the survey: answers stay, nobody can change them until it is opened again. */
export async function closeSurvey(
  ctx: AppContext,
  auth: AuthorizedInitiative,
): Promise<IntakeSurvey> {
  return ctx.db.transaction().execute(async (trx) => {
    const current = await findSurvey(trx, auth.id);
    if (current?.status !== "open") throw new AppError("CONFLICT", "The survey is not open");
    const now = nowIso();
    await updateSurvey(trx, auth.id, { status: "closed", closed_at: now, updated_at: now });
    return toSurvey(await findSurvey(trx, auth.id));
  });
}

/** The asking peer's own answers with the survey's state. */
export async function getMyIntake(ctx: AppContext, auth: AuthorizedInitiative): Promise<MyIntake> {
  const [survey, row] = await Promise.all([
    findSurvey(ctx.db, auth.id),
    findResponse(ctx.db, auth.id, auth.actor.personId),
  ]);
  return { survey: toSurvey(survey), response: row ? toResponse(row) : null };
}

async function checkTags(db: Db, auth: AuthorizedInitiative, challenges: IntakeChallenge[]) {
  const known = await getTagKeys(db, auth.id);
  const details = challenges.flatMap((c, i) =>
    c.tags
      .map((tag, j) => ({ tag, j }))
      .filter(({ tag }) => !known.has(tag))
      .map(({ tag, j }) => ({
        path: `challenges.${i}.tags.${j}`,
        code: "unknown_tag",
        message: `"${tag}" is not in the initiative's tag vocabulary`,
      })),
  );
  if (details.length > 0) {
    throw new AppError("INVALID", details.map((d) => d.message).join("; "), details);
  }
}

function answerColumns(input: SubmitIntakeResponse, now: string) {
  return {
    challenges: JSON.stringify(input.challenges),
    offers: input.offers,
    wants: input.wants,
    current_initiative: input.currentInitiative,
    availability: input.availability,
    languages: JSON.stringify([...new Set(input.languages)]),
    answer_language: input.answerLanguage,
    is_champion: input.isChampion ? 1 : 0,
    updated_at: now,
  };
}

/**
 * A peer submits or changes their answers while the survey is open (409 when it is not).
 * `version` null means a first submission; a stale version, or null when answers exist, gets 409.
 */
export async function submitMyResponse(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  input: SubmitIntakeResponse,
): Promise<IntakeResponse> {
  return ctx.db.transaction().execute(async (trx) => {
    const survey = await findSurvey(trx, auth.id);
    if (survey?.status !== "open") {
      throw new AppError("CONFLICT", "The intake survey is not open; answers cannot change now");
    }
    await checkTags(trx, auth, input.challenges);
    const personId = auth.actor.personId;
    const now = nowIso();
    const columns = answerColumns(input, now);
    const saved =
      input.version === null
        ? await insertResponseIfNew(trx, {
            id: newId(),
            initiative_id: auth.id,
            person_id: personId,
            ...columns,
            version: 1,
            submitted_at: now,
          })
        : await updateResponseIfVersion(trx, auth.id, personId, input.version, columns);
    if (!saved) throw staleVersion("Your answers");
    const row = await findResponse(trx, auth.id, personId);
    if (!row) throw notFound("Response");
    return toResponse(row);
  });
}

/** Every peer's answers (facilitators and the matching module; never shown to other peers). */
export async function listAnswers(
  ctx: AppContext,
  auth: AuthorizedInitiative,
): Promise<IntakeResponse[]> {
  return (await listResponses(ctx.db, auth.id)).map(toResponse);
}

/** One peer's answers for a facilitator; 404 when they have not answered. */
export async function getAnswersOf(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  personId: string,
): Promise<IntakeResponse> {
  const row = await findResponse(ctx.db, auth.id, personId);
  if (!row) throw notFound("Response");
  return toResponse(row);
}

/** Who of the initiative's peers has answered, who has not, and the counts. */
export async function getOverview(
  ctx: AppContext,
  auth: AuthorizedInitiative,
): Promise<IntakeOverview> {
  const [members, responses, survey] = await Promise.all([
    getMembers(ctx, auth),
    listResponses(ctx.db, auth.id),
    findSurvey(ctx.db, auth.id),
  ]);
  const byPerson = new Map(responses.map((r) => [r.person_id, r]));
  const items = members
    .filter((m) => m.role === "peer")
    .map((m) => {
      const r = byPerson.get(m.personId);
      return {
        personId: m.personId,
        displayName: m.displayName,
        organisationName: m.organisationName,
        hasAnswered: r !== undefined,
        submittedAt: r?.submitted_at ?? null,
        updatedAt: r?.updated_at ?? null,
        challengeCount: r ? (JSON.parse(r.challenges) as unknown[]).length : 0,
        isChampion: r?.is_champion === 1,
      };
    })
    .sort(
      (a, b) =>
        Number(a.hasAnswered) - Number(b.hasAnswered) || a.displayName.localeCompare(b.displayName),
    );
  const answered = items.filter((i) => i.hasAnswered).length;
  return {
    survey: toSurvey(survey),
    counts: { peers: items.length, answered, missing: items.length - answered },
    items,
  };
}

/** Marks that reminders went out now (inside the caller's transaction). */
export async function recordReminders(db: Db, auth: AuthorizedInitiative, now: string) {
  await updateSurvey(db, auth.id, { last_reminded_at: now, updated_at: now });
}
