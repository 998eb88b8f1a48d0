/**
 * Peer learning workshops (issue 5, ICLD toolbox method 5): the method library
 * (`src/domain/peer-visit/workshop-methods.ts`; the web may import it directly) and the outputs
 * captured per workshop activity (format `peer_learning_workshop` or `lessons_learnt_workshop`).
 *
 * Routes. `A` = `/api/initiatives/:id/activities/:activityId`; 404 / 403 / 409 as in
 * `peer-visits.ts`.
 * GET    /api/workshop-methods                     any signed-in person: the library with run sheets
 * POST   A/workshop                                facilitators, hosts: choose the method and start time (201)
 * GET    A/workshop                                facilitators, participants: method, run sheet, outputs
 * PATCH  A/workshop                                facilitators, hosts: method, start time
 * POST   A/workshop/outputs                        participants, facilitators: capture an output (201)
 * PATCH  A/workshop/outputs/:outputId              its author, hosts, facilitators
 * DELETE A/workshop/outputs/:outputId?version=     its author, hosts, facilitators
 *
 * Outputs are the room's shared results: every participant of the workshop and the
 * facilitators read them.
 */
import { z } from "zod";
import { workshopMethodIds, workshopRoles } from "../../domain/peer-visit/workshop-methods";
import { idSchema, isoDateTimeSchema, textSchema, versionSchema } from "./common";

export const workshopMethodIdSchema = z.enum(workshopMethodIds);

/** One timed step of a run sheet (texts are `peer-visit:` keys). */
export const timedStepSchema = z.object({
  key: z.string(),
  durationMinutes: z.number().int(),
  ledBy: z.enum(workshopRoles),
  startsAtMinute: z.number().int(),
  endsAtMinute: z.number().int(),
});

/** One method of the library. */
export const workshopMethodSchema = z.object({
  id: workshopMethodIdSchema,
  nameKey: z.string(),
  summaryKey: z.string(),
  roles: z.array(z.enum(workshopRoles)),
  groupSize: z.object({ min: z.number().int(), max: z.number().int() }),
  participants: z.object({ min: z.number().int(), max: z.number().int() }),
  totalMinutes: z.number().int(),
  runSheet: z.array(timedStepSchema),
});
export const workshopMethodListSchema = z.object({ items: z.array(workshopMethodSchema) });

/** What a workshop produced: an insight, an idea, an agreed action, an open question. */
export const workshopOutputKinds = ["insight", "idea", "action", "question"] as const;
export const workshopOutputKindSchema = z.enum(workshopOutputKinds);

/** One captured output, optionally tied to a step of the method (`stepKey`). */
export const workshopOutputSchema = z.object({
  id: idSchema,
  kind: workshopOutputKindSchema,
  stepKey: z.string().nullable(),
  text: z.string(),
  authorPersonId: idSchema,
  authorName: z.string(),
  canEdit: z.boolean(),
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

const startTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "use HH:mm (24 h)");

/** A workshop activity with its method and outputs. */
export const workshopSchema = z.object({
  id: idSchema,
  activityId: idSchema,
  activityTitle: z.string(),
  method: workshopMethodSchema,
  /** Local `HH:mm` when the method starts; null when not fixed. */
  startTime: z.string().nullable(),
  outputs: z.array(workshopOutputSchema),
  permissions: z.object({ canEdit: z.boolean(), canCapture: z.boolean() }),
  version: versionSchema,
  createdAt: isoDateTimeSchema,
});
export type Workshop = z.infer<typeof workshopSchema>;

/** `POST A/workshop` body. */
export const createWorkshopSchema = z.object({
  methodId: workshopMethodIdSchema,
  startTime: startTimeSchema.nullable().default(null),
});
/** `PATCH A/workshop` body. */
export const updateWorkshopSchema = z.object({
  methodId: workshopMethodIdSchema.optional(),
  startTime: startTimeSchema.nullable().optional(),
  version: versionSchema,
});

const outputFields = {
  kind: workshopOutputKindSchema,
  stepKey: z.string().max(200).nullable().default(null),
  text: textSchema(4000).pipe(z.string().min(1)),
};
/** `POST A/workshop/outputs` body. */
export const createWorkshopOutputSchema = z.object(outputFields);
/** `PATCH A/workshop/outputs/:outputId` body. */
export const updateWorkshopOutputSchema = z.object({ ...outputFields, version: versionSchema });

export const outputParamsSchema = z.object({
  id: idSchema,
  activityId: idSchema,
  outputId: idSchema,
});
