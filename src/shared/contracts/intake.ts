import { z } from "zod";
import { textLanguages } from "../../domain/matching/matching-peer";
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  nameSchema,
  textSchema,
  versionSchema,
} from "./common";
import { languageCodeSchema } from "./people";

/** Where an initiative's intake survey stands: never opened, taking answers, or closed. */
export const intakeSurveyStatuses = ["not_opened", "open", "closed"] as const;

/** The intake survey of one initiative (one per initiative). */
export const intakeSurveySchema = z.object({
  /** `open` is the only status in which peers can submit or change answers. */
  status: z.enum(intakeSurveyStatuses),
  /** When the survey was last opened; null before it ever was. */
  openedAt: isoDateTimeSchema.nullable(),
  /** When the survey was last closed; null while open or never closed. */
  closedAt: isoDateTimeSchema.nullable(),
  /** The date peers are asked to answer by (shown to them and in reminders); null when none. */
  dueOn: isoDateSchema.nullable(),
  /** When facilitators last sent reminders to the peers who had not answered. */
  lastRemindedAt: isoDateTimeSchema.nullable(),
});
export type IntakeSurvey = z.infer<typeof intakeSurveySchema>;

/** `POST /api/initiatives/:id/intake/open` body. Opening an open survey only changes `dueOn`. */
export const openIntakeSurveySchema = z.object({
  /** The date peers should answer by; null or absent for none. */
  dueOn: isoDateSchema.nullable().default(null),
});

/** A reform-area tag of an initiative's vocabulary, used to tag challenge statements. */
export const reformAreaTagSchema = z.object({
  /** The tag's id (to remove it). */
  id: idSchema,
  /**
   * Stable key stored on challenges (`waste-collection`). The web app translates the keys of
   * default tags and shows `label` for tags facilitators added.
   */
  key: z.string(),
  /** Display label as the facilitator wrote it (English for the defaults). */
  label: z.string(),
  /** True for the defaults every initiative starts with. */
  isDefault: z.boolean(),
  /** When it joined the vocabulary. */
  createdAt: isoDateTimeSchema,
});
export type ReformAreaTag = z.infer<typeof reformAreaTagSchema>;

/** `POST /api/initiatives/:id/intake/tags` body: a new tag; its key is derived from the label. */
export const createReformAreaTagSchema = z.object({
  /** 1..80 characters; must give a key not yet in the vocabulary (else 409). */
  label: nameSchema(80),
});

/** `{ id, tagId }` path parameters. */
export const tagParamsSchema = z.object({
  /** The initiative. */
  id: idSchema,
  /** The tag. */
  tagId: idSchema,
});

/** `{ id, personId }` path parameters. */
export const personParamsSchema = z.object({
  /** The initiative. */
  id: idSchema,
  /** The peer. */
  personId: idSchema,
});

/** Languages a peer can write their answers in (those the matcher can stem). */
export const answerLanguageSchema = z.enum(textLanguages);

/** One challenge a peer faces now, as a short statement tagged from the vocabulary. */
export const intakeChallengeSchema = z.object({
  /** The challenge in the peer's words, 1..500 characters. */
  text: textSchema(500).pipe(z.string().min(1, "Describe the challenge in a few words")),
  /** Keys of tags from the initiative's vocabulary (0..5, no repeats); unknown keys get 400. */
  tags: z
    .array(z.string().trim().min(1).max(80))
    .max(5, "At most 5 tags per challenge")
    .refine((t) => new Set(t).size === t.length, "A tag is given twice")
    .default([]),
});
export type IntakeChallenge = z.infer<typeof intakeChallengeSchema>;

/** The answers of one peer's intake response. */
export const intakeAnswersSchema = z.object({
  /** The challenges the peer faces now, 1..10. Matching leans on these most. */
  challenges: z
    .array(intakeChallengeSchema)
    .min(1, "Name at least one challenge you face")
    .max(10, "Name at most 10 challenges"),
  /** What the peer can offer others (experience, a practice that works), up to 2,000 characters. */
  offers: textSchema(2000).default(""),
  /** What the peer wants to learn, up to 2,000 characters. */
  wants: textSchema(2000).default(""),
  /** The task or policy initiative the peer works on now, up to 1,000 characters. */
  currentInitiative: textSchema(1000).default(""),
  /** When the peer can take part (months, days, constraints), up to 500 characters. */
  availability: textSchema(500).default(""),
  /** Languages the peer can work in (ISO 639-1), 1..10; a match needs one in common. */
  languages: z
    .array(languageCodeSchema)
    .min(1, "Name at least one language you can work in")
    .max(10, "Name at most 10 languages"),
  /** The language the free-text answers are written in. */
  answerLanguage: answerLanguageSchema,
  /** Has made a practice work and can be visited (the champion side in learner-to-champion). */
  isChampion: z.boolean().default(false),
});
export type IntakeAnswers = z.infer<typeof intakeAnswersSchema>;

/** `PUT /api/initiatives/:id/intake/my-response` body: the answers plus the version seen. */
export const submitIntakeResponseSchema = intakeAnswersSchema.extend({
  /** Null for the first submission; afterwards the version last read (a stale one gets 409). */
  version: versionSchema.nullable(),
});
export type SubmitIntakeResponse = z.infer<typeof submitIntakeResponseSchema>;

/**
 * A stored intake response (plain output types: answers were validated and normalised on the
 * way in, and responses are encoded without input transforms).
 */
export const intakeResponseSchema = z.object({
  /** The challenges, each with its tag keys. */
  challenges: z.array(
    z.object({
      /** The statement as typed. */
      text: z.string(),
      /** Tag keys from the vocabulary. */
      tags: z.array(z.string()),
    }),
  ),
  /** What the peer can offer. */
  offers: z.string(),
  /** What the peer wants to learn. */
  wants: z.string(),
  /** The task or policy initiative they work on now. */
  currentInitiative: z.string(),
  /** When they can take part. */
  availability: z.string(),
  /** Lower-case ISO 639-1 codes. */
  languages: z.array(z.string()),
  /** The language of the free-text answers. */
  answerLanguage: answerLanguageSchema,
  /** Can be visited as a champion. */
  isChampion: z.boolean(),
  /** The peer who answered. */
  personId: idSchema,
  /** Send it back with the next change. */
  version: versionSchema,
  /** First submission. */
  submittedAt: isoDateTimeSchema,
  /** Last change. */
  updatedAt: isoDateTimeSchema,
});
export type IntakeResponse = z.infer<typeof intakeResponseSchema>;

/** `GET /api/initiatives/:id/intake/my-response`: the survey and the asking peer's own answers. */
export const myIntakeSchema = z.object({
  /** Whether answers can change now, and the due date. */
  survey: intakeSurveySchema,
  /** Null until the peer first submits. */
  response: intakeResponseSchema.nullable(),
});
export type MyIntake = z.infer<typeof myIntakeSchema>;

/** One peer's line in the facilitator's overview. */
export const intakeOverviewItemSchema = z.object({
  /** The peer's person id. */
  personId: idSchema,
  /** The peer's name. */
  displayName: z.string(),
  /** Their home organisation, when known. */
  organisationName: z.string().nullable(),
  /** True once the peer has submitted. */
  hasAnswered: z.boolean(),
  /** First submission; null when not answered. */
  submittedAt: isoDateTimeSchema.nullable(),
  /** Last change; null when not answered. */
  updatedAt: isoDateTimeSchema.nullable(),
  /** How many challenges the peer named (0 when not answered). */
  challengeCount: z.number().int(),
  /** Said they can be visited as a champion. */
  isChampion: z.boolean(),
});

/** `GET /api/initiatives/:id/intake/overview` (facilitators): who has and has not answered. */
export const intakeOverviewSchema = z.object({
  /** The survey's state. */
  survey: intakeSurveySchema,
  /** How many were asked, answered, and are missing. */
  counts: z.object({
    /** Members with the peer role: the people asked to answer. */
    peers: z.number().int(),
    /** Peers who submitted. */
    answered: z.number().int(),
    /** Peers who have not answered yet. */
    missing: z.number().int(),
  }),
  /** Every peer, those who have not answered first, then by name. */
  items: z.array(intakeOverviewItemSchema),
});
export type IntakeOverview = z.infer<typeof intakeOverviewSchema>;

/** `POST /api/initiatives/:id/intake/reminders` body. */
export const sendIntakeRemindersSchema = z.object({
  /** Peers to remind; absent means every peer who has not answered. Those who answered are skipped. */
  personIds: z.array(idSchema).max(1000).optional(),
});

/** Answer to sending reminders: who got a mail (in their own language). */
export const intakeRemindersResultSchema = z.object({
  /** How many mails went out. */
  reminded: z.number().int(),
  /** Who was reminded. */
  personIds: z.array(idSchema),
});
