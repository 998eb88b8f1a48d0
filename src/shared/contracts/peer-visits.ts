/**
 * Peer visits (issue 5, ICLD toolbox method 3): the visit itself, its preparation, phase
 * transitions, sharing and the report. Records written during the visit (notes, evidence, peer
 * checks, feedback items, actions, adaptations) are in `peer-visit-records.ts`; the structured
 * peer assessment, work shadowing and workshops have their own contract files.
 *
 * Routes. `A` = `/api/initiatives/:id/activities/:activityId`. "Facilitators" = facilitators of
 * the initiative; host / visiting peer / moderator = the activity's participants in that role
 * ("participants" = all four roles incl. expert). Non-members of the initiative, unknown
 * activities and records one may not read get 404; members whose part does not allow an action
 * get 403; a stale `version` gets 409; a phase that does not allow the change gets 409.
 *
 * GET    /api/initiatives/:id/peer-visits                  members: the visits they take part in or whose report they may read
 * POST   A/peer-visit                                       facilitators, hosts: start the workflow on a `peer_visit` activity (201)
 * GET    A/peer-visit                                       facilitators, participants: the visit with permissions, gates, warnings, history
 * PATCH  A/peer-visit/preparation                           facilitators, hosts; phase preparation or visit: area, readiness, timeline, responsibilities
 * POST   A/peer-visit/transitions                           advance / reopen through the domain machine (who: `advancePermissions`/`reopenPermissions`)
 * PUT    A/peer-visit/report-sharing                        hosts only: share the report with the initiative or take it back
 * PUT    A/peer-visit/common-understanding                  moderators, facilitators; phase feedback: agreed strengths and weaknesses
 * GET    A/peer-visit/report?lang=                          report readers (`canReadReport`): the report as JSON
 * GET    A/peer-visit/report.html?lang=                     report readers: printable HTML, in `lang` or the reader's language
 * GET    A/peer-visit/report.pdf?lang=                      report readers: PDF, in `lang` or the reader's language
 * GET    A/peer-visit/notes                                 participants, facilitators: the notes and evidence the caller may read
 * PUT    A/peer-visit/notes/:noteId                         participants (each their own), until closed: idempotent save with a client id
 * DELETE A/peer-visit/notes/:noteId?version=                author only
 * GET    A/peer-visit/peer-checks                           participants, facilitators: the peers' checks of the self-assessment they may read
 * PUT    A/peer-visit/peer-checks/mine                      visiting peers; phase visit or feedback: their own check
 * GET    A/peer-visit/feedback-items                        participants, facilitators: the feedback items the caller may read
 * POST   A/peer-visit/feedback-items                        visiting peers; phase feedback (201)
 * PATCH  A/peer-visit/feedback-items/:itemId                author only; phase feedback
 * DELETE A/peer-visit/feedback-items/:itemId?version=       author only; phase feedback
 * POST   A/peer-visit/feedback-hints                        participants, facilitators: hints for a draft (pure; the web may also import hintFeedback)
 * GET    A/peer-visit/feedback-clusters?lang=               moderators, hosts, facilitators: all items grouped by shared terms
 * GET    A/peer-visit/improvement-actions                   participants, facilitators
 * POST   A/peer-visit/improvement-actions                   hosts, facilitators; phase follow_up (201)
 * PATCH  A/peer-visit/improvement-actions/:actionId         hosts, facilitators; phase follow_up: fields, status, progress
 * DELETE A/peer-visit/improvement-actions/:actionId?version= hosts, facilitators; phase follow_up
 * GET    A/peer-visit/adaptations                           participants, facilitators: what peers will adapt at home (author + host, moderator, facilitators)
 * PUT    A/peer-visit/adaptations/mine                      visiting peers; phase follow_up
 * The report's JSON shape: `peer-visit-report.ts`. Structured peer assessment: see
 * `peer-assessments.ts`; work shadowing: `work-shadowing.ts`;
 * workshops: `workshops.ts`.
 *
 * Transition refusals: 403 `FORBIDDEN` when the caller's role may not make the move
 * (`actor_not_allowed`); 409 `CONFLICT` with `details` = one `{ path: "phase", code }` per reason
 * (the rejection code, then every unmet gate code) for anything else the machine refuses;
 * 409 without details for a stale version.
 */
import { z } from "zod";
import { reportSharingLevels } from "../../domain/peer-visit/confidentiality";
import { gateFailureCodes, peerVisitPhases } from "../../domain/peer-visit/phase-gates";
import { preparationWarningCodes } from "../../domain/peer-visit/phase-machine";
import { readinessCriteria } from "../../domain/peer-visit/readiness-criteria";
import { visitRoles } from "../../domain/peer-visit/visit-actor";
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  nameSchema,
  textSchema,
  uiLocaleSchema,
  versionSchema,
} from "./common";

/** A phase of the visit, then `closed`. */
export const peerVisitPhaseSchema = z.enum(peerVisitPhases);
/** A role within one visit (`other` = expert participant). */
export const visitRoleSchema = z.enum(visitRoles);
/** How far the host shared the report. */
export const reportSharingSchema = z.enum(reportSharingLevels);

/** The readiness self-assessment's criteria (kept in the domain so the web can use them without zod). */
export { readinessCriteria };
export const readinessCriterionSchema = z.enum(readinessCriteria);
export type ReadinessCriterion = z.infer<typeof readinessCriterionSchema>;

/** 1 not in place, 2 beginning, 3 largely in place, 4 fully in place. Key `readiness.rating.<n>`. */
export const readinessRatingSchema = z.number().int().min(1).max(4);

/** One criterion of the self-assessment; `rating` null while not answered. */
export const readinessEntrySchema = z.object({
  criterion: readinessCriterionSchema,
  rating: readinessRatingSchema.nullable(),
  comment: textSchema(2000),
});
export type ReadinessEntry = z.infer<typeof readinessEntrySchema>;

/** A dated step of the preparation timeline (e.g. "documents sent to peers"). */
export const timelineMilestoneSchema = z.object({
  label: nameSchema(200),
  dueOn: isoDateSchema.nullable(),
});

/** Who does what: a participant of the activity and their responsibility. */
export const responsibilitySchema = z.object({
  personId: idSchema,
  task: nameSchema(500),
});

/** A coded message with its params (warnings and unmet gates; key `peer-visit:rejection.<code>`). */
export const codedMessageSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** A person taking part in the visit with the visit roles they hold. */
export const visitPersonSchema = z.object({
  personId: idSchema,
  displayName: z.string(),
  organisationName: z.string().nullable(),
  roles: z.array(visitRoleSchema),
});

/** One entry of the visit's history: a move forward, or back with its reason. */
export const phaseEventSchema = z.object({
  id: idSchema,
  kind: z.enum(["phase_advanced", "phase_reopened"]),
  from: peerVisitPhaseSchema,
  to: peerVisitPhaseSchema,
  byPersonId: idSchema,
  byName: z.string(),
  byRoles: z.array(visitRoleSchema),
  on: isoDateSchema,
  reason: z.string().nullable(),
  createdAt: isoDateTimeSchema,
});

/** What the peers and host agreed in the moderated feedback session. */
export const commonUnderstandingSchema = z.object({
  agreedStrengths: z.array(z.string()),
  agreedWeaknesses: z.array(z.string()),
  note: z.string(),
  recordedByName: z.string().nullable(),
  recordedAt: isoDateTimeSchema.nullable(),
});

/** What the asking person may do now, so the web app shows only usable controls. */
export const peerVisitPermissionsSchema = z.object({
  canEditPreparation: z.boolean(),
  canAdvance: z.boolean(),
  /** Earlier phases the caller may reopen to (empty in preparation). */
  canReopenTo: z.array(peerVisitPhaseSchema),
  canWriteNotes: z.boolean(),
  canWritePeerCheck: z.boolean(),
  canWriteFeedback: z.boolean(),
  /** Read every feedback item and the clusters (host, moderator, facilitators). */
  canReadAllFeedback: z.boolean(),
  canRecordUnderstanding: z.boolean(),
  canManageActions: z.boolean(),
  canWriteAdaptation: z.boolean(),
  canReadReport: z.boolean(),
  canShareReport: z.boolean(),
});

/** One peer visit with everything its page shows. */
export const peerVisitSchema = z.object({
  id: idSchema,
  initiativeId: idSchema,
  activityId: idSchema,
  activityTitle: z.string(),
  hostOrganisationName: z.string().nullable(),
  phase: peerVisitPhaseSchema,
  /** The activity's first and last day. */
  visitStartsOn: isoDateSchema,
  visitEndsOn: isoDateSchema,
  areaToImprove: z.string(),
  /** One entry per criterion, in `readinessCriteria` order. */
  readiness: z.array(readinessEntrySchema),
  isReadinessCompleted: z.boolean(),
  timeline: z.array(timelineMilestoneSchema),
  responsibilities: z.array(responsibilitySchema.extend({ displayName: z.string() })),
  people: z.array(visitPersonSchema),
  myRoles: z.array(visitRoleSchema),
  /** Preparation warnings (`preparation_time_short` when < 90 days remain ...); empty after. */
  warnings: z.array(codedMessageSchema.extend({ code: z.enum(preparationWarningCodes) })),
  nextPhase: peerVisitPhaseSchema.nullable(),
  /** Gates still keeping the visit in its phase, in the domain's order. */
  unmetGates: z.array(codedMessageSchema.extend({ code: z.enum(gateFailureCodes) })),
  commonUnderstanding: commonUnderstandingSchema.nullable(),
  reportSharing: reportSharingSchema,
  reportSharedAt: isoDateTimeSchema.nullable(),
  /** How many feedback items exist in all (a count only; texts stay confidential). */
  feedbackItemCount: z.number().int(),
  history: z.array(phaseEventSchema),
  permissions: peerVisitPermissionsSchema,
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type PeerVisit = z.infer<typeof peerVisitSchema>;

/** One row of `GET /api/initiatives/:id/peer-visits`. */
export const peerVisitSummarySchema = z.object({
  id: idSchema,
  activityId: idSchema,
  activityTitle: z.string(),
  phase: peerVisitPhaseSchema,
  visitStartsOn: isoDateSchema,
  myRoles: z.array(visitRoleSchema),
  reportSharing: reportSharingSchema,
  canReadReport: z.boolean(),
});
export const peerVisitListSchema = z.object({ items: z.array(peerVisitSummarySchema) });

/** `POST A/peer-visit` body: optionally the area already. */
export const startPeerVisitSchema = z.object({
  areaToImprove: textSchema(2000).default(""),
});

/** `PATCH A/peer-visit/preparation` body: any subset; lists replace the stored lists. */
export const updatePreparationSchema = z.object({
  areaToImprove: textSchema(2000).optional(),
  /** Entries for some or all criteria; each replaces that criterion's entry. */
  readiness: z.array(readinessEntrySchema).max(readinessCriteria.length).optional(),
  timeline: z.array(timelineMilestoneSchema).max(30).optional(),
  responsibilities: z.array(responsibilitySchema).max(30).optional(),
  version: versionSchema,
});
export type UpdatePreparation = z.infer<typeof updatePreparationSchema>;

/** `POST A/peer-visit/transitions` body: one step forward, or back with a reason. */
export const transitionRequestSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("advance"), version: versionSchema }),
  z.object({
    kind: z.literal("reopen"),
    to: peerVisitPhaseSchema,
    reason: textSchema(2000).pipe(z.string().min(1)),
    version: versionSchema,
  }),
]);
export type TransitionRequest = z.infer<typeof transitionRequestSchema>;

/** `PUT A/peer-visit/report-sharing` body. */
export const shareReportSchema = z.object({ sharing: reportSharingSchema, version: versionSchema });

const agreedPointSchema = textSchema(1000).pipe(z.string().min(1));

/** `PUT A/peer-visit/common-understanding` body. */
export const recordUnderstandingSchema = z.object({
  agreedStrengths: z.array(agreedPointSchema).max(20),
  agreedWeaknesses: z.array(agreedPointSchema).max(20),
  note: textSchema(4000).default(""),
  version: versionSchema,
});

/** `?lang=` of the report routes; absent: the reader's own language. */
export const reportQuerySchema = z.object({ lang: uiLocaleSchema.optional() });

/** Params of every route under `A/peer-visit`. */
export const peerVisitParamsSchema = z.object({ id: idSchema, activityId: idSchema });
