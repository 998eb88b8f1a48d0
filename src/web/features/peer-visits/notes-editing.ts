import {
  type ReadinessCriterion,
  readinessCriteria,
} from "../../../domain/peer-visit/readiness-criteria";
import type { SaveNote, VisitNote } from "../../../shared/contracts/peer-visit-records";
import { draftOfSavedNote, type NoteDraft } from "./notes/note-drafts";

/** The draft fields of a note: its kind and the criterion it checks ("" for none). */
export function noteFieldsOf(note: Pick<VisitNote, "kind" | "criterion">): Record<string, string> {
  return { kind: note.kind, criterion: note.criterion ?? "" };
}

function criterionOf(value: string | undefined): ReadinessCriterion | null {
  return readinessCriteria.find((criterion) => criterion === value) ?? null;
}

/** The `PUT notes/:noteId` body for a draft: its fields, text and the version last seen. */
export function saveNoteBody(draft: NoteDraft): SaveNote {
  return {
    kind: draft.fields.kind === "evidence" ? "evidence" : "note",
    criterion: criterionOf(draft.fields.criterion),
    text: draft.text,
    version: draft.version,
  };
}

/** The draft to edit a saved note with: the one kept on this device if any, else the note. */
export function draftForEditing(
  visitId: string,
  note: VisitNote,
  kept: NoteDraft | null,
): NoteDraft {
  if (kept && kept.version >= note.version) return kept;
  return draftOfSavedNote(visitId, note, noteFieldsOf(note));
}

/**
 * Drafts kept on this device that belong on screen: every pending draft of a note that is new
 * (the server does not have it yet) or the reader's own. Drafts of notes the server lists as
 * someone else's are left out (they cannot be the reader's).
 */
export function recoveredDrafts(pending: readonly NoteDraft[], notes: readonly VisitNote[]) {
  const byId = new Map(notes.map((note) => [note.id, note]));
  return pending.filter((draft) => {
    const note = byId.get(draft.noteId);
    return note === undefined || note.isMine;
  });
}

/**
 * The notes to list as cards, grouped by criterion in the self-assessment's order, then notes
 * tied to no criterion; newest first within a group. Notes open in an editor are left out.
 */
export function groupNotes(notes: readonly VisitNote[], openIds: ReadonlySet<string>) {
  const shown = notes
    .filter((note) => !openIds.has(note.id))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const groups = readinessCriteria
    .map((criterion) => ({ criterion, notes: shown.filter((n) => n.criterion === criterion) }))
    .filter((group) => group.notes.length > 0);
  const loose = shown.filter((note) => note.criterion === null);
  return loose.length > 0
    ? [...groups, { criterion: null as ReadinessCriterion | null, notes: loose }]
    : groups;
}
