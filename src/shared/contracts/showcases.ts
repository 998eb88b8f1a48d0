import { z } from "zod";
import { activityStatusSchema, createActivitySchema, formatKeySchema } from "./activities";
import { currencySchema } from "./activity-items";
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  nameSchema,
  textSchema,
  versionSchema,
} from "./common";

/**
 * A showcase: a practice that works somewhere (what, where, results, what it cost, who can
 * show it), recorded so peers can go and see it.
 */
export const showcaseSchema = z.object({
  id: idSchema,
  initiativeId: idSchema,
  /** Short name of the practice: "Food-waste collection in brown bags". */
  title: z.string(),
  /** What the practice is and how it works. */
  practice: z.string(),
  /** The organisation where it runs. */
  organisationId: idSchema.nullable(),
  organisationName: z.string().nullable(),
  /** Town or site. */
  place: z.string(),
  /** What it has achieved, with evidence. */
  results: z.string(),
  /** What it cost, in words (set-up, running costs, staff time). */
  costNote: z.string(),
  /** What it cost as one amount in minor units, when known. */
  costAmountMinor: z.number().int().nullable(),
  costCurrency: z.string().nullable(),
  /** The champion who can show it, when they are a member of the initiative. */
  championPersonId: idSchema.nullable(),
  championName: z.string().nullable(),
  /** Who can show it when not a member (name, role, how to reach them). */
  contact: z.string(),
  /** Visits planned to it. */
  plannedVisits: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      formatKey: formatKeySchema,
      startsOn: isoDateSchema,
      status: activityStatusSchema,
    }),
  ),
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Showcase = z.infer<typeof showcaseSchema>;

const showcaseFields = {
  title: nameSchema(200),
  practice: textSchema(4000),
  organisationId: idSchema.nullable(),
  place: textSchema(200),
  results: textSchema(4000),
  costNote: textSchema(1000),
  costAmountMinor: z.number().int().min(0).max(1_000_000_000_000).nullable(),
  costCurrency: currencySchema.nullable(),
  championPersonId: idSchema.nullable(),
  contact: textSchema(500),
};

/** `POST /api/initiatives/:id/showcases` body. */
export const createShowcaseSchema = z.object({
  ...showcaseFields,
  practice: showcaseFields.practice.default(""),
  organisationId: showcaseFields.organisationId.default(null),
  place: showcaseFields.place.default(""),
  results: showcaseFields.results.default(""),
  costNote: showcaseFields.costNote.default(""),
  costAmountMinor: showcaseFields.costAmountMinor.default(null),
  costCurrency: showcaseFields.costCurrency.default(null),
  championPersonId: showcaseFields.championPersonId.default(null),
  contact: showcaseFields.contact.default(""),
});
export type CreateShowcase = z.infer<typeof createShowcaseSchema>;

/** `PATCH /api/initiatives/:id/showcases/:showcaseId` body. */
export const updateShowcaseSchema = z
  .object(showcaseFields)
  .partial()
  .extend({ version: versionSchema });
export type UpdateShowcase = z.infer<typeof updateShowcaseSchema>;

/** `{ id, showcaseId }` path parameters. */
export const showcaseParamsSchema = z.object({ id: idSchema, showcaseId: idSchema });

/**
 * `POST .../showcases/:showcaseId/visits` body: an activity to see the showcase. The format
 * defaults to a study visit and the host organisation to the showcase's; a champion who is a
 * member becomes the host.
 */
export const planShowcaseVisitSchema = createActivitySchema.extend({
  formatKey: formatKeySchema.default("study_visit"),
  hostOrganisationId: idSchema.nullable().optional(),
});
export type PlanShowcaseVisit = z.infer<typeof planShowcaseVisitSchema>;
