import { z } from "zod";
import { checklistItemKeys, ownerRoles } from "../../domain/catalogue/logistics-checklist";
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  nameSchema,
  textSchema,
  versionSchema,
} from "./common";

/** Roles within one activity (not the initiative): who hosts, visits, moderates or advises. */
export const participantRoles = ["host", "visiting_peer", "moderator", "expert"] as const;
export const participantRoleSchema = z.enum(participantRoles);
export type ParticipantRole = z.infer<typeof participantRoleSchema>;

/** Answer to an activity invitation: not yet answered, coming, not coming. */
export const rsvpStatuses = ["invited", "accepted", "declined"] as const;
export const rsvpStatusSchema = z.enum(rsvpStatuses);
export type RsvpStatus = z.infer<typeof rsvpStatusSchema>;

/** A person taking part in an activity. */
export const participantSchema = z.object({
  id: idSchema,
  personId: idSchema,
  displayName: z.string(),
  organisationName: z.string().nullable(),
  role: participantRoleSchema,
  rsvpStatus: rsvpStatusSchema,
  /** When the invitation mail was last sent; null before "send invitations". */
  invitedAt: isoDateTimeSchema.nullable(),
  /** When they accepted or declined. */
  respondedAt: isoDateTimeSchema.nullable(),
  version: versionSchema,
});
export type Participant = z.infer<typeof participantSchema>;

/** `POST .../participants` body: a member of the initiative and their role in the activity. */
export const addParticipantSchema = z.object({ personId: idSchema, role: participantRoleSchema });

/** `PATCH .../participants/:itemId` body. */
export const updateParticipantSchema = z.object({
  role: participantRoleSchema,
  version: versionSchema,
});

/** One item of the agenda (programme). */
export const agendaItemSchema = z.object({
  id: idSchema,
  /** The day, within the activity's dates; null when not fixed yet. */
  dayOn: isoDateSchema.nullable(),
  /** Local `HH:mm` in the activity's zone. */
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  title: z.string(),
  notes: z.string(),
  /** Order among items at the same day and time. */
  position: z.number().int(),
  version: versionSchema,
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "use HH:mm (24 h)");

const agendaFields = {
  title: nameSchema(200),
  notes: textSchema(2000),
  dayOn: isoDateSchema.nullable(),
  startTime: localTime.nullable(),
  endTime: localTime.nullable(),
  position: z.number().int().min(0).max(10_000),
};

/** `POST .../agenda-items` body. */
export const createAgendaItemSchema = z.object({
  ...agendaFields,
  notes: agendaFields.notes.default(""),
  dayOn: agendaFields.dayOn.default(null),
  startTime: agendaFields.startTime.default(null),
  endTime: agendaFields.endTime.default(null),
  position: agendaFields.position.optional(),
});
export type CreateAgendaItem = z.infer<typeof createAgendaItemSchema>;

/** `PATCH .../agenda-items/:itemId` body. */
export const updateAgendaItemSchema = z
  .object(agendaFields)
  .partial()
  .extend({ version: versionSchema });
export type UpdateAgendaItem = z.infer<typeof updateAgendaItemSchema>;

/** An ISO 4217 currency code, upper-case (`SEK`, `KES`, `EUR`). */
export const currencySchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{3}$/, "use an ISO 4217 code such as EUR"))
  .refine((code) => Intl.supportedValuesOf("currency").includes(code), {
    message: "is not an ISO 4217 currency",
  });

/** One budget line. Amounts are integers in the currency's minor unit (cents, öre). */
export const budgetLineSchema = z.object({
  id: idSchema,
  label: z.string(),
  /** In minor units: 1250 SEK is `125000`. */
  amountMinor: z.number().int(),
  currency: z.string(),
  version: versionSchema,
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

/** The budget of one currency, summed. */
export const budgetTotalSchema = z.object({ currency: z.string(), amountMinor: z.number().int() });

const budgetFields = {
  label: nameSchema(200),
  amountMinor: z.number().int().min(0).max(1_000_000_000_000),
  currency: currencySchema,
};

/** `POST .../budget-lines` body. */
export const createBudgetLineSchema = z.object(budgetFields);
export type CreateBudgetLine = z.infer<typeof createBudgetLineSchema>;

/** `PATCH .../budget-lines/:itemId` body. */
export const updateBudgetLineSchema = z
  .object(budgetFields)
  .partial()
  .extend({ version: versionSchema });
export type UpdateBudgetLine = z.infer<typeof updateBudgetLineSchema>;

/** A document of an activity: a link or a text note (no file upload yet). */
export const documentSchema = z.object({
  id: idSchema,
  title: z.string(),
  /** `http(s)` link to the document; null for a note. */
  url: z.string().nullable(),
  note: z.string(),
  version: versionSchema,
  createdAt: isoDateTimeSchema,
});
export type ActivityDocument = z.infer<typeof documentSchema>;

const documentFields = {
  title: nameSchema(200),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable(),
  note: textSchema(4000),
};

/** `POST .../documents` body: a title with a link, a note, or both. */
export const createDocumentSchema = z
  .object({
    ...documentFields,
    url: documentFields.url.default(null),
    note: documentFields.note.default(""),
  })
  .refine((d) => d.url !== null || d.note !== "", {
    message: "give a link or a note",
    path: ["url"],
  });
export type CreateDocument = z.infer<typeof createDocumentSchema>;

/** `PATCH .../documents/:itemId` body. */
export const updateDocumentSchema = z
  .object(documentFields)
  .partial()
  .extend({ version: versionSchema });
export type UpdateDocument = z.infer<typeof updateDocumentSchema>;

/** State of a logistics task. */
export const checklistStatuses = ["todo", "done", "not_needed"] as const;
export const checklistStatusSchema = z.enum(checklistStatuses);
export type ChecklistStatus = z.infer<typeof checklistStatusSchema>;

/** One logistics task of an activity. */
export const checklistItemSchema = z.object({
  id: idSchema,
  /** Catalogue task (`catalogue:checklist.items.<key>`); null for a task added by hand. */
  key: z.enum(checklistItemKeys).nullable(),
  /** The label of a task added by hand; empty for catalogue tasks. */
  label: z.string(),
  ownerPersonId: idSchema.nullable(),
  ownerName: z.string().nullable(),
  /** Who normally carries a catalogue task; null for tasks added by hand. */
  defaultOwnerRole: z.enum(ownerRoles).nullable(),
  dueOn: isoDateSchema.nullable(),
  status: checklistStatusSchema,
  /** Still to do and due before today (UTC). */
  isOverdue: z.boolean(),
  version: versionSchema,
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** `POST .../checklist-items` body: a task beyond the catalogue's. */
export const createChecklistItemSchema = z.object({
  label: nameSchema(200),
  /** A member of the initiative, or null for unassigned. */
  ownerPersonId: idSchema.nullable().default(null),
  dueOn: isoDateSchema.nullable().default(null),
});
export type CreateChecklistItem = z.infer<typeof createChecklistItemSchema>;

/** `PATCH .../checklist-items/:itemId` body (the label only for tasks added by hand). */
export const updateChecklistItemSchema = z
  .object({
    label: nameSchema(200),
    ownerPersonId: idSchema.nullable(),
    dueOn: isoDateSchema.nullable(),
    status: checklistStatusSchema,
  })
  .partial()
  .extend({ version: versionSchema });
export type UpdateChecklistItem = z.infer<typeof updateChecklistItemSchema>;

/** An overdue task as the initiative page lists it. */
export const overdueItemSchema = z.object({
  id: idSchema,
  activityId: idSchema,
  activityTitle: z.string(),
  key: z.enum(checklistItemKeys).nullable(),
  label: z.string(),
  dueOn: isoDateSchema,
  ownerPersonId: idSchema.nullable(),
  ownerName: z.string().nullable(),
  /** Whole days since the due date. */
  daysOverdue: z.number().int().min(1),
});
export type OverdueItem = z.infer<typeof overdueItemSchema>;
