import { z } from "zod";
import { idSchema } from "./common";
import { matchingRunSummarySchema, matchPersonSchema } from "./matching";

/** `GET .../matching/compare` query: the two runs. */
export const compareRunsQuerySchema = z.object({
  /** The first run's id. */
  a: idSchema,
  /** The second run's id. */
  b: idSchema,
});

/** A match in a comparison, identified by its members. */
export const comparedMatchSchema = z.object({
  /** The people in it. */
  members: z.array(matchPersonSchema),
  /** Its score in run A; null when only in B. */
  scoreA: z.number().nullable(),
  /** Its score in run B; null when only in A. */
  scoreB: z.number().nullable(),
});

/** `GET .../matching/compare`: which matches the two runs share and where they differ. */
export const runComparisonSchema = z.object({
  /** Run A. */
  a: matchingRunSummarySchema,
  /** Run B. */
  b: matchingRunSummarySchema,
  /** Matches with the same members in both runs. */
  inBoth: z.array(comparedMatchSchema),
  /** Matches only run A made. */
  onlyInA: z.array(comparedMatchSchema),
  /** Matches only run B made. */
  onlyInB: z.array(comparedMatchSchema),
  /** Run A's total score (sum of the pair scores inside its matches). */
  totalScoreA: z.number(),
  /** Run B's total score. */
  totalScoreB: z.number(),
});
export type RunComparison = z.infer<typeof runComparisonSchema>;
