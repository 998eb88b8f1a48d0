import { z } from "zod";
import { idSchema, isoDateTimeSchema, textSchema, versionSchema } from "./common";
import {
  matchingModeSchema,
  matchPersonSchema,
  matchResponseStatuses,
  matchScoreSchema,
} from "./matching";
import { matchExplanationSchema } from "./matching-explanation";

/** `{ id, matchId }` path parameters. */
export const myMatchParamsSchema = z.object({
  /** The initiative. */
  id: idSchema,
  /** The match, as `GET .../my-matches` names it. */
  matchId: idSchema,
});

/** `GET .../matching/status` (every member): only whether matches are published. */
export const matchingStatusSchema = z.object({
  /** True once a facilitator has published a run. */
  isPublished: z.boolean(),
  /** When the current run was published; null before. */
  publishedAt: isoDateTimeSchema.nullable(),
});

/** A partner in the peer's own match: their name and facts, never their survey answers. */
export const matchPartnerSchema = matchPersonSchema.extend({
  /** Whether the partner has accepted (never their reason for declining). */
  status: z.enum(matchResponseStatuses),
});

/** One of the asking peer's matches in the published run. */
export const myMatchSchema = z.object({
  /** Used to accept or decline. */
  matchId: idSchema,
  /** A pair, a group, or learner with champion. */
  mode: matchingModeSchema,
  /** The other people in the match. */
  partners: z.array(matchPartnerSchema),
  /** Total and parts, as the facilitator saw them. */
  score: matchScoreSchema,
  /** The explanation, with exchanges limited to those involving the asking peer. */
  explanation: matchExplanationSchema,
  /** My own answer so far. */
  myStatus: z.enum(matchResponseStatuses),
  /** My own reason, when I declined. */
  myDeclineReason: z.string().nullable(),
  /** Someone in the match declined: the facilitator will propose a new one. */
  isDeclined: z.boolean(),
  /** Send it back to accept or decline (a stale one gets 409). */
  version: versionSchema,
});
export type MyMatch = z.infer<typeof myMatchSchema>;

/** `GET .../matching/my-matches` (peers): their own matches in the published run. */
export const myMatchesSchema = matchingStatusSchema.extend({
  /** Usually one; a champion may be matched with several learners; none when unmatched. */
  items: z.array(myMatchSchema),
  /**
   * My match in the previous publication I was in was declined: `mine` when I declined it,
   * `partner` when someone else in it did; null otherwise (then any match is a first one).
   */
  earlierDecline: z.enum(["mine", "partner"]).nullable(),
});
export type MyMatches = z.infer<typeof myMatchesSchema>;

/** `POST .../my-matches/:matchId/accept` body. */
export const acceptMatchSchema = z.object({
  /** The version of my answer seen (a stale one gets 409). */
  version: versionSchema,
});

/** `POST .../my-matches/:matchId/decline` body: a reason is required (the facilitator reads it). */
export const declineMatchSchema = z.object({
  /** The version of my answer seen (a stale one gets 409). */
  version: versionSchema,
  /** Why, in 1..1000 characters; seen by facilitators only. */
  reason: textSchema(1000).pipe(z.string().min(1, "Say briefly why you decline")),
});
