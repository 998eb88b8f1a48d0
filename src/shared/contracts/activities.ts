import { z } from "zod";
import { formatKeys, studyVisitThemes } from "../../domain/catalogue/formats";
import { planWarningCodes } from "../../domain/catalogue/plan-warnings";
import {
  agendaItemSchema,
  budgetLineSchema,
  budgetTotalSchema,
  checklistItemSchema,
  documentSchema,
  participantRoleSchema,
  participantSchema,
  rsvpStatusSchema,
} from "./activity-items";
import { objectiveSetSchema } from "./activity-learning";
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  nameSchema,
  pageQuerySchema,
  textSchema,
  versionSchema,
} from "./common";
import { hierarchicalLevelSchema } from "./people";

/** An activity format of the catalogue (`src/domain/catalogue/formats.ts`). */
export const formatKeySchema = z.enum(formatKeys);

/** A study-visit theme (only study visits carry one). */
export const studyVisitThemeSchema = z.enum(studyVisitThemes);

/** Where an activity stands: planned, confirmed (dates and place fixed), completed, cancelled. */
export const activityStatuses = ["planned", "confirmed", "completed", "cancelled"] as const;
export const activityStatusSchema = z.enum(activityStatuses);
export type ActivityStatus = z.infer<typeof activityStatusSchema>;

/** A stage of the EIP process map, 1 (foundational engagement) to 4 (change at scale). */
export const processStageSchema = z.number().int().min(1).max(4);

/** Local wall-clock time `HH:mm` (24 h) in the activity's time zone. */
export const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "use HH:mm (24 h)");

/** True when `zone` is an IANA time zone this runtime knows (e.g. `Africa/Nairobi`). */
export function isKnownTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name, e.g. `Europe/Stockholm`; local times are read in it. */
export const timeZoneSchema = z
  .string()
  .trim()
  .max(64)
  .refine(isKnownTimeZone, { message: "is not a known IANA time zone" });

/** A web address people open: `http` or `https` only (never `javascript:` and the like). */
export const webUrlSchema = z.url({ protocol: /^https?$/ }).max(2000);

/** A topic the activity addresses; few by design (at most five). */
export const topicsSchema = z.array(textSchema(80).pipe(z.string().min(1))).max(5);

/** A plan warning: where the plan contradicts its format's guidance. Never blocks saving. */
export const planWarningSchema = z.object({
  /** Reason code (`catalogue:planWarnings.<code>` in the web app). */
  code: z.enum(planWarningCodes),
  /** Numbers the message needs (`count`, `max`, `min`, `minWeeks`, `days`). */
  params: z.record(z.string(), z.number()),
});
export type PlanWarning = z.infer<typeof planWarningSchema>;

/** One row of the activity list and of the timeline. */
export const activitySummarySchema = z.object({
  id: idSchema,
  /** The initiative the activity belongs to. */
  initiativeId: idSchema,
  formatKey: formatKeySchema,
  title: z.string(),
  status: activityStatusSchema,
  /** First day, `YYYY-MM-DD`, in the activity's time zone. */
  startsOn: isoDateSchema,
  /** Last day (inclusive). */
  endsOn: isoDateSchema,
  /** Start on the first day, local `HH:mm`; null for an all-day activity. */
  startTime: z.string().nullable(),
  /** End on the last day, local `HH:mm`; null for an all-day activity. */
  endTime: z.string().nullable(),
  /** IANA zone the local times are in. */
  timeZone: z.string(),
  /** Stages it serves: the format's, or the facilitator's override. */
  stages: z.array(processStageSchema),
  hostOrganisationName: z.string().nullable(),
  participantCount: z.number().int(),
  /** The asking person's role in this activity; null when not taking part. */
  myParticipantRole: participantRoleSchema.nullable(),
});
export type ActivitySummary = z.infer<typeof activitySummarySchema>;

/** What the asking person may do here, so the web app shows only usable controls. */
export const activityPermissionsSchema = z.object({
  /** Edit details, agenda, documents, objectives and checklist (facilitators and hosts). */
  canPlan: z.boolean(),
  /** Delete, manage participants and budget, send invitations, create the reverse visit. */
  canManage: z.boolean(),
  /** See everyone's reflection answers (facilitators and hosts). */
  canReviewReflection: z.boolean(),
});

/** One activity with everything the activity page shows. */
export const activitySchema = activitySummarySchema.extend({
  description: z.string(),
  theme: studyVisitThemeSchema.nullable(),
  hostOrganisationId: idSchema.nullable(),
  /** Street address or site; empty when none. */
  address: z.string(),
  /** Link of an online session; null when none. */
  onlineUrl: z.string().nullable(),
  /** Hierarchical levels the activity addresses. */
  levels: z.array(hierarchicalLevelSchema),
  topics: z.array(z.string()),
  /** True when `stages` was set by hand rather than taken from the format. */
  hasStageOverride: z.boolean(),
  /** Someone crosses a border (visas, embassies in the checklist). */
  isInternational: z.boolean(),
  /** High-level delegation (media, embassies in the checklist). */
  isHighLevel: z.boolean(),
  /** How many people are expected, when known before everyone is added. */
  plannedParticipantCount: z.number().int().nullable(),
  /** For a reverse visit: the visit it answers. */
  sourceActivityId: idSchema.nullable(),
  /** The showcase this activity visits, if any. */
  showcaseId: idSchema.nullable(),
  createdBy: idSchema,
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  /** The asking person's own participation, for RSVP and reflection. */
  myParticipant: z
    .object({ id: idSchema, role: participantRoleSchema, rsvpStatus: rsvpStatusSchema })
    .nullable(),
  permissions: activityPermissionsSchema,
  participants: z.array(participantSchema),
  agenda: z.array(agendaItemSchema),
  budgetLines: z.array(budgetLineSchema),
  /** Budget summed per currency (never converted). */
  budgetTotals: z.array(budgetTotalSchema),
  documents: z.array(documentSchema),
  objectives: objectiveSetSchema,
  checklist: z.array(checklistItemSchema),
  /** Where the plan contradicts the format's guidance; advice only. */
  warnings: z.array(planWarningSchema),
});
export type Activity = z.infer<typeof activitySchema>;

const scheduleFields = {
  /** First day `YYYY-MM-DD`. */
  startsOn: isoDateSchema,
  /** Last day; defaults to the format's typical length from `startsOn`. */
  endsOn: isoDateSchema,
  /** Local start time `HH:mm`, or null for all day; give both times or neither. */
  startTime: localTimeSchema.nullable(),
  /** Local end time `HH:mm` on the last day, or null. */
  endTime: localTimeSchema.nullable(),
  timeZone: timeZoneSchema,
};

const editableFields = {
  ...scheduleFields,
  title: nameSchema(200),
  description: textSchema(4000),
  theme: studyVisitThemeSchema.nullable(),
  status: activityStatusSchema,
  hostOrganisationId: idSchema.nullable(),
  address: textSchema(500),
  onlineUrl: webUrlSchema.nullable(),
  levels: z.array(hierarchicalLevelSchema).max(3),
  topics: topicsSchema,
  /** Stages override; null goes back to the format's stages. */
  stages: z.array(processStageSchema).min(1).max(4).nullable(),
  isInternational: z.boolean(),
  isHighLevel: z.boolean(),
  plannedParticipantCount: z.number().int().min(1).max(10_000).nullable(),
};

/**
 * `POST /api/initiatives/:id/activities` body: a format plus what is known. Omitted fields take
 * the format's defaults (levels, stages, length); in-person formats default to international,
 * political levels to high level. The logistics checklist is generated from the format.
 */
export const createActivitySchema = z.object({
  formatKey: formatKeySchema,
  ...editableFields,
  endsOn: editableFields.endsOn.optional(),
  startTime: editableFields.startTime.default(null),
  endTime: editableFields.endTime.default(null),
  description: editableFields.description.default(""),
  theme: editableFields.theme.default(null),
  status: editableFields.status.default("planned"),
  hostOrganisationId: editableFields.hostOrganisationId.default(null),
  address: editableFields.address.default(""),
  onlineUrl: editableFields.onlineUrl.default(null),
  levels: editableFields.levels.optional(),
  topics: editableFields.topics.default([]),
  stages: editableFields.stages.optional(),
  isInternational: editableFields.isInternational.optional(),
  isHighLevel: editableFields.isHighLevel.optional(),
  plannedParticipantCount: editableFields.plannedParticipantCount.default(null),
});
export type CreateActivity = z.infer<typeof createActivitySchema>;

/** `PATCH .../activities/:activityId` body: changed fields plus the version the editor saw. */
export const updateActivitySchema = z
  .object(editableFields)
  .partial()
  .extend({ version: versionSchema });
export type UpdateActivity = z.infer<typeof updateActivitySchema>;

/** `GET /api/initiatives/:id/activities` query: pagination, optional stage and status filters. */
export const listActivitiesQuerySchema = pageQuerySchema.extend({
  stage: z.coerce.number().int().min(1).max(4).optional(),
  status: activityStatusSchema.optional(),
});

/** `GET /api/initiatives/:id/timeline`: the initiative's activities under each of the 4 stages. */
export const timelineSchema = z.object({
  /** Always four entries, stage 1 to 4; an activity serving two stages appears under both. */
  stages: z.array(
    z.object({ stage: processStageSchema, activities: z.array(activitySummarySchema) }),
  ),
});

/** `{ id, activityId }` path parameters. */
export const activityParamsSchema = z.object({ id: idSchema, activityId: idSchema });

/** `{ id, activityId, itemId }` path parameters of an activity's sub-records. */
export const activityItemParamsSchema = activityParamsSchema.extend({ itemId: idSchema });

/**
 * `POST .../activities/:activityId/reverse-visit` body: when the reverse visit happens. Hosts
 * and visitors are swapped and the objectives copied, flagged for review.
 */
export const createReverseVisitSchema = z.object({
  title: nameSchema(200),
  ...scheduleFields,
  endsOn: scheduleFields.endsOn.optional(),
  startTime: scheduleFields.startTime.default(null),
  endTime: scheduleFields.endTime.default(null),
});
export type CreateReverseVisit = z.infer<typeof createReverseVisitSchema>;
