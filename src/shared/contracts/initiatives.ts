import { z } from "zod";
import { scopingQuestions } from "../../domain/process-map/scoping";
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  nameSchema,
  pageQuerySchema,
  textSchema,
  versionSchema,
} from "./common";

/** What shape of peer-learning arrangement the initiative is. */
export const initiativeKinds = [
  "partnership",
  "network",
  "learning_alliance",
  "community_of_practice",
] as const;

/** The pre-foundational scoping questions, in the order the guided form asks them. */
export const scopingFields = scopingQuestions;
export type ScopingField = (typeof scopingFields)[number];

/** The scoping answers; every field optional text up to 4,000 characters. */
export const scopingSchema = z.object(
  Object.fromEntries(scopingFields.map((f) => [f, textSchema(4000).optional()])) as Record<
    ScopingField,
    z.ZodOptional<ReturnType<typeof textSchema>>
  >,
);
export type Scoping = z.infer<typeof scopingSchema>;

/** How complete the scoping is: answered fields out of all, and which are still open. */
export const scopingCompletenessSchema = z.object({
  answered: z.number().int(),
  total: z.number().int(),
  percent: z.number().int().min(0).max(100),
  missing: z.array(z.enum(scopingFields)),
});

/** Roles within one initiative. */
export const memberRoles = ["facilitator", "peer", "authoriser", "moderator", "observer"] as const;
export const memberRoleSchema = z.enum(memberRoles);
export type MemberRole = z.infer<typeof memberRoleSchema>;

/** An initiative as its members see it. */
export const initiativeSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.enum(initiativeKinds),
  reformArea: z.string(),
  focalSector: z.string(),
  startsOn: isoDateSchema.nullable(),
  endsOn: isoDateSchema.nullable(),
  scoping: scopingSchema,
  scopingCompleteness: scopingCompletenessSchema,
  /** The asking person's role here. */
  myRole: memberRoleSchema,
  memberCount: z.number().int(),
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Initiative = z.infer<typeof initiativeSchema>;

/** One row of the initiatives list. */
export const initiativeSummarySchema = initiativeSchema.pick({
  id: true,
  name: true,
  kind: true,
  reformArea: true,
  startsOn: true,
  endsOn: true,
  myRole: true,
  memberCount: true,
  scopingCompleteness: true,
});
export type InitiativeSummary = z.infer<typeof initiativeSummarySchema>;

const initiativeFields = {
  name: nameSchema(200),
  kind: z.enum(initiativeKinds),
  reformArea: textSchema(200),
  focalSector: textSchema(200),
  startsOn: isoDateSchema.nullable(),
  endsOn: isoDateSchema.nullable(),
};

/** `POST /api/initiatives` body. */
export const createInitiativeSchema = z
  .object({
    ...initiativeFields,
    reformArea: initiativeFields.reformArea.default(""),
    focalSector: initiativeFields.focalSector.default(""),
    startsOn: initiativeFields.startsOn.default(null),
    endsOn: initiativeFields.endsOn.default(null),
    scoping: scopingSchema.default({}),
  })
  .refine((v) => !v.startsOn || !v.endsOn || v.startsOn <= v.endsOn, {
    message: "ends before it starts",
    path: ["endsOn"],
  });
export type CreateInitiative = z.infer<typeof createInitiativeSchema>;

/** `PATCH /api/initiatives/:id` body: any fields plus the version the editor saw. */
export const updateInitiativeSchema = z
  .object({
    ...initiativeFields,
    scoping: scopingSchema,
  })
  .partial()
  .extend({ version: versionSchema });
export type UpdateInitiative = z.infer<typeof updateInitiativeSchema>;

/** `GET /api/initiatives` query. */
export const listInitiativesQuerySchema = pageQuerySchema;

/** A member of an initiative. */
export const memberSchema = z.object({
  id: idSchema,
  personId: idSchema,
  displayName: z.string(),
  email: z.string(),
  organisationName: z.string().nullable(),
  role: memberRoleSchema,
  version: versionSchema,
  joinedAt: isoDateTimeSchema,
});
export type Member = z.infer<typeof memberSchema>;

/** `PATCH /api/initiatives/:id/members/:memberId` body. */
export const changeMemberRoleSchema = z.object({ role: memberRoleSchema, version: versionSchema });

/** `{ id, memberId }` path parameters. */
export const memberParamsSchema = z.object({ id: idSchema, memberId: idSchema });

/** `{ id, invitationId }` path parameters. */
export const invitationParamsSchema = z.object({ id: idSchema, invitationId: idSchema });

/** A pending or accepted invitation, as facilitators see it. */
export const invitationSchema = z.object({
  id: idSchema,
  email: z.string(),
  role: memberRoleSchema,
  invitedByName: z.string(),
  createdAt: isoDateTimeSchema,
  expiresAt: isoDateTimeSchema,
  acceptedAt: isoDateTimeSchema.nullable(),
});
export type Invitation = z.infer<typeof invitationSchema>;
