import type { MatchingRun } from "../../../shared/contracts/matching";
import type { AuthorizedInitiative } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import type { Db } from "../../db/database";
import { newId, nowIso } from "../../db/ids";
import type { MatchResponseTable } from "../../db/schema";
import { AppError, notFound, staleVersion } from "../../errors";
import { getInitiative } from "../initiatives/service";
import { loadRoster } from "./peer-pool";
import { notifyMatched, notifyUnmatched, planUnmatchedNotices } from "./publication-mail";
import {
  findPublishedRun,
  findRun,
  insertMatchResponses,
  listMatchResponses,
  supersedePublished,
  updateDraftIfVersion,
} from "./repo";
import { memberKey } from "./run-parameters";
import { readResult, type StoredResult, sumScores } from "./run-shapes";
import { findDeclinedPairs, getRun } from "./service";

/** Loads a draft for a change: 404 when missing, 409 when published or superseded. */
export async function loadDraft(db: Db, auth: AuthorizedInitiative, runId: string) {
  const run = await findRun(db, auth.id, runId);
  if (!run) throw notFound("Matching run");
  if (run.status !== "draft") {
    throw new AppError("CONFLICT", "Only a draft can change; re-run it to get a new draft");
  }
  return run;
}

/** Stores a changed result if the run is still the draft at `version` (409 otherwise). */
export async function saveResult(db: Db, runId: string, version: number, result: StoredResult) {
  const saved = await updateDraftIfVersion(db, runId, version, {
    result: JSON.stringify(result),
    total_score: sumScores(result.matches),
    match_count: result.matches.length,
    unmatched_count: result.unmatched.length,
  });
  if (!saved) throw staleVersion("This matching run");
}

/** Locks a match of a draft (re-runs keep it as it is) or unlocks it. */
export async function setMatchLock(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  ids: { runId: string; matchId: string },
  input: { isLocked: boolean; version: number },
): Promise<MatchingRun> {
  await ctx.db.transaction().execute(async (trx) => {
    const run = await loadDraft(trx, auth, ids.runId);
    const result = readResult(run);
    const match = result.matches.find((m) => m.id === ids.matchId);
    if (!match) throw notFound("Match");
    match.isLocked = input.isLocked;
    await saveResult(trx, run.id, input.version, result);
  });
  return getRun(ctx, auth, ids.runId);
}

/**
 * Breaks a match of a draft: its members become unmatched ("broken by the facilitator") and a
 * re-run from this draft never pairs them again.
 */
export async function breakMatch(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  ids: { runId: string; matchId: string },
  version: number,
): Promise<MatchingRun> {
  await ctx.db.transaction().execute(async (trx) => {
    const run = await loadDraft(trx, auth, ids.runId);
    const result = readResult(run);
    const match = result.matches.find((m) => m.id === ids.matchId);
    if (!match) throw notFound("Match");
    result.matches = result.matches.filter((m) => m.id !== match.id);
    for (const peerId of match.peerIds) {
      const stillMatched = result.matches.some((m) => m.peerIds.includes(peerId));
      if (!stillMatched) result.unmatched.push({ peerId, reason: "broken_by_facilitator" });
    }
    match.peerIds.forEach((a, i) => {
      for (const b of match.peerIds.slice(i + 1)) result.brokenPairs.push([a, b]);
    });
    await saveResult(trx, run.id, version, result);
  });
  return getRun(ctx, auth, ids.runId);
}

/**
 * Answer rows for a run being published. A member whose exact match was already in the
 * previous publication keeps their answer (an accepted match stays accepted) and is not mailed
 * again; everyone else starts at `proposed`. Returns the rows and whom to tell.
 */
function planPublication(
  runId: string,
  initiativeId: string,
  result: StoredResult,
  previous: { matchKeys: Map<string, string>; responses: readonly MatchResponseTable[] },
) {
  const now = nowIso();
  const rows: MatchResponseTable[] = [];
  const toNotify = new Set<string>();
  for (const match of result.matches) {
    const previousMatchId = previous.matchKeys.get(memberKey(match.peerIds));
    for (const personId of match.peerIds) {
      const before = previous.responses.find(
        (r) => r.match_id === previousMatchId && r.person_id === personId,
      );
      const keep = before?.status === "accepted";
      if (!before) toNotify.add(personId);
      rows.push({
        id: newId(),
        run_id: runId,
        initiative_id: initiativeId,
        match_id: match.id,
        person_id: personId,
        status: keep ? "accepted" : "proposed",
        decline_reason: null,
        responded_at: keep ? before.responded_at : null,
        version: 1,
        created_at: now,
      });
    }
  }
  return { rows, toNotify };
}

/** A draft made before someone declined may hold the declined pair: it must be re-run (409). */
async function refuseDeclinedPairs(db: Db, auth: AuthorizedInitiative, result: StoredResult) {
  const declined = new Set((await findDeclinedPairs(db, auth)).map(memberKey));
  const hit = result.matches.some((m) =>
    m.peerIds.some((a, i) => m.peerIds.slice(i + 1).some((b) => declined.has(memberKey([a, b])))),
  );
  if (hit) {
    throw new AppError("CONFLICT", "Someone in this draft declined their partner since; re-run it");
  }
}

/**
 * Publishes a draft: the previous publication is superseded, each member gets an answer row,
 * peers with a new match get a mail in their language, and so do peers it leaves without one
 * (see `planUnmatchedNotices`). A draft without matches gets 409.
 */
export async function publishRun(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  runId: string,
  version: number,
): Promise<MatchingRun> {
  const [initiative, roster] = await Promise.all([getInitiative(ctx, auth), loadRoster(ctx, auth)]);
  await ctx.db.transaction().execute(async (trx) => {
    const run = await loadDraft(trx, auth, runId);
    const result = readResult(run);
    if (result.matches.length === 0) throw new AppError("CONFLICT", "This run has no matches");
    await refuseDeclinedPairs(trx, auth, result);
    const before = await findPublishedRun(trx, auth.id);
    const beforeResult = before ? readResult(before) : null;
    const previous = before
      ? {
          matchKeys: new Map(beforeResult?.matches.map((m) => [memberKey(m.peerIds), m.id])),
          responses: await listMatchResponses(trx, before.id),
        }
      : { matchKeys: new Map<string, string>(), responses: [] };
    const plan = planPublication(run.id, auth.id, result, previous);
    await supersedePublished(trx, auth.id);
    const now = nowIso();
    const published = await updateDraftIfVersion(trx, run.id, version, {
      status: "published",
      published_at: now,
      published_by: auth.actor.personId,
    });
    if (!published) throw staleVersion("This matching run");
    await insertMatchResponses(trx, plan.rows);
    await notifyMatched(ctx, trx, auth, initiative, plan.toNotify);
    const notices = planUnmatchedNotices(result, beforeResult, roster);
    await notifyUnmatched(ctx, trx, auth, initiative, notices);
  });
  void ctx.mail.flush().catch(() => undefined);
  return getRun(ctx, auth, runId);
}
