import type { ErrorCode, FieldIssue } from "../shared/contracts/common";

/** HTTP status for each error code; the one place where codes become statuses. */
export const statusByCode: Record<ErrorCode, number> = {
  INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** The one error type services throw for outcomes the caller must turn into a 4xx answer. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldIssue[],
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** Shorthand for a 404 naming what was not found. */
export function notFound(what: string): AppError {
  return new AppError("NOT_FOUND", `${what} not found`);
}

/** Shorthand for the 409 a stale `version` gets. */
export function staleVersion(what: string): AppError {
  return new AppError(
    "CONFLICT",
    `${what} was changed by someone else since you loaded it; reload and try again`,
  );
}

/** Shorthand for a 400 on one field. */
export function invalidField(path: string, code: string, message: string): AppError {
  return new AppError("INVALID", message, [{ path, code, message }]);
}
