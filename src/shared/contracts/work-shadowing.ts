/**
 * Work shadowing (issue 5, ICLD toolbox method 4): one or two visitors follow a counterpart for
 * a day or two. Attached to an activity of the `work_shadowing` format: its hosts are the
 * counterparts, its visiting peers the visitors, its agenda the programme.
 *
 * Routes. `A` = `/api/initiatives/:id/activities/:activityId`; 404 / 403 / 409 as in
 * `peer-visits.ts`.
 * POST   A/work-shadowing                         facilitators, hosts: set it up with its focus (201)
 * GET    A/work-shadowing                         facilitators, participants: focus, programme, entries the caller may read, warnings
 * PATCH  A/work-shadowing                         facilitators, hosts: the focus
 * PUT    A/work-shadowing/entries/:entryId        visiting peers (author): idempotent save with a client id (see `clientVersionSchema`)
 * DELETE A/work-shadowing/entries/:entryId?version= author only
 *
 * Observations and ideas to take home are read by their author, the hosts (counterparts) and
 * the facilitators, like a peer visit's notes.
 */
import { z } from "zod";
import { agendaItemSchema } from "./activity-items";
import { idSchema, isoDateTimeSchema, textSchema, versionSchema } from "./common";
import { clientVersionSchema } from "./peer-visit-records";

/** What a visitor saw, or an idea they will take home. */
export const shadowingEntryKinds = ["observation", "idea"] as const;
export const shadowingEntryKindSchema = z.enum(shadowingEntryKinds);

/** Plan warnings: more than two visitors, more than two days, no counterpart yet. */
export const shadowingWarningCodes = [
  "too_many_visitors",
  "too_long",
  "no_counterpart",
  "no_visitor",
] as const;

/** One observation or idea. */
export const shadowingEntrySchema = z.object({
  id: idSchema,
  kind: shadowingEntryKindSchema,
  text: z.string(),
  authorPersonId: idSchema,
  authorName: z.string(),
  isMine: z.boolean(),
  version: z.number().int().min(1),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

const shadowingPersonSchema = z.object({
  personId: idSchema,
  displayName: z.string(),
  organisationName: z.string().nullable(),
});

/** The work shadowing with everything its page shows. */
export const workShadowingSchema = z.object({
  id: idSchema,
  activityId: idSchema,
  activityTitle: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  /** The professional role or project the visitors follow. */
  focus: z.string(),
  counterparts: z.array(shadowingPersonSchema),
  visitors: z.array(shadowingPersonSchema),
  /** The activity's agenda. */
  programme: z.array(agendaItemSchema),
  entries: z.array(shadowingEntrySchema),
  warnings: z.array(
    z.object({ code: z.enum(shadowingWarningCodes), params: z.record(z.string(), z.number()) }),
  ),
  permissions: z.object({ canEdit: z.boolean(), canWriteEntries: z.boolean() }),
  version: versionSchema,
  createdAt: isoDateTimeSchema,
});
export type WorkShadowing = z.infer<typeof workShadowingSchema>;

/** `POST A/work-shadowing` body. */
export const createWorkShadowingSchema = z.object({ focus: textSchema(2000).default("") });
/** `PATCH A/work-shadowing` body. */
export const updateWorkShadowingSchema = z.object({
  focus: textSchema(2000),
  version: versionSchema,
});

/** `PUT A/work-shadowing/entries/:entryId` body; `:entryId` is a UUID the client generated. */
export const saveShadowingEntrySchema = z.object({
  kind: shadowingEntryKindSchema,
  text: textSchema(8000).pipe(z.string().min(1)),
  version: clientVersionSchema,
});

export const entryParamsSchema = z.object({
  id: idSchema,
  activityId: idSchema,
  entryId: idSchema,
});
