import { z } from "zod";
import { reflectionQuestionKeys } from "../../domain/catalogue/reflection-questions";
import { adviceCodes, objectiveLanguages } from "../../domain/objectives/objective-types";
import { participantRoleSchema } from "./activity-items";
import { idSchema, isoDateTimeSchema, textSchema, versionSchema } from "./common";

/** A language the objective advisor reads (`en`, `sv`). */
export const objectiveLanguageSchema = z.enum(objectiveLanguages);

/** One piece of advice on an objective or on the set; it never blocks saving. */
export const adviceSchema = z.object({
  /** Reason code (`objectives:advice.<code>` in the web app). */
  code: z.enum(adviceCodes),
  /** `info` is a tip, `warning` a likely weakness worth fixing. */
  severity: z.enum(["info", "warning"]),
  /** Values for the message, e.g. `verb` and observable `suggestions`. */
  params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
});
export type ObjectiveAdviceItem = z.infer<typeof adviceSchema>;

/** The parts a facilitator typed into the builder (stem phrase + Audience, Behaviour, Content). */
export const objectiveBuilderSchema = z.object({
  /** "After the peer visit"; optional. */
  stem: z.string().nullable(),
  /** Who learns: "the waste management team". */
  audience: z.string(),
  /** An observable verb: "compare". */
  behaviour: z.string(),
  /** What: "two ways of financing household collection". */
  content: z.string(),
});

/** How the advisor read the objective's text (recomputed on every read, never stored). */
export const objectiveReadingSchema = z.object({
  stem: z.string().nullable(),
  audience: z.string().nullable(),
  behaviour: z.string().nullable(),
  content: z.string().nullable(),
  /** The main verb and whether someone could observe it. */
  verb: z
    .object({ lemma: z.string(), kind: z.enum(["observable", "unobservable", "unknown"]) })
    .nullable(),
});

/** A learning objective of an activity with the advisor's advice. */
export const learningObjectiveSchema = z.object({
  id: idSchema,
  /** The sentence as stored (typed, or composed by the builder). */
  text: z.string(),
  lang: objectiveLanguageSchema,
  /** The builder's parts when it was composed with the builder; null for free text. */
  builder: objectiveBuilderSchema.nullable(),
  reading: objectiveReadingSchema,
  advice: z.array(adviceSchema),
  /** Copied from another activity (a reverse visit) and not yet reviewed. */
  needsReview: z.boolean(),
  position: z.number().int(),
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type LearningObjective = z.infer<typeof learningObjectiveSchema>;

/** An activity's objectives with advice on the set (e.g. more than about two). */
export const objectiveSetSchema = z.object({
  items: z.array(learningObjectiveSchema),
  advice: z.array(adviceSchema),
});
export type ObjectiveSet = z.infer<typeof objectiveSetSchema>;

/** Answer to adding or editing an objective: the objective and the whole set's advice. */
export const objectiveChangeSchema = z.object({
  objective: learningObjectiveSchema,
  set: objectiveSetSchema,
});

const builderInput = z.object({
  stem: textSchema(200).nullable().default(null),
  audience: textSchema(200),
  behaviour: textSchema(100),
  content: textSchema(400),
});

const objectiveFields = {
  /** Free text; give this or `builder`. */
  text: textSchema(600).pipe(z.string().min(1)),
  /** Builder parts; the server composes the sentence. */
  builder: builderInput,
  /** Language; detected from the text when omitted. */
  lang: objectiveLanguageSchema,
};

/** `POST .../objectives` body: free text or builder parts (exactly one of them). */
export const createObjectiveSchema = z
  .object(objectiveFields)
  .partial()
  .refine((o) => (o.text === undefined) !== (o.builder === undefined), {
    message: "give either text or builder parts",
    path: ["text"],
  });
export type CreateObjective = z.infer<typeof createObjectiveSchema>;

/** `PATCH .../objectives/:itemId` body; `needsReview: false` marks a copied one reviewed. */
export const updateObjectiveSchema = z
  .object({ ...objectiveFields, needsReview: z.boolean() })
  .partial()
  .extend({ version: versionSchema })
  .refine((o) => o.text === undefined || o.builder === undefined, {
    message: "give either text or builder parts",
    path: ["text"],
  });
export type UpdateObjective = z.infer<typeof updateObjectiveSchema>;

/** A pre-visit reflection question key (`src/domain/catalogue/reflection-questions.ts`). */
export const reflectionQuestionKeySchema = z.enum(reflectionQuestionKeys);

/** One reflection answer. */
export const reflectionAnswerSchema = z.object({
  questionKey: reflectionQuestionKeySchema,
  text: z.string(),
  updatedAt: isoDateTimeSchema,
});

/** `GET .../reflection/mine`: the asking participant's questions with their own answers. */
export const myReflectionSchema = z.object({
  participantId: idSchema,
  questions: z.array(
    z.object({
      key: reflectionQuestionKeySchema,
      /** i18n key of the question (`catalogue:reflection.<key>.question`). */
      questionKey: z.string(),
      /** i18n key of the hint. */
      hintKey: z.string(),
      /** Their answer; null when not answered yet. */
      answer: z.string().nullable(),
      updatedAt: isoDateTimeSchema.nullable(),
    }),
  ),
});
export type MyReflection = z.infer<typeof myReflectionSchema>;

/** `PUT .../reflection/mine` body: answers to save; an empty text removes that answer. */
export const answerReflectionSchema = z.object({
  answers: z
    .array(z.object({ questionKey: reflectionQuestionKeySchema, text: textSchema(4000) }))
    .min(1)
    .max(reflectionQuestionKeys.length),
});

/**
 * `GET .../reflection`: every participant's answers side by side and who has not answered
 * (facilitators and the host only; reflections are confidential to them and the author).
 */
export const reflectionOverviewSchema = z.object({
  questionKeys: z.array(reflectionQuestionKeySchema),
  participants: z.array(
    z.object({
      participantId: idSchema,
      personId: idSchema,
      displayName: z.string(),
      role: participantRoleSchema,
      /** Questions answered, out of `questionKeys.length`. */
      answeredCount: z.number().int(),
      answers: z.array(reflectionAnswerSchema),
    }),
  ),
  /** Participants who have answered nothing yet. */
  notAnswered: z.array(z.object({ participantId: idSchema, displayName: z.string() })),
});
export type ReflectionOverview = z.infer<typeof reflectionOverviewSchema>;
