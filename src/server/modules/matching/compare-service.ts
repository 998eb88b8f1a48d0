import type { RunComparison } from "../../../shared/contracts/matching-compare";
import type { AuthorizedInitiative } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import { notFound } from "../../errors";
import { loadRoster } from "./peer-pool";
import { countResponsesByRun, findRun } from "./repo";
import { memberKey } from "./run-parameters";
import { readResult, type StoredMatch, sumScores, toPersonRef, toRunSummary } from "./run-shapes";

/**
 * Compares two runs of an initiative: the matches both made (same members, whatever the
 * order), those only one made, and each run's total score. Either run missing gets 404.
 */
export async function compareRuns(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  aId: string,
  bId: string,
): Promise<RunComparison> {
  const [a, b, roster, counts] = await Promise.all([
    findRun(ctx.db, auth.id, aId),
    findRun(ctx.db, auth.id, bId),
    loadRoster(ctx, auth),
    countResponsesByRun(ctx.db, auth.id),
  ]);
  if (!a || !b) throw notFound("Matching run");
  const countsOf = (runId: string) => ({
    accepted: Number(counts.find((c) => c.run_id === runId && c.status === "accepted")?.n ?? 0),
    declined: Number(counts.find((c) => c.run_id === runId && c.status === "declined")?.n ?? 0),
  });
  const matchesA = readResult(a).matches;
  const matchesB = readResult(b).matches;
  const byKey = (ms: StoredMatch[]) => new Map(ms.map((m) => [memberKey(m.peerIds), m]));
  const inA = byKey(matchesA);
  const inB = byKey(matchesB);
  const shape = (m: StoredMatch, sa: StoredMatch | undefined, sb: StoredMatch | undefined) => ({
    members: m.peerIds.map((id) => toPersonRef(roster, id)),
    scoreA: sa ? sa.score.total : null,
    scoreB: sb ? sb.score.total : null,
  });
  return {
    a: toRunSummary(a, roster, countsOf(a.id)),
    b: toRunSummary(b, roster, countsOf(b.id)),
    inBoth: matchesA
      .filter((m) => inB.has(memberKey(m.peerIds)))
      .map((m) => shape(m, m, inB.get(memberKey(m.peerIds)))),
    onlyInA: matchesA
      .filter((m) => !inB.has(memberKey(m.peerIds)))
      .map((m) => shape(m, m, undefined)),
    onlyInB: matchesB
      .filter((m) => !inA.has(memberKey(m.peerIds)))
      .map((m) => shape(m, undefined, m)),
    totalScoreA: sumScores(matchesA),
    totalScoreB: sumScores(matchesB),
  };
}
