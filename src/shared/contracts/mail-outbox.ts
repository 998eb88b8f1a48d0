import { z } from "zod";
import { idSchema, isoDateTimeSchema, pageQuerySchema } from "./common";

/** One message in the mail outbox (what was or will be sent). */
export const outboxMessageSchema = z.object({
  id: idSchema,
  to: z.string(),
  subject: z.string(),
  textBody: z.string(),
  kind: z.string(),
  createdAt: isoDateTimeSchema,
  sentAt: isoDateTimeSchema.nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

/** `GET /api/admin/outbox` query: pagination and an optional recipient filter. */
export const listOutboxQuerySchema = pageQuerySchema.extend({
  to: z.string().trim().max(254).optional(),
});
