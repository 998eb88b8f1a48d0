/**
 * Structured peer assessment of a project plan (issue 5, ICLD toolbox method 1), attached to an
 * activity of the `structured_peer_assessment` format. Side `partner_a` = the activity's hosts,
 * side `partner_b` = its visiting peers. Each side writes (or links) its plan; the assessor side
 * answers the four questions about the other side's plan; the reverse direction is optional.
 *
 * Routes. `A` = `/api/initiatives/:id/activities/:activityId`; 404 / 403 / 409 as in
 * `peer-visits.ts`.
 * POST A/peer-assessment                               facilitators, hosts: set it up (201)
 * GET  A/peer-assessment                               facilitators, participants (answers only where readable, see below)
 * PUT  A/peer-assessment/reverse-direction             facilitators, hosts, moderators: enable/disable the optional direction
 * PUT  A/peer-assessment/plans/:side                   members of that side, facilitators: the plan's title, text, link
 * POST A/peer-assessment/plans/:side/presented         members of that side, moderators, facilitators: record the presentation date
 * PUT  A/peer-assessment/directions/:assessor          members of the assessor side: draft answers
 * POST A/peer-assessment/directions/:assessor/submit   members of the assessor side: submit (answers freeze)
 *
 * Confidentiality: draft answers are read by the assessor side, moderators and facilitators;
 * once submitted, the assessed side reads them too. Others (authorisers, observers, peers not
 * taking part) get 404 / 403 like the activity itself. Domain refusals (`plan_not_presented`,
 * `answers_incomplete`, ...) come back as 409 with `details[0].code` = the reason.
 */
import { z } from "zod";
import { assessmentQuestions, partnerSides } from "../../domain/peer-visit/peer-assessment";
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  nameSchema,
  textSchema,
  versionSchema,
} from "./common";

/** `partner_a` (the hosts) or `partner_b` (the visiting peers). */
export const partnerSideSchema = z.enum(partnerSides);
export type PartnerSideName = z.infer<typeof partnerSideSchema>;
/** One of the four questions (`peer-visit:assessment.question.<key>`). */
export const assessmentQuestionSchema = z.enum(assessmentQuestions);

/** Answers keyed by question; a missing key is not answered yet. */
export const assessmentAnswersSchema = z.partialRecord(assessmentQuestionSchema, textSchema(4000));

/** One side's project plan. */
export const projectPlanSchema = z.object({
  side: partnerSideSchema,
  title: z.string(),
  text: z.string(),
  /** A link to the plan document (`http(s)`), or null. */
  url: z.string().nullable(),
  presentedOn: isoDateSchema.nullable(),
  version: versionSchema,
  updatedAt: isoDateTimeSchema,
});

/** One direction: `assessor` answers about the other side's plan. */
export const assessmentDirectionSchema = z.object({
  assessor: partnerSideSchema,
  assessedSide: partnerSideSchema,
  isRequired: z.boolean(),
  /** Null when the caller may not read them (a draft of the other side). */
  answers: assessmentAnswersSchema.nullable(),
  /** Questions still unanswered (always given: counts are not confidential). */
  missing: z.array(assessmentQuestionSchema),
  submittedOn: isoDateSchema.nullable(),
  version: versionSchema,
});

/** A person on one side, or moderating. */
export const assessmentPersonSchema = z.object({
  personId: idSchema,
  displayName: z.string(),
  organisationName: z.string().nullable(),
  side: partnerSideSchema.nullable(),
});

/** The whole assessment as its page shows it. */
export const peerAssessmentSchema = z.object({
  id: idSchema,
  initiativeId: idSchema,
  activityId: idSchema,
  activityTitle: z.string(),
  people: z.array(assessmentPersonSchema),
  mySide: partnerSideSchema.nullable(),
  plans: z.array(projectPlanSchema),
  directions: z.array(assessmentDirectionSchema),
  completeness: z.object({
    answered: z.number().int(),
    total: z.number().int(),
    percent: z.number().int(),
    isRequiredComplete: z.boolean(),
    isComplete: z.boolean(),
  }),
  permissions: z.object({
    canManage: z.boolean(),
    canEditPlanOf: z.array(partnerSideSchema),
    canRecordPresentationOf: z.array(partnerSideSchema),
    /** The direction the caller answers, if any. */
    canAnswerAs: partnerSideSchema.nullable(),
  }),
  version: versionSchema,
  createdAt: isoDateTimeSchema,
});
export type PeerAssessmentView = z.infer<typeof peerAssessmentSchema>;

/** `POST A/peer-assessment` body: which side answers first (required direction). */
export const createPeerAssessmentSchema = z.object({
  requiredAssessor: partnerSideSchema.default("partner_b"),
  withReverseDirection: z.boolean().default(false),
});

/** `PUT A/peer-assessment/reverse-direction` body (version of the assessment). */
export const setReverseDirectionSchema = z.object({
  enabled: z.boolean(),
  version: versionSchema,
});

/** `PUT A/peer-assessment/plans/:side` body. */
export const saveProjectPlanSchema = z.object({
  title: nameSchema(300),
  text: textSchema(20000).default(""),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable()
    .default(null),
  version: versionSchema,
});

/** `POST A/peer-assessment/plans/:side/presented` body. */
export const recordPresentationSchema = z.object({ on: isoDateSchema, version: versionSchema });

/** `PUT A/peer-assessment/directions/:assessor` body: answers replace the draft's answers. */
export const saveAnswersSchema = z.object({
  answers: assessmentAnswersSchema,
  version: versionSchema,
});

/** `POST A/peer-assessment/directions/:assessor/submit` body. */
export const submitAnswersSchema = z.object({ version: versionSchema });

export const sideParamsSchema = z.object({
  id: idSchema,
  activityId: idSchema,
  side: partnerSideSchema,
});
export const assessorParamsSchema = z.object({
  id: idSchema,
  activityId: idSchema,
  assessor: partnerSideSchema,
});
