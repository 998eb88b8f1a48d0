import { countDaysBetween } from "../../../domain/peer-visit/iso-date";
import { transitionRejectionKey } from "../../../domain/peer-visit/message-keys";
import {
  type TransitionRejectionCode,
  transitionRejectionCodes,
} from "../../../domain/peer-visit/phase-machine";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { ApiError, errorKeyOf } from "../../api-client";
import { formatDate } from "../../ui/format";
import { pvKey } from "./peer-visit-keys";

/** One message to show: an i18n key and its params. */
export type RefusalMessage = { key: string; params: Record<string, string | number> };

/** What a refused change means for the page. */
export type Refusal = {
  messages: RefusalMessage[];
  /** The visit changed underneath (stale version, other phase): reload it. */
  shouldReload: boolean;
};

const knownCodes = new Set<string>(transitionRejectionCodes);

function isRejectionCode(code: string): code is TransitionRejectionCode {
  return knownCodes.has(code);
}

/** Today's calendar date (UTC), as the server counts days. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Dates in a message's params written for the reader ("3 Mar 2027"), other params unchanged. */
function readableParams(params: RefusalMessage["params"]): RefusalMessage["params"] {
  const start = params.visitStartsOn;
  return typeof start === "string" ? { ...params, visitStartsOn: formatDate(start) } : params;
}

/** Days until the visit begins, counted from `today` (at least 1: the server said "not yet"). */
function daysUntilStart(visit: PeerVisit, today: string): number {
  const days = visit.visitStartsOn ? countDaysBetween(today, visit.visitStartsOn) : null;
  return Math.max(1, days ?? 1);
}

/**
 * The params a rejection's message needs. The API names the codes only; the numbers (days to
 * the start, actions without status) come from the visit's own unmet gates, or are worked out
 * from the visit and today when the gate list does not have them.
 */
function paramsFor(
  code: TransitionRejectionCode,
  visit: PeerVisit,
  today: string,
): RefusalMessage["params"] {
  const gate = visit.unmetGates.find((g) => g.code === code);
  if (gate) return readableParams(gate.params);
  if (code === "reopen_reason_too_long") return { max: 2000 };
  if (code === "visit_not_started") {
    const count = daysUntilStart(visit, today);
    return readableParams({ visitStartsOn: visit.visitStartsOn ?? "", count });
  }
  if (code === "improvement_action_without_status") return { count: 1 };
  return {};
}

/**
 * Turns a refused phase change (or another change of the visit) into messages: each rejection
 * code of a 403/409 (`details[].code` at path `phase`) becomes `peer-visit:rejection.<code>`;
 * `wrong_phase` says the visit has moved on; a 409 without details is a stale version. Anything
 * else falls back to the general API message. Dates in the params are formatted for the reader.
 */
export function describeRefusal(
  error: unknown,
  visit: PeerVisit,
  today: string = todayIso(),
): Refusal {
  if (!(error instanceof ApiError)) return { messages: [generic(error)], shouldReload: false };
  const codes = error.details.filter((d) => d.path === "phase").map((d) => d.code);
  const messages: RefusalMessage[] = codes.flatMap((code): RefusalMessage[] => {
    if (code === "wrong_phase") return [{ key: "peer-visit:transition.wrongPhase", params: {} }];
    if (!isRejectionCode(code)) return [];
    return [{ key: pvKey(transitionRejectionKey(code)), params: paramsFor(code, visit, today) }];
  });
  const isStale = error.code === "CONFLICT" && codes.length === 0;
  if (isStale)
    return { messages: [{ key: "peer-visit:transition.stale", params: {} }], shouldReload: true };
  if (messages.length === 0) return { messages: [generic(error)], shouldReload: false };
  return { messages, shouldReload: error.code === "CONFLICT" };
}

function generic(error: unknown): RefusalMessage {
  return { key: errorKeyOf(error), params: {} };
}

/** The API address of the visit's phase changes. */
export function transitionsPath(visit: Pick<PeerVisit, "initiativeId" | "activityId">): string {
  return `/api/initiatives/${visit.initiativeId}/activities/${visit.activityId}/peer-visit/transitions`;
}
