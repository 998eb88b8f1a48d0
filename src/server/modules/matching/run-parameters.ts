import {
  type CriterionWeights,
  criterionKeys,
  defaultWeights,
  learnerChampionWeights,
  resolveWeights,
} from "../../../domain/matching/criteria";
import type { HardRules, RuleViolationCode } from "../../../domain/matching/hard-rules";
import type { MatchingPeer } from "../../../domain/matching/matching-peer";
import type { MatchingInput } from "../../../domain/matching/matching-result";
import type { FieldIssue } from "../../../shared/contracts/common";
import type {
  CreateMatchingRun,
  MatchingMode,
  RerunMatching,
  StoredParameters,
} from "../../../shared/contracts/matching";
import { AppError } from "../../errors";

/** Group size when the facilitator does not choose one. */
export const DEFAULT_GROUP_SIZE = 4;

/** The rule breaks no stored result may contain (a split required pair is reported instead). */
export const hardViolationCodes: ReadonlySet<RuleViolationCode> = new Set([
  "duplicate_peer",
  "forbidden_pair",
  "same_organisation",
  "same_country",
  "no_shared_language",
  "same_side",
]);

/** The default weights of a mode. */
export function modeWeights(mode: MatchingMode): CriterionWeights {
  return mode === "learner-champion" ? learnerChampionWeights : defaultWeights;
}

/** Order-free key of a pair or group of person ids. */
export function memberKey(ids: readonly string[]): string {
  return [...ids].sort().join("+");
}

/** Drops repeated pairs (in either order). */
export function dedupePairs(pairs: readonly (readonly string[])[]): string[][] {
  const seen = new Map<string, string[]>();
  for (const p of pairs) if (!seen.has(memberKey(p))) seen.set(memberKey(p), [...p]);
  return [...seen.values()];
}

/**
 * Checks the pairs a facilitator names: each person a peer of the initiative, no pair both
 * forbidden and required. Field paths point at the offending pair (`forbiddenPairs.2`).
 */
export function checkPairs(
  input: Pick<RerunMatching, "forbiddenPairs" | "requiredPairs">,
  peerIds: ReadonlySet<string>,
): void {
  const details: FieldIssue[] = [];
  for (const field of ["forbiddenPairs", "requiredPairs"] as const) {
    (input[field] ?? []).forEach((pair, i) => {
      if (pair.some((id) => !peerIds.has(id))) {
        details.push({
          path: `${field}.${i}`,
          code: "not_a_peer",
          message: "Both people of a pair must be peers of this initiative",
        });
      }
    });
  }
  const forbidden = new Set((input.forbiddenPairs ?? []).map(memberKey));
  (input.requiredPairs ?? []).forEach((pair, i) => {
    if (forbidden.has(memberKey(pair))) {
      details.push({
        path: `requiredPairs.${i}`,
        code: "forbidden_and_required",
        message: "A pair cannot be both forbidden and required",
      });
    }
  });
  if (details.length > 0) {
    throw new AppError(
      "INVALID",
      details.map((d) => `${d.path}: ${d.message}`).join("; "),
      details,
    );
  }
}

/** Fills in a new run's parameters from the request, the base run (re-runs) and the declines. */
export function resolveParameters(
  input: CreateMatchingRun,
  base: StoredParameters | null,
  carried: { brokenPairs: string[][]; lockedMatches: string[][] },
  declinedPairs: string[][],
): StoredParameters {
  const baseWeights = base && base.mode === input.mode ? base.weights : modeWeights(input.mode);
  const weights = resolveWeights(input.weights, baseWeights);
  if (criterionKeys.every((k) => weights[k] === 0)) {
    throw new AppError("INVALID", "At least one weight must be above 0", [
      { path: "weights", code: "all_zero", message: "At least one weight must be above 0" },
    ]);
  }
  return {
    mode: input.mode,
    groupSize: input.mode === "groups" ? (input.groupSize ?? DEFAULT_GROUP_SIZE) : null,
    weights: { ...weights },
    separation: input.separation ?? "different_organisation",
    forbiddenPairs: dedupePairs([...(input.forbiddenPairs ?? []), ...carried.brokenPairs]),
    requiredPairs: dedupePairs(input.requiredPairs ?? []),
    declinedPairs: dedupePairs(declinedPairs),
    lockedMatches: carried.lockedMatches,
    championCapacity: input.championCapacity ?? 1,
    minPairScore: input.minPairScore ?? 0,
    note: input.note ?? "",
  };
}

/** A re-run's request: the base run's parameters with the facilitator's changes on top. */
export function mergeRerun(base: StoredParameters, changes: RerunMatching): CreateMatchingRun {
  const mode = changes.mode ?? base.mode;
  return {
    mode,
    groupSize: changes.groupSize ?? base.groupSize ?? undefined,
    weights: changes.weights ?? (mode === base.mode ? base.weights : undefined),
    separation: changes.separation ?? base.separation,
    forbiddenPairs: (changes.forbiddenPairs ?? base.forbiddenPairs) as [string, string][],
    requiredPairs: (changes.requiredPairs ?? base.requiredPairs) as [string, string][],
    championCapacity: changes.championCapacity ?? base.championCapacity,
    minPairScore: changes.minPairScore ?? base.minPairScore,
    note: changes.note ?? base.note,
  };
}

/** The hard rules of a run, as the engine and the rule check read them. */
export function hardRulesOf(params: StoredParameters): HardRules {
  return {
    separation: params.separation,
    forbiddenPairs: [...params.forbiddenPairs, ...params.declinedPairs] as [string, string][],
    requiredPairs: params.requiredPairs as [string, string][],
    isCrossSideOnly: params.mode === "learner-champion",
    championCapacity: params.championCapacity,
  };
}

/** The engine's input for a run. */
export function toMatchingInput(
  params: StoredParameters,
  peers: readonly MatchingPeer[],
  lockedMatches: readonly string[][],
): MatchingInput {
  const rules = hardRulesOf(params);
  return {
    peers,
    mode: params.mode,
    groupSize: params.groupSize ?? undefined,
    weights: params.weights,
    separation: params.separation,
    forbiddenPairs: rules.forbiddenPairs,
    requiredPairs: rules.requiredPairs,
    lockedMatches,
    championCapacity: params.championCapacity,
    minPairScore: params.minPairScore,
  };
}
