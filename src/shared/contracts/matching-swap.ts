import { z } from "zod";
import { versionSchema } from "./common";
import { personPairSchema } from "./matching";

/**
 * `POST .../runs/:runId/swap` body: two people of a draft trade places. Both may be in
 * different matches, or one may be unmatched (they take the other's place, who becomes
 * unmatched). The changed matches are rescored, explained afresh and locked, so a re-run keeps
 * them. A swap that would break a hard rule gets 400 with the rule as the issue code.
 */
export const swapMembersSchema = z.object({
  /** The two people who trade places. */
  personIds: personPairSchema,
  /** The run's version seen (a stale one gets 409). */
  version: versionSchema,
});
export type SwapMembers = z.infer<typeof swapMembersSchema>;

/**
 * Issue codes a refused swap names (besides the hard rules' own codes such as
 * `same_organisation`, `same_country`, `no_shared_language`, `forbidden_pair`, `same_side`,
 * `required_pair_split`).
 */
export const swapRefusalCodes = [
  "same_match",
  "not_in_run",
  "not_matched",
  "in_several_matches",
  "not_in_pool",
] as const;
