import type { VisitNote } from "../../../shared/contracts/peer-visit-records";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { ApiError, api } from "../../api-client";
import type { NoteDraft } from "./notes/note-drafts";
import { saveNoteBody } from "./notes-editing";

/** The API address of a record route under a visit, e.g. `notes/<id>` or `feedback-items`. */
export function visitRecordsPath(
  visit: Pick<PeerVisit, "initiativeId" | "activityId">,
  rest: string,
) {
  return `/api/initiatives/${visit.initiativeId}/activities/${visit.activityId}/peer-visit/${rest}`;
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

/**
 * Saves a note draft whole under its own id and resolves with the version the server now holds.
 * On a 409 (the note changed meanwhile, e.g. in another tab) it re-reads the note's current
 * version and saves once more on top of it, keeping the text the author has here; a note no
 * longer listed as the author's, or a second 409 (the visit no longer takes notes), is refused.
 */
export async function sendNoteDraft(
  visit: Pick<PeerVisit, "initiativeId" | "activityId">,
  draft: NoteDraft,
): Promise<number> {
  const path = visitRecordsPath(visit, `notes/${draft.noteId}`);
  const put = async (version: number) =>
    (await api.put<VisitNote>(path, { ...saveNoteBody(draft), version })).version;
  try {
    return await put(draft.version);
  } catch (error) {
    if (!isConflict(error)) throw error;
    const list = await api.get<{ items: VisitNote[] }>(visitRecordsPath(visit, "notes"));
    const current = list.items.find((note) => note.id === draft.noteId && note.isMine);
    if (!current) throw error;
    return put(current.version);
  }
}
