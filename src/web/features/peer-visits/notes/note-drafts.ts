import { createClientId } from "../../../client-id";
/** The part of the Web Storage API the drafts need (localStorage in the browser, a fake in tests). */
export interface DraftStore {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * A note as kept on this device while its author types. `savedText` and `savedFields` are what
 * the server last confirmed (null until it has the note at all): the draft is pending while
 * they differ from `text` and `fields`.
 */
export interface NoteDraft {
  visitId: string;
  /** Generated here before the first save, so a retried save updates the same note. */
  noteId: string;
  text: string;
  savedText: string | null;
  /** Extra fields saved with the text (e.g. the self-assessment point the note checks). */
  fields: Record<string, string>;
  savedFields: Record<string, string> | null;
  /** The version the server last answered; 0 before it confirmed the note at all. */
  version: number;
  /** When the text last changed, ISO timestamp. */
  updatedAt: string;
}

/**
 * Where one person's drafts are kept. Drafts are confidential: they are only ever read back,
 * listed and sent for the person who typed them, never for whoever signs in next on the device.
 */
export interface DraftShelf {
  store: DraftStore;
  personId: string;
}

const prefix = "kollega.note-draft:";
/** Drafts kept before they were per person: nobody can tell whose they are, so they are dropped. */
const legacyPrefix = "kollega.peer-visit-note:";

/** The storage key of one note's draft, under the person who typed it. */
export function draftStorageKey(personId: string, visitId: string, noteId: string): string {
  return `${prefix}${personId}:${visitId}:${noteId}`;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.values(value).every((entry) => typeof entry === "string")
  );
}

type StoredDraft = NoteDraft & { personId: string };

function isStoredDraft(value: unknown, personId: string): value is StoredDraft {
  if (typeof value !== "object" || value === null) return false;
  const draft = value as Record<string, unknown>;
  return (
    draft.personId === personId &&
    typeof draft.visitId === "string" &&
    typeof draft.noteId === "string" &&
    typeof draft.text === "string" &&
    (draft.savedText === null || typeof draft.savedText === "string") &&
    isStringRecord(draft.fields) &&
    (draft.savedFields === null || isStringRecord(draft.savedFields)) &&
    typeof draft.version === "number" &&
    typeof draft.updatedAt === "string"
  );
}

function parseDraft(raw: string | null, personId: string): NoteDraft | null {
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (!isStoredDraft(value, personId)) return null;
    const { personId: _owner, ...draft } = value;
    return draft;
  } catch {
    return null;
  }
}

/** The stored draft of one of the person's notes, or null when there is none (or unreadable). */
export function readDraft(shelf: DraftShelf, visitId: string, noteId: string): NoteDraft | null {
  return parseDraft(
    shelf.store.getItem(draftStorageKey(shelf.personId, visitId, noteId)),
    shelf.personId,
  );
}

/**
 * Keeps the draft on this device under its author. Returns false when storage refuses (quota,
 * private mode): the editor still works, the text is just not protected against a closed tab.
 */
export function writeDraft(shelf: DraftShelf, draft: NoteDraft): boolean {
  try {
    const key = draftStorageKey(shelf.personId, draft.visitId, draft.noteId);
    shelf.store.setItem(key, JSON.stringify({ ...draft, personId: shelf.personId }));
    return true;
  } catch {
    return false;
  }
}

/** Forgets a draft (after the server confirmed it, or when the author deletes the note). */
export function removeDraft(shelf: DraftShelf, visitId: string, noteId: string): void {
  forgetKeys(shelf.store, [draftStorageKey(shelf.personId, visitId, noteId)]);
}

function forgetKeys(store: DraftStore, keys: readonly string[]): void {
  try {
    for (const key of keys) store.removeItem(key);
  } catch {
    // Nothing to forget when storage is unavailable.
  }
}

function keysStartingWith(store: DraftStore, start: string): string[] {
  const keys: string[] = [];
  try {
    for (let index = 0; index < store.length; index += 1) {
      const key = store.key(index);
      if (key?.startsWith(start)) keys.push(key);
    }
  } catch {
    // Storage unavailable: there is nothing kept.
  }
  return keys;
}

/**
 * Forgets every draft the person kept on this device (at sign-out, so the next person on a
 * shared computer can neither read nor send them), and any draft from before drafts were kept
 * per person.
 */
export function forgetDraftsOf(store: DraftStore, personId: string): void {
  forgetKeys(store, [
    ...keysStartingWith(store, `${prefix}${personId}:`),
    ...keysStartingWith(store, legacyPrefix),
  ]);
}

function sameFields(a: Record<string, string>, b: Record<string, string> | null): boolean {
  if (b === null) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? "") === (b[key] ?? ""));
}

/**
 * True while the server does not yet have the draft's text and fields. A note never saved and
 * still blank is not pending: there is nothing to lose.
 */
export function isDraftPending(draft: NoteDraft): boolean {
  if (draft.savedText === null) return draft.text.trim().length > 0;
  return draft.text !== draft.savedText || !sameFields(draft.fields, draft.savedFields);
}

/** True when the draft can be sent at all: the server refuses a note without text. */
export function isDraftSendable(draft: NoteDraft): boolean {
  return draft.text.trim().length > 0;
}

/** A draft of a note the server already has, as it was last saved. */
export function draftOfSavedNote(
  visitId: string,
  note: { id: string; text: string; version: number; updatedAt: string },
  fields: Record<string, string>,
): NoteDraft {
  return {
    visitId,
    noteId: note.id,
    text: note.text,
    savedText: note.text,
    fields,
    savedFields: fields,
    version: note.version,
    updatedAt: note.updatedAt,
  };
}

/** A blank draft of a new note with a fresh id. */
export function newNoteDraft(
  visitId: string,
  fields: Record<string, string>,
  now: string = new Date().toISOString(),
): NoteDraft {
  return {
    visitId,
    noteId: createNoteId(),
    text: "",
    savedText: null,
    fields,
    savedFields: null,
    version: 0,
    updatedAt: now,
  };
}

/**
 * Every draft of one visit the person typed that is still waiting for the server, oldest change
 * first. Drafts of other people are never listed; drafts without an author (kept by an older
 * version of the app) are dropped, since sending them could save them under the wrong name.
 */
export function listPendingDrafts(shelf: DraftShelf, visitId: string): NoteDraft[] {
  forgetKeys(shelf.store, keysStartingWith(shelf.store, legacyPrefix));
  const drafts: NoteDraft[] = [];
  for (const key of keysStartingWith(shelf.store, `${prefix}${shelf.personId}:${visitId}:`)) {
    const draft = parseDraft(shelf.store.getItem(key), shelf.personId);
    if (draft && draft.visitId === visitId && isDraftPending(draft)) drafts.push(draft);
  }
  return drafts.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
}

/**
 * How many of the person's drafts on this device, across every visit, the server does not have
 * yet: what signing out now would throw away.
 */
export function countPendingDraftsOf(store: DraftStore, personId: string): number {
  return keysStartingWith(store, `${prefix}${personId}:`)
    .map((key) => parseDraft(store.getItem(key), personId))
    .filter((draft) => draft !== null && isDraftPending(draft)).length;
}

/**
 * A new note id: a random version-4 UUID made on this device before anything is sent, so every
 * retry of the first save names the same note (works on plain-http installs too).
 */
export const createNoteId = createClientId;
