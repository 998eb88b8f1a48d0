import { z } from "zod";

/** Error codes the API can answer with; each maps to one HTTP status in the server's error handler. */
export const errorCodes = [
  "INVALID",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "RATE_LIMITED",
  "CSRF",
  "INTERNAL",
] as const;

/** A machine-readable error code (see `errorCodes`). */
export type ErrorCode = (typeof errorCodes)[number];

/** One field-level problem, for per-field messages in forms. */
export const fieldIssueSchema = z.object({
  /** Dotted path of the offending field, e.g. `scoping.goals`. */
  path: z.string(),
  /** Stable message key the web app translates, e.g. `too_small`. */
  code: z.string(),
  /** English fallback message. */
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/** The body of every error response: `{ error: { code, message, details? } }`. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    /** Human-readable English message; the web app shows a translation of `code` instead. */
    message: z.string(),
    /** Field issues for `INVALID`. */
    details: z.array(fieldIssueSchema).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Text UUID (v7) identifying any record. */
export const idSchema = z.uuid();

/** `{ id }` path parameters. */
export const idParamsSchema = z.object({ id: idSchema });

/** Optimistic-concurrency version carried by every editable record; a stale one gets 409. */
export const versionSchema = z.number().int().min(1);

/** Calendar date `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date();

/** Timestamp as a UTC ISO string. */
export const isoDateTimeSchema = z.string();

/** Languages of the user interface. */
export const uiLocales = ["en", "sv", "fr", "es"] as const;
export const uiLocaleSchema = z.enum(uiLocales);
export type UiLocale = z.infer<typeof uiLocaleSchema>;

/** True when text holds control characters other than tab, newline and carriage return. */
export function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true;
  }
  return false;
}

/**
 * Free text typed by a person: trimmed, no control characters except newlines and tabs,
 * bounded length. Stored as typed and always rendered as text, never as HTML.
 */
export function textSchema(maxLength: number) {
  return z
    .string()
    .trim()
    .max(maxLength)
    .refine((s) => !hasControlCharacters(s), {
      message: "contains control characters",
    });
}

/** A required short name: 1..max characters after trimming. */
export function nameSchema(maxLength = 200) {
  return textSchema(maxLength).pipe(z.string().min(1));
}

/** Pagination query: `limit` (1..100, default 25) and `offset` (default 0). */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** A page of items with the total count, for pagination controls. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().min(0),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}

/** Answer with nothing to say beyond success. */
export const okSchema = z.object({ ok: z.literal(true) });
