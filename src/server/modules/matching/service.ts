import { performance } from "node:perf_hooks";
import { findRuleViolations } from "../../../domain/matching/hard-rules";
import type { MatchingResult } from "../../../domain/matching/matching-result";
import { runMatching } from "../../../domain/matching/run-matching";
import type {
  CreateMatchingRun,
  MatchingRun,
  MatchingRunSummary,
  RerunMatching,
  StoredParameters,
} from "../../../shared/contracts/matching";
import type { AuthorizedInitiative } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import type { Db } from "../../db/database";
import { newId, nowIso } from "../../db/ids";
import { AppError, notFound } from "../../errors";
import { gatherPeerPool, loadRoster, type PeerPool } from "./peer-pool";
import {
  countResponsesByRun,
  findRun,
  insertRun,
  listMatchResponses,
  listMembersOfDeclinedMatches,
  listRuns,
} from "./repo";
import {
  checkPairs,
  dedupePairs,
  hardRulesOf,
  hardViolationCodes,
  mergeRerun,
  resolveParameters,
  toMatchingInput,
} from "./run-parameters";
import {
  type RunRow,
  readParameters,
  readResult,
  type StoredResult,
  sumScores,
  toRun,
  toRunSummary,
} from "./run-shapes";

/** One run in full, or 404 (runs of other initiatives are not found either). */
export async function getRun(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  runId: string,
): Promise<MatchingRun> {
  const row = await findRun(ctx.db, auth.id, runId);
  if (!row) throw notFound("Matching run");
  const [roster, responses] = await Promise.all([
    loadRoster(ctx, auth),
    listMatchResponses(ctx.db, runId),
  ]);
  return toRun(row, roster, responses);
}

/** The runs of an initiative, newest first. */
export async function getRuns(
  ctx: AppContext,
  auth: AuthorizedInitiative,
): Promise<MatchingRunSummary[]> {
  const [rows, roster, counts] = await Promise.all([
    listRuns(ctx.db, auth.id),
    loadRoster(ctx, auth),
    countResponsesByRun(ctx.db, auth.id),
  ]);
  const countsOf = (runId: string) => ({
    accepted: Number(counts.find((c) => c.run_id === runId && c.status === "accepted")?.n ?? 0),
    declined: Number(counts.find((c) => c.run_id === runId && c.status === "declined")?.n ?? 0),
  });
  return rows.map((r) => toRunSummary(r, roster, countsOf(r.id)));
}

/** Pairs of people in a match one of them declined (the decliner with each other member). */
export async function findDeclinedPairs(db: Db, auth: AuthorizedInitiative): Promise<string[][]> {
  const rows = await listMembersOfDeclinedMatches(db, auth.id);
  const pairs: string[][] = [];
  for (const d of rows.filter((r) => r.status === "declined")) {
    for (const other of rows) {
      if (
        other.run_id === d.run_id &&
        other.match_id === d.match_id &&
        other.person_id !== d.person_id
      )
        pairs.push([d.person_id, other.person_id]);
    }
  }
  return dedupePairs(pairs);
}

/**
 * Locks the base run hands on to a re-run: its locked matches, and, once it was published,
 * every match nobody declined (accepted and still open ones stay; the decliners are freed).
 */
async function carriedFrom(ctx: AppContext, base: RunRow | null) {
  if (!base) return { brokenPairs: [], lockedMatches: [] };
  const result = readResult(base);
  const responses = base.status === "draft" ? [] : await listMatchResponses(ctx.db, base.id);
  const declined = new Set(responses.filter((r) => r.status === "declined").map((r) => r.match_id));
  const kept = result.matches.filter((m) =>
    base.status === "draft" ? m.isLocked : !declined.has(m.id),
  );
  return { brokenPairs: result.brokenPairs, lockedMatches: kept.map((m) => m.peerIds) };
}

/** Locks that would break a hard rule of this run are released (and reported). */
function releaseBrokenLocks(params: StoredParameters, pool: PeerPool) {
  const locks = params.lockedMatches.map((peerIds) => ({ peerIds, isLocked: true }));
  const bad = new Set(
    findRuleViolations({ matches: locks }, pool.peers, hardRulesOf(params))
      .filter((v) => v.matchIndex !== null && hardViolationCodes.has(v.code))
      .map((v) => v.matchIndex),
  );
  return {
    locks: params.lockedMatches.filter((_, i) => !bad.has(i)),
    issues: [...bad].map((i) => ({ code: "lock_released", peerIds: params.lockedMatches[i!]! })),
  };
}

function toStoredResult(
  result: MatchingResult,
  pool: PeerPool,
  extraIssues: StoredResult["issues"],
  durationMs: number,
): StoredResult {
  const answered = new Set(pool.peers.map((p) => p.id));
  const silent = [...pool.peerIds].filter((id) => !answered.has(id)).sort();
  return {
    matches: result.matches.map((m) => ({
      id: newId(),
      peerIds: [...m.peerIds],
      isLocked: m.isLocked,
      isRequired: m.isRequired,
      score: m.score,
      explanation: m.explanation,
    })),
    unmatched: [
      ...result.unmatched.map((u) => ({ peerId: u.peerId, reason: u.reason })),
      ...silent.map((peerId) => ({ peerId, reason: "no_response" as const })),
    ],
    issues: [
      ...extraIssues,
      ...result.issues.map((i) => ({ code: i.code, peerIds: [...i.peerIds] })),
    ],
    stats: { ...result.stats, durationMs },
    brokenPairs: [],
  };
}

/**
 * Refuses a result that breaks a hard rule (a bug in the engine, never the facilitator's
 * doing): 409 naming each broken rule, so the facilitator can change the settings or locks and
 * run again; nothing is stored.
 */
function refuseBrokenRules(broken: readonly { code: string; peerIds: readonly string[] }[]) {
  if (broken.length === 0) return;
  const codes = [...new Set(broken.map((v) => v.code))];
  const message = `The matching broke a hard rule (${codes.join(", ")}) and was not stored; change the settings or the locks and run again`;
  throw new AppError(
    "CONFLICT",
    message,
    codes.map((code) => ({ path: "matches", code, message })),
  );
}

/** Runs the engine on the initiative's current answers and stores a draft (see `refuseBrokenRules`). */
async function executeRun(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  params: StoredParameters,
  pool: PeerPool,
  basedOnRunId: string | null,
): Promise<MatchingRun> {
  const { locks, issues } = releaseBrokenLocks(params, pool);
  const started = performance.now();
  const result = runMatching(toMatchingInput(params, pool.peers, locks));
  const durationMs = Math.round((performance.now() - started) * 10) / 10;
  const broken = findRuleViolations(result, pool.peers, hardRulesOf(params)).filter((v) =>
    hardViolationCodes.has(v.code),
  );
  refuseBrokenRules(broken);
  const stored = toStoredResult(result, pool, issues, durationMs);
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await insertRun(trx, {
      id,
      initiative_id: auth.id,
      mode: params.mode,
      group_size: params.groupSize,
      parameters: JSON.stringify(params),
      result: JSON.stringify(stored),
      total_score: sumScores(stored.matches),
      match_count: stored.matches.length,
      unmatched_count: stored.unmatched.length,
      status: "draft",
      based_on_run_id: basedOnRunId,
      note: params.note,
      version: 1,
      created_by: auth.actor.personId,
      created_at: nowIso(),
      published_at: null,
      published_by: null,
    });
  });
  return getRun(ctx, auth, id);
}

/** A fresh run with the facilitator's parameters; pairs someone declined are always forbidden. */
export async function createRun(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  input: CreateMatchingRun,
): Promise<MatchingRun> {
  const pool = await gatherPeerPool(ctx, auth);
  checkPairs(input, pool.peerIds);
  const carried = { brokenPairs: [], lockedMatches: [] };
  const params = resolveParameters(input, null, carried, await findDeclinedPairs(ctx.db, auth));
  return executeRun(ctx, auth, params, pool, null);
}

/**
 * Re-runs around the base run's locks (see `carriedFrom`) with its parameters and the given
 * changes; pairs broken in the base run and pairs someone declined are forbidden.
 */
export async function rerun(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  baseRunId: string,
  changes: RerunMatching,
): Promise<MatchingRun> {
  const base = await findRun(ctx.db, auth.id, baseRunId);
  if (!base) throw notFound("Matching run");
  const pool = await gatherPeerPool(ctx, auth);
  checkPairs(changes, pool.peerIds);
  const baseParams = readParameters(base);
  const input = mergeRerun(baseParams, changes);
  const declined = await findDeclinedPairs(ctx.db, auth);
  const params = resolveParameters(input, baseParams, await carriedFrom(ctx, base), declined);
  return executeRun(ctx, auth, params, pool, base.id);
}
