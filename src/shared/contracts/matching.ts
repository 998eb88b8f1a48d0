import { z } from "zod";
import { criterionKeys } from "../../domain/matching/criteria";
import { groupSizeLimits } from "../../domain/matching/group-sizes";
import { idSchema, isoDateTimeSchema, textSchema, versionSchema } from "./common";
import { matchExplanationSchema } from "./matching-explanation";

/** Pairs of peers, groups of k (3..6), or learners each paired with a champion. */
export const matchingModes = ["pairs", "groups", "learner-champion"] as const;
/** One of `matchingModes`. */
export const matchingModeSchema = z.enum(matchingModes);
export type MatchingMode = z.infer<typeof matchingModeSchema>;

/**
 * Who may never be matched together. Two people of the same organisation never are (default);
 * `different_country` asks more: partners from different countries only.
 */
export const separationRules = ["different_organisation", "different_country"] as const;

/** A run is a draft (facilitator reviews it), published (peers see it) or superseded by a newer publication. */
export const matchingRunStatuses = ["draft", "published", "superseded"] as const;

/** A peer's answer to a proposed match. */
export const matchResponseStatuses = ["proposed", "accepted", "declined"] as const;

/**
 * Why someone has no match: the engine's reasons plus `no_response` (has not answered the
 * intake survey) and `broken_by_facilitator` (the facilitator broke their match in this draft).
 */
export const unmatchedReasons = [
  "odd_count",
  "no_compatible_peer",
  "outscored",
  "locked_elsewhere",
  "below_min_score",
  "outnumbered",
  "no_side",
  "group_remainder",
  "no_group_fits",
  "no_response",
  "broken_by_facilitator",
] as const;

/** Per-criterion weights (each 0..10); criteria left out keep the mode's default. */
export const criterionWeightsSchema = z.object(
  Object.fromEntries(criterionKeys.map((k) => [k, z.number().min(0).max(10).optional()])) as Record<
    (typeof criterionKeys)[number],
    z.ZodOptional<z.ZodNumber>
  >,
);

/** Every criterion's weight, as a run used them. */
export const resolvedWeightsSchema = z.object(
  Object.fromEntries(criterionKeys.map((k) => [k, z.number()])) as Record<
    (typeof criterionKeys)[number],
    z.ZodNumber
  >,
);

/** Two different people (person ids), order irrelevant. */
export const personPairSchema = z
  .tuple([idSchema, idSchema])
  .refine(([a, b]) => a !== b, "A pair needs two different people");

/** The parameters a facilitator chooses for a run; everything but `mode` has a default. */
export const matchingParametersSchema = z.object({
  /** Pairs, groups of k, or learner-to-champion. */
  mode: matchingModeSchema,
  /** Groups mode: people per group, 3..6 (default 4); ignored in the other modes. */
  groupSize: z.number().int().min(groupSizeLimits.min).max(groupSizeLimits.max).optional(),
  /** Overrides of the mode's default weights (see `GET .../matching/defaults`). */
  weights: criterionWeightsSchema.optional(),
  /** Default `different_organisation`. */
  separation: z.enum(separationRules).optional(),
  /** Peers (members with the peer role) never to match together. */
  forbiddenPairs: z.array(personPairSchema).max(1000).optional(),
  /** Peers always to match together (overrides separation, never a forbidden pair). */
  requiredPairs: z.array(personPairSchema).max(1000).optional(),
  /** Learner-to-champion: learners per champion, 1..5 (default 1). */
  championCapacity: z.number().int().min(1).max(5).optional(),
  /** Pair modes: pairs scoring below this (0..1) are never formed (default 0). */
  minPairScore: z.number().min(0).max(1).optional(),
  /** The facilitator's label for the run, e.g. "more weight on position". */
  note: textSchema(200).optional(),
});

/** `POST /api/initiatives/:id/matching/runs` body. */
export const createMatchingRunSchema = matchingParametersSchema;
export type CreateMatchingRun = z.infer<typeof createMatchingRunSchema>;

/**
 * `POST .../matching/runs/:runId/rerun` body: changes to the base run's parameters (all
 * optional). The new draft keeps the base run's locked matches (of a published run: every match
 * nobody declined) and never repeats a pair the facilitator broke there.
 */
export const rerunMatchingSchema = matchingParametersSchema.partial();
export type RerunMatching = z.infer<typeof rerunMatchingSchema>;

/** The parameters a run actually used, defaults filled in. */
export const storedParametersSchema = z.object({
  /** Pairs, groups of k, or learner-to-champion. */
  mode: matchingModeSchema,
  /** People per group; null outside groups mode. */
  groupSize: z.number().int().nullable(),
  /** Every criterion's weight: the mode's defaults with the facilitator's changes. */
  weights: resolvedWeightsSchema,
  /** Who may never be matched together. */
  separation: z.enum(separationRules),
  /** Chosen by the facilitator, plus pairs broken in the run this one was based on. */
  forbiddenPairs: z.array(z.array(idSchema)),
  /** Pairs the facilitator wants together. */
  requiredPairs: z.array(z.array(idSchema)),
  /** Pairs in a match one of them declined: never proposed again (added by the server). */
  declinedPairs: z.array(z.array(idSchema)),
  /** Matches carried over as locks from the base run. */
  lockedMatches: z.array(z.array(idSchema)),
  /** Learners per champion (learner-to-champion mode). */
  championCapacity: z.number().int(),
  /** Pairs scoring below this were never formed. */
  minPairScore: z.number(),
  /** The facilitator's label for the run ("" when none). */
  note: z.string(),
});
export type StoredParameters = z.infer<typeof storedParametersSchema>;

/** A person in a match or list, with the name to show (null once they left the initiative). */
export const matchPersonSchema = z.object({
  /** The person's id (profiles at `/api/people/:id`). */
  personId: idSchema,
  /** Null once they left the initiative. */
  displayName: z.string().nullable(),
  /** Their home organisation, when known. */
  organisationName: z.string().nullable(),
});

/** Mean over the match's pairs of the total and of each criterion's weighted contribution. */
export const matchScoreSchema = z.object({
  /** 0..(sum of weights); the parts add up to it. */
  total: z.number(),
  /** Each criterion's weighted contribution, by criterion key. */
  parts: resolvedWeightsSchema,
  /** Pairs inside the match (1 for a pair, k(k-1)/2 for a group). */
  pairCount: z.number().int(),
});

/** A member's answer to a published match (facilitators only see decline reasons). */
export const matchMemberResponseSchema = z.object({
  /** Proposed until the member accepts or declines. */
  status: z.enum(matchResponseStatuses),
  /** The reason given when declining; shown to facilitators only. */
  declineReason: z.string().nullable(),
  /** When they answered; null while proposed. */
  respondedAt: isoDateTimeSchema.nullable(),
});

/** One pair or group of a run, as the facilitator sees it. */
export const runMatchSchema = z.object({
  /** Stable within the run; used to lock, unlock or break it. */
  id: idSchema,
  /** The people in the match, in the engine's order. */
  members: z.array(
    matchPersonSchema.extend({
      /** Null in drafts (nobody has seen the match yet). */
      response: matchMemberResponseSchema.nullable(),
    }),
  ),
  /** Kept as it is by re-runs. */
  isLocked: z.boolean(),
  /** Set by a required pair, not by the optimiser. */
  isRequired: z.boolean(),
  /** Someone in it declined (published runs): the others are free for a re-run. */
  isDeclined: z.boolean(),
  /** Total and parts (mean over the match's pairs). */
  score: matchScoreSchema,
  /** Why these people, as data. */
  explanation: matchExplanationSchema,
});
export type RunMatch = z.infer<typeof runMatchSchema>;

/** Someone the run left without a match, and why (every such peer has a reason). */
export const unmatchedPersonSchema = matchPersonSchema.extend({
  /** One of `unmatchedReasons`; the web app words it. */
  reason: z.enum(unmatchedReasons),
});

/** A problem in the input the run worked around (e.g. a required pair across a lock). */
export const matchingIssueSchema = z.object({
  /** E.g. `required_pair_conflict`, `lock_released`, `unknown_peer`. */
  code: z.string(),
  /** The people concerned. */
  peerIds: z.array(z.string()),
});

/** Figures about the run, for confidence and tuning. */
export const matchingStatsSchema = z.object({
  /** Peers the optimiser placed (locked ones excluded). */
  poolSize: z.number().int(),
  /** Candidate pairs the engine weighed. */
  candidateEdges: z.number().int(),
  /** Every allowed pair was considered (small pools). */
  isExhaustive: z.boolean(),
  /** The engine's total over the matches it formed (locked ones excluded). */
  objective: z.number(),
  /** Groups mode: no grouping can score more; null in pair modes (solved exactly). */
  upperBound: z.number().nullable(),
  /** Groups mode: share by which the result may fall short of the best possible. */
  gap: z.number().nullable(),
  /** Groups mode: local-search passes made. */
  searchPasses: z.number().int(),
  /** Time the engine took, in milliseconds. */
  durationMs: z.number(),
});

/** One run in the list. */
export const matchingRunSummarySchema = z.object({
  /** The run's id. */
  id: idSchema,
  /** Draft, published or superseded. */
  status: z.enum(matchingRunStatuses),
  /** Pairs, groups of k, or learner-to-champion. */
  mode: matchingModeSchema,
  /** People per group; null outside groups mode. */
  groupSize: z.number().int().nullable(),
  /** The facilitator's label ("" when none). */
  note: z.string(),
  /** The run this one re-ran (its locks carried over); null for a fresh run. */
  basedOnRunId: idSchema.nullable(),
  /** Sum of the pair scores inside all matches: what compare sets side by side. */
  totalScore: z.number(),
  /** Pairs or groups formed. */
  matchCount: z.number().int(),
  /** Peers left without a match (each with a reason). */
  unmatchedCount: z.number().int(),
  /** Published runs: members who accepted / declined so far. */
  acceptedCount: z.number().int(),
  /** Published runs: members who declined so far. */
  declinedCount: z.number().int(),
  /** Who ran it; null once that person's account is gone. */
  createdBy: matchPersonSchema.nullable(),
  /** When it ran. */
  createdAt: isoDateTimeSchema,
  /** When it was published; null for drafts. */
  publishedAt: isoDateTimeSchema.nullable(),
  /** Send it back to lock, break or publish (a stale one gets 409). */
  version: versionSchema,
});
export type MatchingRunSummary = z.infer<typeof matchingRunSummarySchema>;

/** A run in full: parameters, matches with explanations, the unmatched with reasons. */
export const matchingRunSchema = matchingRunSummarySchema.extend({
  /** The parameters used, defaults filled in. */
  parameters: storedParametersSchema,
  /** Locked matches first, then the rest. */
  matches: z.array(runMatchSchema),
  /** Every peer without a match, with the reason. */
  unmatched: z.array(unmatchedPersonSchema),
  /** Input problems the run worked around. */
  issues: z.array(matchingIssueSchema),
  /** The engine's figures. */
  stats: matchingStatsSchema,
});
export type MatchingRun = z.infer<typeof matchingRunSchema>;

/** `{ id, runId }` path parameters. */
export const runParamsSchema = z.object({
  /** The initiative. */
  id: idSchema,
  /** The run. */
  runId: idSchema,
});

/** `{ id, runId, matchId }` path parameters. */
export const runMatchParamsSchema = z.object({
  /** The initiative. */
  id: idSchema,
  /** The run. */
  runId: idSchema,
  /** The match within the run. */
  matchId: idSchema,
});

/** `PATCH .../runs/:runId/matches/:matchId` body: lock or unlock a match of a draft. */
export const setMatchLockSchema = z.object({
  /** True to lock, false to unlock. */
  isLocked: z.boolean(),
  /** The run's version seen (a stale one gets 409). */
  version: versionSchema,
});

/** Body of commands on a draft run (break a match, publish): the run's version seen. */
export const runVersionSchema = z.object({
  /** The run's version seen (a stale one gets 409). */
  version: versionSchema,
});
