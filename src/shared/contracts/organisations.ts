import { z } from "zod";
import { idSchema, isoDateTimeSchema, nameSchema, pageQuerySchema, versionSchema } from "./common";

/** Level of government an organisation belongs to. */
export const governmentLevels = ["national", "regional", "municipal", "other"] as const;
/** What kind of body the organisation is. */
export const organisationKinds = ["government_body", "association", "university", "ngo"] as const;

/** ISO 3166-1 alpha-2 country code, upper-case. */
export const countryCodeSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/));

/** An organisation: a home of peers, a host of visits. */
export const organisationSchema = z.object({
  id: idSchema,
  name: z.string(),
  country: z.string(),
  level: z.enum(governmentLevels),
  kind: z.enum(organisationKinds),
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Organisation = z.infer<typeof organisationSchema>;

/** `POST /api/organisations` body. */
export const createOrganisationSchema = z.object({
  name: nameSchema(200),
  country: countryCodeSchema,
  level: z.enum(governmentLevels),
  kind: z.enum(organisationKinds),
});
export type CreateOrganisation = z.infer<typeof createOrganisationSchema>;

/** `PATCH /api/organisations/:id` body: changed fields plus the version the editor saw. */
export const updateOrganisationSchema = createOrganisationSchema
  .partial()
  .extend({ version: versionSchema });

/** `GET /api/organisations` query: pagination and an optional name filter. */
export const listOrganisationsQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
});
