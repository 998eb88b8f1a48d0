import type { MyMatch, MyMatches } from "../../../shared/contracts/my-match";
import type { AuthorizedInitiative } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import type { Db } from "../../db/database";
import { nowIso } from "../../db/ids";
import type { MatchResponseTable } from "../../db/schema";
import { AppError, notFound, staleVersion } from "../../errors";
import { loadRoster } from "./peer-pool";
import {
  findPublishedRun,
  listAnswerHistory,
  listResponsesOfMatch,
  listResponsesOfPerson,
  updateMatchResponseIfVersion,
} from "./repo";
import { type Roster, readResult, type StoredMatch, toPersonRef } from "./run-shapes";

type Status = MyMatch["myStatus"];

/** Whether matches are published (all members may know this, nothing more). */
export async function getMatchingStatus(ctx: AppContext, auth: AuthorizedInitiative) {
  const run = await findPublishedRun(ctx.db, auth.id);
  return { isPublished: run !== undefined, publishedAt: run?.published_at ?? null };
}

function toMyMatch(
  me: string,
  mode: MyMatch["mode"],
  match: StoredMatch,
  rows: readonly MatchResponseTable[],
  roster: Roster,
): MyMatch {
  const mine = rows.find((r) => r.person_id === me);
  if (!mine) throw notFound("Match");
  const statusOf = (id: string) =>
    (rows.find((r) => r.person_id === id)?.status ?? "proposed") as Status;
  const { exchanges, ...explanation } = match.explanation;
  return {
    matchId: match.id,
    mode,
    partners: match.peerIds
      .filter((id) => id !== me)
      .map((id) => ({ ...toPersonRef(roster, id), status: statusOf(id) })),
    score: match.score,
    explanation: {
      ...explanation,
      exchanges: exchanges
        .filter((x) => x.offeredBy === me || x.wantedBy === me)
        .map((x) => ({ ...x, terms: [...x.terms] })),
    } as MyMatch["explanation"],
    myStatus: mine.status as Status,
    myDeclineReason: mine.decline_reason,
    isDeclined: rows.some((r) => r.status === "declined"),
    version: mine.version,
  };
}

/**
 * Whether my match in the latest earlier publication I had one in was declined, and by whom
 * (the my-match page then says why a new match, or none, is shown).
 */
async function findEarlierDecline(
  db: Db,
  auth: AuthorizedInitiative,
  currentRunId: string,
): Promise<MyMatches["earlierDecline"]> {
  const history = await listAnswerHistory(db, auth.id, auth.actor.personId);
  const latest = history.find((r) => r.run_id !== currentRunId);
  if (!latest) return null;
  const mine = history.filter((r) => r.run_id === latest.run_id);
  if (mine.some((r) => r.status === "declined")) return "mine";
  for (const row of mine) {
    const everyone = await listResponsesOfMatch(db, row.run_id, row.match_id);
    if (everyone.some((r) => r.status === "declined")) return "partner";
  }
  return null;
}

/**
 * The asking peer's own matches in the published run (usually one; a champion may have more),
 * with partners' names and answers, the score parts and the explanation. Never anyone else's.
 */
export async function getMyMatches(
  ctx: AppContext,
  auth: AuthorizedInitiative,
): Promise<MyMatches> {
  const run = await findPublishedRun(ctx.db, auth.id);
  if (!run) return { isPublished: false, publishedAt: null, items: [], earlierDecline: null };
  const me = auth.actor.personId;
  const [mine, roster] = await Promise.all([
    listResponsesOfPerson(ctx.db, run.id, me),
    loadRoster(ctx, auth),
  ]);
  const matches = readResult(run).matches;
  const items: MyMatch[] = [];
  for (const row of mine) {
    const match = matches.find((m) => m.id === row.match_id);
    if (!match) continue;
    const rows = await listResponsesOfMatch(ctx.db, run.id, match.id);
    items.push(toMyMatch(me, run.mode as MyMatch["mode"], match, rows, roster));
  }
  const earlierDecline = await findEarlierDecline(ctx.db, auth, run.id);
  return { isPublished: true, publishedAt: run.published_at, items, earlierDecline };
}

/**
 * Records the asking peer's answer to one of their matches in the published run. A match
 * someone declined is closed (409); a stale version gets 409. Declining frees everyone in the
 * match: the facilitator sees the reason, and no later run pairs the decliner with them again.
 */
export async function answerMyMatch(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  matchId: string,
  input: { version: number; status: "accepted" | "declined"; reason: string | null },
): Promise<MyMatches> {
  await ctx.db.transaction().execute(async (trx) => {
    const run = await findPublishedRun(trx, auth.id);
    if (!run) throw notFound("Match");
    const rows = await listResponsesOfMatch(trx, run.id, matchId);
    const mine = rows.find((r) => r.person_id === auth.actor.personId);
    if (!mine) throw notFound("Match");
    if (rows.some((r) => r.status === "declined")) {
      throw new AppError(
        "CONFLICT",
        "This match was declined; the facilitator will propose another",
      );
    }
    const saved = await updateMatchResponseIfVersion(trx, mine.id, input.version, {
      status: input.status,
      decline_reason: input.reason,
      responded_at: nowIso(),
    });
    if (!saved) throw staleVersion("Your answer to this match");
  });
  return getMyMatches(ctx, auth);
}
