import { buildCandidateGraph, type CandidateGraph } from "./candidate-graph";
import { defaultWeights, learnerChampionWeights, resolveWeights } from "./criteria";
import { groupSizeLimits } from "./group-sizes";
import { formGroups } from "./groups";
import { compileRules, type HardRules } from "./hard-rules";
import { type AssemblyContext, assembleMatch, dedupePeers, resolveLocks } from "./match-assembly";
import type {
  Match,
  MatchingInput,
  MatchingIssue,
  MatchingResult,
  MatchingStats,
  UnmatchedPeer,
  UnmatchedReason,
} from "./matching-result";
import { maxWeightMatching } from "./max-weight-matching";
import { matchPairs } from "./pair-matching";
import { createPairScorer } from "./pair-scorer";
import { buildPeerFeatures } from "./peer-features";

interface RunState {
  readonly input: MatchingInput;
  readonly context: AssemblyContext;
  readonly issues: MatchingIssue[];
  /** Lock number per peer, -1 when in the pool. */
  readonly lockOf: Int32Array;
}

/** What a mode's solver hands back: matches as index lists, and the unmatched with reasons. */
interface ModeOutcome {
  readonly matches: number[][];
  readonly unmatched: { index: number; reason: UnmatchedReason }[];
  readonly graph: CandidateGraph;
  readonly poolSize: number;
  readonly upperBound: number | null;
  readonly searchPasses: number;
  /** Peers matched before the optimiser ran (required pairs in pair modes). */
  readonly fixedMembers: readonly number[];
}

function buildGraph(state: RunState, members: readonly number[], minK: number): CandidateGraph {
  const { features, scorer, rules } = state.context;
  return buildCandidateGraph(features, {
    members: Int32Array.from(members),
    k: Math.max(state.input.candidatesPerPeer ?? 20, minK),
    exhaustiveBelow: state.input.exhaustiveBelow,
    isAllowed: rules.isAllowed,
    rankOverlap: scorer.rankOverlap,
    scorePair: scorer.score,
    channelBounds: scorer.channelBounds,
    attributeBound: scorer.attributeBound,
  });
}

/** Required pairs taken whole before the optimiser runs (pair modes), within capacities. */
function fixRequiredPairs(state: RunState, capacity: Int32Array): number[][] {
  const fixed: number[][] = [];
  for (const [i, j] of state.context.rules.requiredPairs) {
    const lockI = state.lockOf[i]!;
    const lockJ = state.lockOf[j]!;
    if (lockI >= 0 && lockI === lockJ) continue;
    if (lockI >= 0 || lockJ >= 0 || capacity[i]! < 1 || capacity[j]! < 1) {
      state.issues.push({
        code: "required_pair_conflict",
        peerIds: [i, j].map((x) => state.context.peers[x]!.id),
      });
      continue;
    }
    capacity[i]!--;
    capacity[j]!--;
    fixed.push([i, j]);
  }
  return fixed;
}

function solvePairs(state: RunState, pool: readonly number[]): ModeOutcome {
  const { peers } = state.context;
  const isChampionMode = state.input.mode === "learner-champion";
  const capacity = new Int32Array(peers.length);
  for (const m of pool) {
    capacity[m] =
      isChampionMode && peers[m]!.side === "champion"
        ? Math.max(1, state.input.championCapacity ?? 1)
        : 1;
  }
  const fixed = fixRequiredPairs(state, capacity);
  const members = pool.filter((m) => capacity[m]! > 0);
  const graph = buildGraph(state, members, 1);
  const result = matchPairs(
    {
      members,
      edges: graph.edges,
      minScore: state.input.minPairScore ?? 0,
      capacityOf: (m) => capacity[m]!,
      isLearner: isChampionMode ? (m) => peers[m]!.side === "learner" : undefined,
    },
    maxWeightMatching,
  );
  const matches = [...fixed, ...result.pairs.map((p) => [...p])];
  return {
    matches,
    unmatched: [...result.unmatched],
    graph,
    poolSize: pool.length,
    upperBound: null,
    searchPasses: 0,
    fixedMembers: fixed.flat(),
  };
}

function solveGroups(state: RunState, pool: readonly number[]): ModeOutcome {
  const { peers, scorer, rules } = state.context;
  const requested = state.input.groupSize ?? 4;
  const groupSize = Math.min(
    groupSizeLimits.max,
    Math.max(groupSizeLimits.min, Math.round(requested)),
  );
  if (groupSize !== requested) state.issues.push({ code: "group_size_out_of_range", peerIds: [] });
  for (const [i, j] of rules.requiredPairs) {
    const [a, b] = [state.lockOf[i]!, state.lockOf[j]!];
    if ((a >= 0 || b >= 0) && a !== b) {
      state.issues.push({ code: "required_pair_conflict", peerIds: [peers[i]!.id, peers[j]!.id] });
    }
  }
  const graph = buildGraph(state, pool, groupSize + 1);
  const result = formGroups({
    peerCount: peers.length,
    members: pool,
    groupSize,
    edges: graph.edges,
    score: scorer.score,
    rules,
    outsideBound: graph.outsideBound,
    seed: state.input.seed ?? 1,
    maxPasses: state.input.maxSearchPasses,
  });
  for (const [i, j] of result.requiredConflicts) {
    state.issues.push({ code: "required_pair_conflict", peerIds: [peers[i]!.id, peers[j]!.id] });
  }
  return {
    matches: result.groups.map((g) => [...g]),
    unmatched: [...result.unplaced],
    graph,
    poolSize: pool.length,
    upperBound: result.upperBound,
    searchPasses: result.passes,
    fixedMembers: [],
  };
}

/** A peer nobody in the pool could take may still have been compatible with someone fixed earlier. */
function refineReason(
  state: RunState,
  index: number,
  reason: UnmatchedReason,
  fixed: readonly number[],
) {
  if (reason !== "no_compatible_peer") return reason;
  const isAllowed = state.context.rules.isAllowed;
  return fixed.some((j) => isAllowed(index, j)) ? "locked_elsewhere" : reason;
}

function prepareRun(input: MatchingInput): { state: RunState; locks: number[][] } {
  const issues: MatchingIssue[] = [];
  const peers = dedupePeers(input.peers, issues);
  const isChampionMode = input.mode === "learner-champion";
  const hardRules: HardRules = {
    separation: input.separation ?? "different_organisation",
    forbiddenPairs: input.forbiddenPairs ?? [],
    requiredPairs: input.requiredPairs ?? [],
    isCrossSideOnly: isChampionMode,
  };
  const rules = compileRules(peers, hardRules);
  issues.push(...rules.issues);
  const locks = resolveLocks(peers, input.lockedMatches ?? [], issues);
  const lockOf = new Int32Array(peers.length).fill(-1);
  locks.forEach((lock, l) => {
    for (const m of lock) lockOf[m] = l;
  });
  const features = buildPeerFeatures(peers);
  const weights = resolveWeights(
    input.weights,
    isChampionMode ? learnerChampionWeights : defaultWeights,
  );
  const scorer = createPairScorer(peers, features, weights, {
    ...input.scoring,
    isDirectional: isChampionMode,
  });
  return { state: { input, context: { peers, features, scorer, rules }, issues, lockOf }, locks };
}

/**
 * Purposeful matching of one initiative's peers (pure and deterministic for the same input).
 * Locked matches are kept as they are. Pairs and learner-to-champion: the most pairs possible,
 * then the best total score, solved exactly on the sparse candidate graph; required pairs are
 * set first. Groups: construction plus local search, with a proven upper bound. No result
 * breaks a hard rule, and every peer is either in a match or listed as unmatched with a reason.
 */
export function runMatching(input: MatchingInput): MatchingResult {
  const { state, locks } = prepareRun(input);
  const { peers } = state.context;
  const unmatched: { index: number; reason: UnmatchedReason }[] = [];
  const pool: number[] = [];
  peers.forEach((p, i) => {
    if (state.lockOf[i]! >= 0) return;
    if (input.mode === "learner-champion" && p.side === undefined)
      unmatched.push({ index: i, reason: "no_side" });
    else pool.push(i);
  });
  const outcome = input.mode === "groups" ? solveGroups(state, pool) : solvePairs(state, pool);
  const found = outcome.matches.sort((x, y) => Math.min(...x) - Math.min(...y));
  const matchedNow = new Set(found.flat());
  const fixed = [...locks.flat(), ...outcome.fixedMembers];
  for (const u of outcome.unmatched) {
    if (!matchedNow.has(u.index))
      unmatched.push({ index: u.index, reason: refineReason(state, u.index, u.reason, fixed) });
  }
  unmatched.sort((x, y) => x.index - y.index);
  const matches: Match[] = [
    ...locks.map((lock) => assembleMatch(state.context, lock, true)),
    ...found.map((members) => assembleMatch(state.context, members, false)),
  ];
  const objective = matches
    .filter((m) => !m.isLocked)
    .reduce((sum, m) => sum + m.score.total * m.score.pairCount, 0);
  const stats: MatchingStats = {
    poolSize: outcome.poolSize,
    candidateEdges: outcome.graph.edges.length,
    isExhaustive: outcome.graph.isExhaustive,
    objective,
    upperBound: outcome.upperBound,
    gap:
      outcome.upperBound === null
        ? null
        : outcome.upperBound > 0
          ? Math.max(0, 1 - objective / outcome.upperBound)
          : 0,
    searchPasses: outcome.searchPasses,
  };
  const unmatchedPeers: UnmatchedPeer[] = unmatched.map((u) => ({
    peerId: peers[u.index]!.id,
    reason: u.reason,
  }));
  return { mode: input.mode, matches, unmatched: unmatchedPeers, issues: state.issues, stats };
}
