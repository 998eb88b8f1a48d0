import { z } from "zod";
import { idSchema, nameSchema, uiLocaleSchema } from "./common";

/** Roles a person holds across the whole installation (not within an initiative). */
export const systemRoles = ["admin", "facilitator", "member"] as const;
export const systemRoleSchema = z.enum(systemRoles);
export type SystemRole = z.infer<typeof systemRoleSchema>;

/** Email address, compared case-insensitively (stored lower-case). */
export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((s) => s.toLowerCase());

/** A new password: 10..200 characters. */
export const newPasswordSchema = z.string().min(10).max(200);

/** `POST /api/auth/login` body. */
export const loginBodySchema = z.object({
  email: emailSchema,
  /** Any length up to 200 is accepted here; only the hash decides. */
  password: z.string().min(1).max(200),
});

/** The signed-in person, as the web app needs it. */
export const sessionPersonSchema = z.object({
  id: idSchema,
  email: z.string(),
  displayName: z.string(),
  systemRole: systemRoleSchema,
  locale: uiLocaleSchema,
});
export type SessionPerson = z.infer<typeof sessionPersonSchema>;

/** `GET /api/auth/me`: the signed-in person or null when signed out. */
export const meResponseSchema = z.object({ person: sessionPersonSchema.nullable() });

/** `POST /api/auth/password-reset`: ask for a reset link by mail. Always answers 202. */
export const passwordResetRequestSchema = z.object({ email: emailSchema });

/** `POST /api/auth/password-reset/confirm`: set a new password with the token from the mail. */
export const passwordResetConfirmSchema = z.object({
  token: z.string().min(20).max(200),
  password: newPasswordSchema,
});

/** `POST /api/me/password`: change one's own password. */
export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: newPasswordSchema,
});

/** `PATCH /api/admin/people/:id`: an admin changes someone's system role. */
export const setSystemRoleSchema = z.object({ systemRole: systemRoleSchema });

/** Display name rules shared by sign-up through invitation and profile edits. */
export const displayNameSchema = nameSchema(120);
