import { z } from "zod";
import { criterionKeys } from "../../domain/matching/criteria";
import { matchPersonSchema, resolvedWeightsSchema, separationRules } from "./matching";

/** `GET .../matching/defaults`: what a new run starts from. */
export const matchingDefaultsSchema = z.object({
  /** Criteria from most to least important, as the guides rank them. */
  criteria: z.array(z.enum(criterionKeys)),
  /** Default weights per mode. */
  weights: z.object({
    /** Pairs mode. */
    pairs: resolvedWeightsSchema,
    /** Groups mode. */
    groups: resolvedWeightsSchema,
    /** Learner-to-champion: what the learner wants against what the champion offers counts more. */
    "learner-champion": resolvedWeightsSchema,
  }),
  /** Group size when none is chosen, and the limits. */
  groupSize: z.object({
    /** Used when none is chosen. */
    default: z.number().int(),
    /** Smallest allowed. */
    min: z.number().int(),
    /** Largest allowed. */
    max: z.number().int(),
  }),
  /** The separation rule when none is chosen. */
  separation: z.enum(separationRules),
  /** Pairs a peer declined: every new run forbids them. */
  declinedPairs: z.array(z.array(matchPersonSchema)),
  /** Peers who have answered the survey: the pool a run matches. */
  respondentCount: z.number().int(),
  /** All members with the peer role. */
  peerCount: z.number().int(),
});
export type MatchingDefaults = z.infer<typeof matchingDefaultsSchema>;
