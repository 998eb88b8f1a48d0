import { transitionRejectionKey } from "../../../domain/peer-visit/message-keys";
import {
  type TransitionRejectionCode,
  transitionRejectionCodes,
} from "../../../domain/peer-visit/phase-machine";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { ApiError, errorKeyOf } from "../../api-client";
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

/**
 * The params a rejection's message needs. The API names the codes only; the numbers (days to
 * the start, actions without status) come from the visit's own unmet gates.
 */
function paramsFor(code: TransitionRejectionCode, visit: PeerVisit): RefusalMessage["params"] {
  const gate = visit.unmetGates.find((g) => g.code === code);
  if (gate) return gate.params;
  if (code === "reopen_reason_too_long") return { max: 2000 };
  if (code === "visit_not_started") return { visitStartsOn: visit.visitStartsOn, count: 1 };
  if (code === "improvement_action_without_status") return { count: 1 };
  return {};
}

/**
 * Turns a refused phase change (or another change of the visit) into messages: each rejection
 * code of a 403/409 (`details[].code` at path `phase`) becomes `peer-visit:rejection.<code>`;
 * `wrong_phase` says the visit has moved on; a 409 without details is a stale version. Anything
 * else falls back to the general API message.
 */
export function describeRefusal(error: unknown, visit: PeerVisit): Refusal {
  if (!(error instanceof ApiError)) return { messages: [generic(error)], shouldReload: false };
  const codes = error.details.filter((d) => d.path === "phase").map((d) => d.code);
  const messages: RefusalMessage[] = codes.flatMap((code): RefusalMessage[] => {
    if (code === "wrong_phase") return [{ key: "peer-visit:transition.wrongPhase", params: {} }];
    if (!isRejectionCode(code)) return [];
    return [{ key: pvKey(transitionRejectionKey(code)), params: paramsFor(code, visit) }];
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
