import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { ErrorCode, FieldIssue } from "../shared/contracts/common";
import { AppError, statusByCode } from "./errors";

function send(reply: FastifyReply, code: ErrorCode, message: string, details?: FieldIssue[]) {
  return reply
    .code(statusByCode[code])
    .type("application/json; charset=utf-8")
    .send({ error: details ? { code, message, details } : { code, message } });
}

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "INVALID",
  FST_ERR_CTP_EMPTY_JSON_BODY: "INVALID",
  FST_ERR_CTP_INVALID_JSON_BODY: "INVALID",
};

/**
 * The one error handler: AppError -> its status; schema validation -> 400 with field issues;
 * Fastify's own 4xx (bad JSON, too large, wrong media type, rate limit) -> a clear JSON error;
 * anything else -> 500, logged, without internals in the body.
 */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) return send(reply, error.code, error.message, error.details);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((v) => ({
      path: v.instancePath.replace(/^\//, "").replaceAll("/", "."),
      code: v.keyword,
      message: v.message ?? "is not valid",
    }));
    const where = error.validationContext ?? "request";
    return send(reply, "INVALID", `The ${where} is not valid: ${summarise(details)}`, details);
  }
  if (error.statusCode === 429)
    return send(reply, "RATE_LIMITED", "Too many attempts; wait a minute and try again");
  const mapped = error.code ? fastifyCodes[error.code] : undefined;
  if (mapped) return send(reply, mapped, readableFastifyMessage(error));
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return send(reply, "INVALID", error.message);
  }
  request.log.error({ err: error }, "unexpected error");
  return send(reply, "INTERNAL", "Something went wrong on our side; the error has been logged");
}

function summarise(details: FieldIssue[]): string {
  return details
    .slice(0, 3)
    .map((d) => `${d.path || "body"}: ${d.message}`)
    .join("; ");
}

function readableFastifyMessage(error: FastifyError): string {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return "The request body is too large";
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return "Send JSON (Content-Type: application/json)";
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return "The JSON body is empty";
    default:
      return "The request body is not valid JSON";
  }
}
