import { z } from "zod";
import { idSchema } from "./common";
import { hierarchicalLevelSchema } from "./people";

/** Why these people were matched, as data the web app words ("you both face: ..."). */
export const matchExplanationSchema = z.object({
  /** Challenge words two or more members share, most telling first. */
  sharedChallengeTerms: z.array(z.string()),
  /** Reform-area tag keys on challenges of two or more members. */
  sharedTags: z.array(z.string()),
  /** Words from the current task or policy initiative two or more members share. */
  sharedInitiativeTerms: z.array(z.string()),
  /** All members on the same hierarchical level. */
  isSameLevel: z.boolean(),
  /** Languages every member speaks. */
  sharedLanguages: z.array(z.string()),
  /** Each member's facts as compared: level, position, years of service, side. */
  members: z.array(
    z.object({
      /** The member's person id. */
      peerId: idSchema,
      /** Political, managerial or technical; null when unknown. */
      level: hierarchicalLevelSchema.nullable(),
      /** Their position as their profile states it. */
      position: z.string(),
      /** Null when unknown. */
      yearsOfService: z.number().int().nullable(),
      /** Learner-to-champion: which side they are on; null in the other modes' sense. */
      side: z.enum(["champion", "learner"]).nullable(),
    }),
  ),
  /** Words one member wants to learn that another offers. */
  exchanges: z.array(
    z.object({
      /** Who offers it. */
      offeredBy: idSchema,
      /** Who wants to learn it. */
      wantedBy: idSchema,
      /** The words, as written. */
      terms: z.array(z.string()),
    }),
  ),
});
export type MatchExplanationBody = z.infer<typeof matchExplanationSchema>;
