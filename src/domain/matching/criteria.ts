import type { OverlapAccumulators } from "./overlap-index";

/**
 * Matching criteria, most important first as the EIP guide ranks them: shared challenges, then
 * position / hierarchical level, then task or policy initiative, then professional field and
 * years of service; plus what one wants to learn against what the other offers.
 */
export const criterionKeys = [
  "sharedChallenges",
  "samePosition",
  "sameInitiative",
  "sameField",
  "yearsOfService",
  "complementarity",
] as const;

/** One criterion's key. */
export type CriterionKey = (typeof criterionKeys)[number];

/** Non-negative weight per criterion; a pair's score is the weighted sum of similarities. */
export type CriterionWeights = Readonly<Record<CriterionKey, number>>;

/** Default weights for pairs and groups (sum 1, in the guide's order of importance). */
export const defaultWeights: CriterionWeights = {
  sharedChallenges: 0.4,
  samePosition: 0.2,
  sameInitiative: 0.15,
  sameField: 0.1,
  yearsOfService: 0.05,
  complementarity: 0.1,
};

/** Learner-to-champion defaults: what the learner wants against what the champion offers counts strongly. */
export const learnerChampionWeights: CriterionWeights = {
  sharedChallenges: 0.3,
  samePosition: 0.15,
  sameInitiative: 0.12,
  sameField: 0.08,
  yearsOfService: 0.05,
  complementarity: 0.3,
};

/** Completes partial weights from `base`; negative or non-finite weights count as 0. */
export function resolveWeights(
  partial: Partial<CriterionWeights> | undefined,
  base: CriterionWeights,
): CriterionWeights {
  const entries = criterionKeys.map((key) => {
    const w = partial?.[key] ?? base[key];
    return [key, Number.isFinite(w) && w > 0 ? w : 0] as const;
  });
  return Object.fromEntries(entries) as Record<CriterionKey, number>;
}

/** Fine-tuning of how similarities are computed. */
export interface ScoringOptions {
  /** Share of tag overlap (vs text) in shared challenges; default 0.4. */
  readonly tagShare?: number;
  /** Share of "same hierarchical level" (vs position title text) in same position; default 0.7. */
  readonly levelShare?: number;
  /** Years apart at which closeness reaches 0; default 20. */
  readonly yearsRange?: number;
  /** Learner-to-champion: complementarity only counts the learner's wants against the champion's offers. */
  readonly isDirectional?: boolean;
}

/** A pair's total and each criterion's weighted contribution (contributions sum to the total). */
export interface PairScore {
  readonly total: number;
  readonly parts: Readonly<Record<CriterionKey, number>>;
}

/** Scores pairs of peers by index; built once per run. */
export interface PairScorer {
  score(i: number, j: number): number;
  scoreParts(i: number, j: number): PairScore;
  /** The same total from the candidate index's accumulated overlaps (no vector merging). */
  rankOverlap(i: number, j: number, overlaps: OverlapAccumulators): number;
  /**
   * For peer `i`, per index channel (`overlapChannels` order): the most one unit of that
   * channel's dot product (one shared tag) can add to a score of `i`, and the most the whole
   * channel can add. The candidate search uses them to bound what skipped terms could add.
   */
  channelBounds(i: number, perUnit: Float64Array, caps: Float64Array): void;
  /** Highest score a pair sharing no term or tag in any text can reach (level and years only). */
  readonly attributeBound: number;
}

/** Closeness of years of service in [0, 1]; 0 when either is unknown. */
export function scoreYearsCloseness(a: number | null, b: number | null, range: number): number {
  if (a === null || b === null || range <= 0) return 0;
  return Math.max(0, 1 - Math.abs(a - b) / range);
}
