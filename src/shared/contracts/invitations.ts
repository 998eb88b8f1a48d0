import { z } from "zod";
import { displayNameSchema, emailSchema, newPasswordSchema } from "./auth";
import { idSchema, isoDateTimeSchema, uiLocaleSchema } from "./common";
import { memberRoleSchema } from "./initiatives";

/** `POST /api/initiatives/:id/invitations` body. */
export const createInvitationSchema = z.object({
  email: emailSchema,
  role: memberRoleSchema,
  /** Optional personal note included in the mail (plain text). */
  message: z.string().trim().max(1000).optional(),
});

/** Path parameter of the public invitation routes: the secret token from the mail. */
export const invitationTokenParamsSchema = z.object({
  token: z.string().min(20).max(200),
});

/** `GET /api/invitations/:token`: what the invitee sees before accepting. */
export const invitationPreviewSchema = z.object({
  initiativeId: idSchema,
  initiativeName: z.string(),
  invitedByName: z.string(),
  email: z.string(),
  role: memberRoleSchema,
  expiresAt: isoDateTimeSchema,
  /** True when an account with this email exists: the invitee signs in instead of registering. */
  hasAccount: z.boolean(),
  status: z.enum(["pending", "accepted", "expired", "revoked"]),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

/**
 * `POST /api/invitations/:token/accept` body. New people give a name and password; people with
 * an account are either signed in as the invited email or give their password.
 */
export const acceptInvitationSchema = z.object({
  displayName: displayNameSchema.optional(),
  password: newPasswordSchema.optional(),
  /** Interface language for a new account (the language the invitee was reading in). */
  locale: uiLocaleSchema.optional(),
});

/** Answer to an accepted invitation: where to go next. */
export const acceptInvitationResponseSchema = z.object({ initiativeId: idSchema });
