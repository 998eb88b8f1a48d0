import type { CriterionKey, CriterionWeights, ScoringOptions } from "./criteria";
import type { MatchExplanation } from "./explanation";
import type { RuleIssue, SeparationRule } from "./hard-rules";
import type { MatchingPeer } from "./matching-peer";

/** Pairs of peers, groups of 3..6, or learners each paired with a champion. */
export type MatchingMode = "pairs" | "groups" | "learner-champion";

/** Everything one matching run needs. Only `peers` and `mode` are required. */
export interface MatchingInput {
  readonly peers: readonly MatchingPeer[];
  readonly mode: MatchingMode;
  /** Groups mode: target size, 3..6 (default 4). */
  readonly groupSize?: number;
  /** Overrides of the mode's default weights. */
  readonly weights?: Partial<CriterionWeights>;
  readonly scoring?: Omit<ScoringOptions, "isDirectional">;
  /** Default "different_organisation". */
  readonly separation?: SeparationRule;
  readonly forbiddenPairs?: readonly (readonly [string, string])[];
  readonly requiredPairs?: readonly (readonly [string, string])[];
  /** Matches fixed earlier: kept as they are; their members leave the pool. */
  readonly lockedMatches?: readonly (readonly string[])[];
  /** Candidate partners kept per peer (default 20). */
  readonly candidatesPerPeer?: number;
  /** Pools up to this size consider every allowed pair instead of top-k candidates (default 200). */
  readonly exhaustiveBelow?: number;
  /**
   * Pair modes: pairs scoring below this are never formed. Default 0: every allowed pair may be
   * used (scores are never negative), since the matcher maximises the number of pairs first
   * and a weak partner beats none; the explanation shows how weak the pair is.
   */
  readonly minPairScore?: number;
  /** Learner-to-champion: learners per champion (default 1). */
  readonly championCapacity?: number;
  /** Seed of the groups local search (default 1). */
  readonly seed?: number;
  /**
   * Groups mode: local-search rounds at most (default 3). The first round looks at everyone,
   * later ones only at peers near a change; on synthetic data rounds beyond 3 add under 0.1%.
   */
  readonly maxSearchPasses?: number;
}

/** Mean over the match's pairs of the total and of each criterion's contribution. */
export interface MatchScore {
  readonly total: number;
  readonly parts: Readonly<Record<CriterionKey, number>>;
  readonly pairCount: number;
}

/** One pair or group. */
export interface Match {
  readonly peerIds: readonly string[];
  readonly isLocked: boolean;
  /** Set by a required pair (the facilitator's decision), not by the optimiser. */
  readonly isRequired: boolean;
  readonly score: MatchScore;
  readonly explanation: MatchExplanation;
}

/**
 * Why someone has no match; every peer without one has exactly one reason:
 * - `no_compatible_peer`: the hard rules allow nobody in the pool (nor anyone fixed earlier);
 * - `locked_elsewhere`: the only peers the rules allow are in locked matches or required pairs;
 * - `odd_count`: pairs mode, the last one of an odd-sized group of mutually compatible peers;
 * - `outscored`: had compatible peers, but each was better placed with someone else;
 * - `below_min_score`: every allowed pair scored under `minPairScore`;
 * - `outnumbered`: learner-to-champion, this side outnumbers the other side's places;
 * - `no_side`: learner-to-champion, the peer is marked neither learner nor champion;
 * - `group_remainder`: groups mode, the pool does not divide into groups of the allowed sizes;
 * - `no_group_fits`: groups mode, a place was open but joining any group would break a rule.
 */
export type UnmatchedReason =
  | "odd_count"
  | "no_compatible_peer"
  | "outscored"
  | "locked_elsewhere"
  | "below_min_score"
  | "outnumbered"
  | "no_side"
  | "group_remainder"
  | "no_group_fits";

/** A peer left without a match, with the reason code. */
export interface UnmatchedPeer {
  readonly peerId: string;
  readonly reason: UnmatchedReason;
}

/** Problems in the input the run worked around (reported, never thrown). */
export interface MatchingIssue {
  readonly code:
    | RuleIssue["code"]
    | "duplicate_peer_id"
    | "peer_locked_twice"
    | "lock_too_small"
    | "required_pair_conflict"
    | "group_size_out_of_range";
  readonly peerIds: readonly string[];
}

/** Figures about the run, for the facilitator's confidence and for tuning. */
export interface MatchingStats {
  readonly poolSize: number;
  readonly candidateEdges: number;
  /** Every allowed pair was considered (small pools). */
  readonly isExhaustive: boolean;
  /** Sum of pair scores of all non-locked matches (groups: all within-group pairs). */
  readonly objective: number;
  /** Groups mode: no grouping of the pool can score more; null in pair modes (solved exactly). */
  readonly upperBound: number | null;
  /** Groups mode: (upperBound - objective) / upperBound. */
  readonly gap: number | null;
  readonly searchPasses: number;
}

/** Outcome of `runMatching`. */
export interface MatchingResult {
  readonly mode: MatchingMode;
  /** Locked matches first (input order), then the rest. */
  readonly matches: readonly Match[];
  readonly unmatched: readonly UnmatchedPeer[];
  readonly issues: readonly MatchingIssue[];
  readonly stats: MatchingStats;
}
