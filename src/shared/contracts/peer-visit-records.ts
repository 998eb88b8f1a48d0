/**
 * Records written during a peer visit: notes and evidence, the peers' checks of the host's
 * self-assessment, feedback items with hints and clusters, improvement actions and what peers
 * adapt at home. Routes and who may call them: see the comment at the top of `peer-visits.ts`.
 * Notes, evidence, peer checks, feedback items and adaptations are confidential: their author,
 * the visit's host(s) and moderator(s) and the initiative's facilitators only; a list answers
 * only what the caller may read, and one record the caller may not read answers 404.
 */
import { z } from "zod";
import { feedbackItemKinds } from "../../domain/peer-visit/clustering";
import { feedbackHintCodes, feedbackPrinciples } from "../../domain/peer-visit/feedback-rules";
import { improvementActionStatuses } from "../../domain/peer-visit/phase-gates";
import { feedbackLanguages } from "../../domain/peer-visit/text-terms";
import { idSchema, isoDateSchema, isoDateTimeSchema, nameSchema, textSchema } from "./common";
import { readinessCriterionSchema, readinessEntrySchema } from "./peer-visits";

/**
 * The version a client sends with an idempotent save: the version it last saw, 0 for a record it
 * created itself and never saw saved. A retry of a save that did land is answered with the saved
 * record (same text, version one higher than sent), never a second record or a 409.
 */
export const clientVersionSchema = z.number().int().min(0);

/** Who wrote a record, and whether it is the caller. */
const authorFields = {
  authorPersonId: idSchema,
  authorName: z.string(),
  isMine: z.boolean(),
};

/** Raw note, or evidence (a document, a figure, a quote seen) gathered during the visit. */
export const noteKinds = ["note", "evidence"] as const;
export const noteKindSchema = z.enum(noteKinds);

/** A note or evidence, optionally against one criterion of the host's self-assessment. */
export const visitNoteSchema = z.object({
  id: idSchema,
  kind: noteKindSchema,
  criterion: readinessCriterionSchema.nullable(),
  text: z.string(),
  ...authorFields,
  version: z.number().int().min(1),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type VisitNote = z.infer<typeof visitNoteSchema>;
export const visitNoteListSchema = z.object({ items: z.array(visitNoteSchema) });

/** `PUT A/peer-visit/notes/:noteId` body; `:noteId` is a UUID the client generated. */
export const saveNoteSchema = z.object({
  kind: noteKindSchema.default("note"),
  criterion: readinessCriterionSchema.nullable().default(null),
  text: textSchema(8000).pipe(z.string().min(1)),
  version: clientVersionSchema,
});
export type SaveNote = z.infer<typeof saveNoteSchema>;

/** A visiting peer's own check of the host's self-assessment (an "assessment" record). */
export const peerCheckSchema = z.object({
  id: idSchema,
  /** Their rating and comment per criterion, in `readinessCriteria` order. */
  entries: z.array(readinessEntrySchema),
  ...authorFields,
  version: z.number().int().min(1),
  updatedAt: isoDateTimeSchema,
});
export const peerCheckListSchema = z.object({ items: z.array(peerCheckSchema) });

/** `PUT A/peer-visit/peer-checks/mine` body (0 = the first save). */
export const savePeerCheckSchema = z.object({
  entries: z.array(readinessEntrySchema).max(6),
  version: clientVersionSchema,
});

/** Strength, weakness, or idea for improvement. */
export const feedbackItemKindSchema = z.enum(feedbackItemKinds);
/** Languages the feedback hints and clustering understand. */
export const feedbackLanguageSchema = z.enum(feedbackLanguages);
/** Given by one peer, or agreed among the peers as a group. */
export const feedbackGivenAsSchema = z.enum(["individual", "group"]);

/** One hint on a draft (`peer-visit:hint.<code>`, plural by `params.count`). */
export const feedbackHintSchema = z.object({
  code: z.enum(feedbackHintCodes),
  matches: z.array(z.string()),
  params: z.object({ words: z.string(), count: z.number().int() }),
});

/** A feedback item about the selected area, with the hints its text gets. */
export const feedbackItemSchema = z.object({
  id: idSchema,
  kind: feedbackItemKindSchema,
  text: z.string(),
  lang: feedbackLanguageSchema,
  givenAs: feedbackGivenAsSchema,
  hints: z.array(feedbackHintSchema),
  ...authorFields,
  version: z.number().int().min(1),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type FeedbackItem = z.infer<typeof feedbackItemSchema>;
export const feedbackItemListSchema = z.object({ items: z.array(feedbackItemSchema) });

const feedbackFields = {
  kind: feedbackItemKindSchema,
  text: textSchema(2000).pipe(z.string().min(1)),
  lang: feedbackLanguageSchema.default("en"),
  givenAs: feedbackGivenAsSchema.default("individual"),
};

/** `POST A/peer-visit/feedback-items` body. */
export const createFeedbackItemSchema = z.object(feedbackFields);
/** `PATCH A/peer-visit/feedback-items/:itemId` body. */
export const updateFeedbackItemSchema = z.object({
  ...feedbackFields,
  version: z.number().int().min(1),
});

/** `POST A/peer-visit/feedback-hints` body and answer. */
export const feedbackHintsRequestSchema = z.object({
  text: textSchema(2000),
  lang: feedbackLanguageSchema.default("en"),
});
export const feedbackHintsSchema = z.object({
  hints: z.array(feedbackHintSchema),
  /** The rules for good feedback, as keys `peer-visit:principle.<key>`. */
  principles: z.array(z.enum(feedbackPrinciples)),
});

/** `GET A/peer-visit/feedback-clusters?lang=`. */
export const clusterQuerySchema = z.object({ lang: feedbackLanguageSchema.default("en") });
export const feedbackClusterListSchema = z.object({
  clusters: z.array(
    z.object({
      kind: feedbackItemKindSchema,
      sharedTerms: z.array(z.string()),
      itemIds: z.array(idSchema),
    }),
  ),
});

/** Where an improvement action stands. */
export const improvementActionStatusSchema = z.enum(improvementActionStatuses);

/** An improvement the host plans from the feedback, with owner, due date and progress. */
export const improvementActionSchema = z.object({
  id: idSchema,
  title: z.string(),
  /** The agreed weakness or idea it answers (free text). */
  basedOn: z.string(),
  ownerName: z.string(),
  dueOn: isoDateSchema.nullable(),
  status: improvementActionStatusSchema,
  progressNote: z.string(),
  version: z.number().int().min(1),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type ImprovementAction = z.infer<typeof improvementActionSchema>;
export const improvementActionListSchema = z.object({ items: z.array(improvementActionSchema) });

const actionFields = {
  title: nameSchema(300),
  basedOn: textSchema(1000).default(""),
  ownerName: nameSchema(200),
  dueOn: isoDateSchema.nullable().default(null),
  status: improvementActionStatusSchema.default("planned"),
  progressNote: textSchema(4000).default(""),
};

/** `POST A/peer-visit/improvement-actions` body. */
export const createImprovementActionSchema = z.object(actionFields);
/** `PATCH A/peer-visit/improvement-actions/:actionId` body: any subset, with the version. */
export const updateImprovementActionSchema = z.object({
  title: actionFields.title.optional(),
  basedOn: textSchema(1000).optional(),
  ownerName: actionFields.ownerName.optional(),
  dueOn: isoDateSchema.nullable().optional(),
  status: improvementActionStatusSchema.optional(),
  progressNote: textSchema(4000).optional(),
  version: z.number().int().min(1),
});

/** What a visiting peer will adapt in their own organisation. */
export const adaptationSchema = z.object({
  id: idSchema,
  text: z.string(),
  ...authorFields,
  version: z.number().int().min(1),
  updatedAt: isoDateTimeSchema,
});
export const adaptationListSchema = z.object({ items: z.array(adaptationSchema) });

/** `PUT A/peer-visit/adaptations/mine` body (0 = the first save). */
export const saveAdaptationSchema = z.object({
  text: textSchema(4000).pipe(z.string().min(1)),
  version: clientVersionSchema,
});

/** `?version=` of the DELETE routes. */
export const versionQuerySchema = z.object({ version: z.coerce.number().int().min(1) });

/** Params with a record id. */
export const noteParamsSchema = z.object({ id: idSchema, activityId: idSchema, noteId: idSchema });
export const itemParamsSchema = z.object({ id: idSchema, activityId: idSchema, itemId: idSchema });
export const actionParamsSchema = z.object({
  id: idSchema,
  activityId: idSchema,
  actionId: idSchema,
});
