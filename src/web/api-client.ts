import type { z } from "zod";
import type { ErrorCode, FieldIssue, pageSchema } from "../shared/contracts/common";

/** A page of a list answer, derived from the contract's `pageSchema` for item schema `S`. */
export type PageOf<S extends z.ZodType> = z.infer<ReturnType<typeof pageSchema<S>>>;

/** Error codes the client can meet: the API's own plus `NETWORK` when no answer arrived. */
export type ClientErrorCode = ErrorCode | "NETWORK";

/** A failed API call: HTTP status, the API's error code, its English message and field issues. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    message: string,
    readonly details: FieldIssue[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

const knownCodes = new Set<string>([
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
] satisfies ErrorCode[]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function parseIssue(value: unknown): FieldIssue | null {
  if (!isRecord(value) || typeof value.path !== "string") return null;
  return {
    path: value.path,
    code: typeof value.code === "string" ? value.code : "invalid",
    message: typeof value.message === "string" ? value.message : "",
  };
}

/**
 * Reads `{ error: { code, message, details? } }` structurally (the contract's `errorBodySchema`
 * shape) without pulling zod into the bundle. Anything else becomes `INTERNAL`.
 */
export function parseErrorBody(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const code =
    error && typeof error.code === "string" && knownCodes.has(error.code) ? error.code : "INTERNAL";
  const message = error && typeof error.message === "string" ? error.message : `HTTP ${status}`;
  const rawDetails = error && Array.isArray(error.details) ? error.details : [];
  const details = rawDetails.map(parseIssue).filter((i): i is FieldIssue => i !== null);
  return new ApiError(status, code as ErrorCode, message, details);
}

/** Query values; undefined and empty strings are left out of the URL. */
export type QueryParams = Record<string, string | number | undefined>;

/** Appends the non-empty query values to `path`. */
export function buildUrl(path: string, query?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Calls the API: JSON in and out, same-origin cookies, and the CSRF header on every non-GET.
 * Resolves with the parsed body; rejects with an `ApiError`.
 */
export async function requestJson<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (method !== "GET") headers["X-Kollega-Csrf"] = "1";
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError(0, "NETWORK", cause instanceof Error ? cause.message : "network error");
  }
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (!response.ok) throw parseErrorBody(response.status, parsed);
  return parsed as T;
}

/** Shorthands for the four verbs the app uses. */
export const api = {
  get: <T>(path: string, query?: QueryParams) => requestJson<T>("GET", buildUrl(path, query)),
  post: <T>(path: string, body: unknown = {}) => requestJson<T>("POST", path, body),
  patch: <T>(path: string, body: unknown) => requestJson<T>("PATCH", path, body),
  put: <T>(path: string, body: unknown) => requestJson<T>("PUT", path, body),
  delete: <T>(path: string) => requestJson<T>("DELETE", path),
};

/** i18n key for an error code (namespace `common`). */
export const errorCodeKeys = {
  INVALID: "common:apiError.INVALID",
  UNAUTHENTICATED: "common:apiError.UNAUTHENTICATED",
  FORBIDDEN: "common:apiError.FORBIDDEN",
  NOT_FOUND: "common:apiError.NOT_FOUND",
  CONFLICT: "common:apiError.CONFLICT",
  PAYLOAD_TOO_LARGE: "common:apiError.PAYLOAD_TOO_LARGE",
  UNSUPPORTED_MEDIA_TYPE: "common:apiError.UNSUPPORTED_MEDIA_TYPE",
  RATE_LIMITED: "common:apiError.RATE_LIMITED",
  CSRF: "common:apiError.CSRF",
  INTERNAL: "common:apiError.INTERNAL",
  NETWORK: "common:apiError.NETWORK",
} as const satisfies Record<ClientErrorCode, string>;

/** i18n key for any thrown value: an ApiError's code, else the generic failure. */
export function errorKeyOf(error: unknown): string {
  return error instanceof ApiError ? errorCodeKeys[error.code] : errorCodeKeys.INTERNAL;
}

const issueKeys: Record<string, string> = {
  too_small: "common:fieldError.too_small",
  too_big: "common:fieldError.too_big",
  invalid_format: "common:fieldError.invalid_format",
  invalid_type: "common:fieldError.invalid_type",
  invalid_value: "common:fieldError.invalid_value",
  required: "common:fieldError.required",
};

/** i18n key for one field issue code; unknown codes get the generic "check this field". */
export function issueKeyOf(code: string): string {
  return issueKeys[code] ?? "common:fieldError.invalid";
}

/**
 * Maps the field issues of an `INVALID` answer onto form field names: the first issue per field
 * wins. `fieldFor` renames API paths to field names (e.g. `scoping.goals` -> `goals`).
 */
export function fieldIssueKeys(error: unknown, fieldFor: (path: string) => string = (p) => p) {
  const result: Record<string, string> = {};
  if (!(error instanceof ApiError)) return result;
  for (const issue of error.details) {
    const field = fieldFor(issue.path);
    result[field] ??= issueKeyOf(issue.code);
  }
  return result;
}
