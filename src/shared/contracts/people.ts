import { z } from "zod";
import { systemRoleSchema } from "./auth";
import {
  idSchema,
  isoDateTimeSchema,
  nameSchema,
  textSchema,
  uiLocaleSchema,
  versionSchema,
} from "./common";

/** Hierarchical level of a peer in their home organisation. */
export const hierarchicalLevels = ["political", "managerial", "technical"] as const;
export const hierarchicalLevelSchema = z.enum(hierarchicalLevels);

/** ISO 639-1 language code, lower-case (e.g. `sv`, `sw`, `en`). */
export const languageCodeSchema = z
  .string()
  .trim()
  .transform((s) => s.toLowerCase())
  .pipe(z.string().regex(/^[a-z]{2,3}$/));

/** A person's profile. It belongs to the person, never to an organisation. */
export const personSchema = z.object({
  id: idSchema,
  email: z.string(),
  displayName: z.string(),
  systemRole: systemRoleSchema,
  locale: uiLocaleSchema,
  organisationId: idSchema.nullable(),
  organisationName: z.string().nullable(),
  position: z.string(),
  level: hierarchicalLevelSchema.nullable(),
  field: z.string(),
  yearsOfService: z.number().int().nullable(),
  languages: z.array(z.string()),
  version: versionSchema,
  createdAt: isoDateTimeSchema,
});
export type Person = z.infer<typeof personSchema>;

/** `PATCH /api/people/:id` body (own profile, or any for an admin). */
export const updatePersonSchema = z.object({
  version: versionSchema,
  displayName: nameSchema(120).optional(),
  locale: uiLocaleSchema.optional(),
  organisationId: idSchema.nullable().optional(),
  position: textSchema(200).optional(),
  level: hierarchicalLevelSchema.nullable().optional(),
  field: textSchema(200).optional(),
  yearsOfService: z.number().int().min(0).max(70).nullable().optional(),
  languages: z.array(languageCodeSchema).max(20).optional(),
});
export type UpdatePerson = z.infer<typeof updatePersonSchema>;
