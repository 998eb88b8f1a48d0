import {
  compileRules,
  findRuleViolations,
  type HardRules,
  type RuleViolation,
} from "../../../domain/matching/hard-rules";
import { assembleMatch } from "../../../domain/matching/match-assembly";
import type { MatchingPeer } from "../../../domain/matching/matching-peer";
import { createPairScorer } from "../../../domain/matching/pair-scorer";
import { buildPeerFeatures } from "../../../domain/matching/peer-features";
import type { MatchingRun, StoredParameters } from "../../../shared/contracts/matching";
import type { SwapMembers } from "../../../shared/contracts/matching-swap";
import type { AuthorizedInitiative } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import { AppError, staleVersion } from "../../errors";
import { gatherPeerPool } from "./peer-pool";
import { loadDraft, saveResult } from "./review-service";
import { hardRulesOf, hardViolationCodes, memberKey } from "./run-parameters";
import { readParameters, readResult, type StoredMatch, type StoredResult } from "./run-shapes";
import { findDeclinedPairs, getRun } from "./service";

type Place = { kind: "match"; index: number } | { kind: "unmatched"; index: number };

function refuse(code: string, message: string): AppError {
  return new AppError("INVALID", message, [{ path: "personIds", code, message }]);
}

function locate(result: StoredResult, personId: string): Place {
  const inMatches = result.matches.flatMap((m, i) => (m.peerIds.includes(personId) ? [i] : []));
  if (inMatches.length > 1) {
    throw refuse("in_several_matches", "This person is in several matches; break one instead");
  }
  if (inMatches[0] !== undefined) return { kind: "match", index: inMatches[0] };
  const u = result.unmatched.findIndex((x) => x.peerId === personId);
  if (u >= 0) return { kind: "unmatched", index: u };
  throw refuse("not_in_run", "Both people must be in this run, matched or unmatched");
}

/** Trades the places of `a` and `b` in `result` (new match objects); returns the changed matches. */
function applySwap(result: StoredResult, [a, b]: readonly [string, string]): number[] {
  const places = [locate(result, a), locate(result, b)] as const;
  if (places.every((p) => p.kind === "unmatched")) {
    throw refuse("not_matched", "At least one of the two must be in a match");
  }
  if (places[0].kind === "match" && places[1].kind === "match") {
    if (places[0].index === places[1].index) {
      throw refuse("same_match", "These two are already in the same match");
    }
  }
  const changed: number[] = [];
  const ids = [a, b] as const;
  places.forEach((place, i) => {
    const leaving = ids[i]!;
    const arriving = ids[1 - i]!;
    if (place.kind === "unmatched") {
      result.unmatched[place.index] = { peerId: arriving, reason: "broken_by_facilitator" };
      return;
    }
    const match = result.matches[place.index]!;
    if (match.isLocked) {
      throw new AppError("CONFLICT", "Unlock the match before swapping its members");
    }
    const peerIds = match.peerIds.map((id) => (id === leaving ? arriving : id));
    result.matches[place.index] = { ...match, peerIds };
    changed.push(place.index);
  });
  return changed;
}

const violationKey = (v: RuleViolation) => `${v.code}:${memberKey(v.peerIds)}`;

/** Refuses (400, the rule as issue code) a swap that breaks a hard rule the draft kept so far. */
function checkRules(
  before: readonly StoredMatch[],
  after: readonly StoredMatch[],
  peers: readonly MatchingPeer[],
  rules: HardRules,
) {
  const known = new Set(findRuleViolations({ matches: before }, peers, rules).map(violationKey));
  const fresh = findRuleViolations({ matches: after }, peers, rules).filter(
    (v) =>
      (hardViolationCodes.has(v.code) || v.code === "required_pair_split") &&
      !known.has(violationKey(v)),
  );
  if (fresh.length === 0) return;
  const message = "This swap would break a rule of the run";
  throw new AppError(
    "INVALID",
    `${message}: ${[...new Set(fresh.map((v) => v.code))].join(", ")}`,
    fresh.map((v) => ({ path: "personIds", code: v.code, message })),
  );
}

/** Scores and explains matches exactly as a run with these parameters would. */
function createRescorer(
  peers: readonly MatchingPeer[],
  params: StoredParameters,
  rules: HardRules,
) {
  const features = buildPeerFeatures(peers);
  const scorer = createPairScorer(peers, features, params.weights, {
    isDirectional: params.mode === "learner-champion",
  });
  const context = { peers, features, scorer, rules: compileRules(peers, rules) };
  const indexOf = new Map(peers.map((p, i) => [p.id, i] as const));
  return (match: StoredMatch): StoredMatch => {
    const assembled = assembleMatch(
      context,
      match.peerIds.map((id) => indexOf.get(id) ?? -1),
      true,
    );
    return {
      id: match.id,
      peerIds: [...assembled.peerIds],
      isLocked: true,
      isRequired: assembled.isRequired,
      score: assembled.score,
      explanation: assembled.explanation,
    };
  };
}

/**
 * Swaps two people of a draft (see `swapMembersSchema`): the changed matches are rescored with
 * the current answers, explained, and locked. Pairs the facilitator broke earlier and now puts
 * together again are no longer forbidden to re-runs.
 */
export async function swapMembers(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  runId: string,
  input: SwapMembers,
): Promise<MatchingRun> {
  const pool = await gatherPeerPool(ctx, auth);
  const inPool = new Set(pool.peers.map((p) => p.id));
  await ctx.db.transaction().execute(async (trx) => {
    const run = await loadDraft(trx, auth, runId);
    if (run.version !== input.version) throw staleVersion("This matching run");
    const params = readParameters(run);
    const result = readResult(run);
    const before = [...result.matches];
    const changed = applySwap(result, input.personIds).map((i) => result.matches[i]!);
    if (changed.some((m) => m.peerIds.some((id) => !inPool.has(id)))) {
      throw refuse("not_in_pool", "Someone in these matches no longer has survey answers");
    }
    const base = hardRulesOf(params);
    const declined = (await findDeclinedPairs(trx, auth)) as [string, string][];
    const rules = { ...base, forbiddenPairs: [...base.forbiddenPairs, ...declined] };
    checkRules(before, result.matches, pool.peers, rules);
    const rescore = createRescorer(pool.peers, params, rules);
    result.matches = result.matches.map((m) => (changed.includes(m) ? rescore(m) : m));
    const together = new Set(
      changed.flatMap((m) => m.peerIds.flatMap((x) => m.peerIds.map((y) => memberKey([x, y])))),
    );
    result.brokenPairs = result.brokenPairs.filter((p) => !together.has(memberKey(p)));
    await saveResult(trx, run.id, input.version, result);
  });
  return getRun(ctx, auth, runId);
}
