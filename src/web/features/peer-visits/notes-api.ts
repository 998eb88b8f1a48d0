import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { ApiError, requestJson } from "../../api-client";

/** The API address of a record route under a visit, e.g. `notes/<id>` or `feedback-items`. */
export function visitRecordsPath(
  visit: Pick<PeerVisit, "initiativeId" | "activityId">,
  rest: string,
) {
  return `/api/initiatives/${visit.initiativeId}/activities/${visit.activityId}/peer-visit/${rest}`;
}

/** `PUT` with a JSON body (the shared client offers the other verbs). */
export function putJson<T>(path: string, body: unknown): Promise<T> {
  return requestJson<T>("PUT", path, body);
}

/** True for a 409: the record changed since it was loaded, or the phase no longer allows it. */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === "CONFLICT";
}

/** What VisibleTo needs to know about the visit. */
export function audienceVisit(visit: PeerVisit) {
  return {
    visitId: visit.id,
    initiativeId: visit.initiativeId,
    phase: visit.phase,
    reportSharing: visit.reportSharing,
  };
}
