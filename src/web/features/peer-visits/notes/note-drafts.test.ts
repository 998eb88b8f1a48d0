import { describe, expect, it } from "vitest";
import { MemoryDraftStore } from "./memory-draft-store";
import {
  createNoteId,
  draftOfSavedNote,
  draftStorageKey,
  isDraftPending,
  isDraftSendable,
  listPendingDrafts,
  type NoteDraft,
  newNoteDraft,
  readDraft,
  removeDraft,
  writeDraft,
} from "./note-drafts";

function draft(overrides: Partial<NoteDraft> = {}): NoteDraft {
  return {
    visitId: "visit-1",
    noteId: "note-1",
    text: "The permit desk closes at 14:00",
    savedText: null,
    fields: {},
    savedFields: null,
    version: 0,
    updatedAt: "2026-03-01T10:00:00.000Z",
    ...overrides,
  };
}

describe("note drafts in device storage", () => {
  it("keeps a draft under its visit and note and reads it back", () => {
    const store = new MemoryDraftStore();
    expect(writeDraft(store, draft({ fields: { kind: "evidence" } }))).toBe(true);
    expect(store.getItem(draftStorageKey("visit-1", "note-1"))).not.toBeNull();
    expect(readDraft(store, "visit-1", "note-1")).toEqual(draft({ fields: { kind: "evidence" } }));
    expect(readDraft(store, "visit-2", "note-1")).toBeNull();
    removeDraft(store, "visit-1", "note-1");
    expect(readDraft(store, "visit-1", "note-1")).toBeNull();
  });

  it("ignores unreadable or foreign entries instead of throwing", () => {
    const store = new MemoryDraftStore();
    store.setItem(draftStorageKey("visit-1", "broken"), "{not json");
    store.setItem(draftStorageKey("visit-1", "odd"), JSON.stringify({ text: 3 }));
    store.setItem("kollega.locale", "sv");
    expect(readDraft(store, "visit-1", "broken")).toBeNull();
    expect(listPendingDrafts(store, "visit-1")).toEqual([]);
  });

  it("reports a full storage as not kept", () => {
    const store = new MemoryDraftStore();
    store.isFull = true;
    expect(writeDraft(store, draft())).toBe(false);
  });

  it("lists only the visit's drafts the server does not have yet, oldest first", () => {
    const store = new MemoryDraftStore();
    writeDraft(store, draft({ noteId: "b", updatedAt: "2026-03-01T11:00:00.000Z" }));
    writeDraft(store, draft({ noteId: "a", updatedAt: "2026-03-01T09:00:00.000Z" }));
    writeDraft(
      store,
      draft({ noteId: "c", savedText: "The permit desk closes at 14:00", savedFields: {} }),
    );
    writeDraft(store, draft({ visitId: "visit-2", noteId: "d" }));
    expect(listPendingDrafts(store, "visit-1").map((d) => d.noteId)).toEqual(["a", "b"]);
  });

  it("calls a draft pending while its text differs from what the server confirmed", () => {
    expect(isDraftPending(draft())).toBe(true);
    expect(isDraftPending(draft({ savedText: "older" }))).toBe(true);
    expect(
      isDraftPending(draft({ savedText: "The permit desk closes at 14:00", savedFields: {} })),
    ).toBe(false);
  });

  it("calls a draft pending when only its fields changed, and a blank new note not pending", () => {
    const saved = { savedText: "The permit desk closes at 14:00", savedFields: { kind: "note" } };
    expect(isDraftPending(draft({ ...saved, fields: { kind: "note" } }))).toBe(false);
    expect(isDraftPending(draft({ ...saved, fields: { kind: "evidence" } }))).toBe(true);
    expect(isDraftPending(draft({ text: "  " }))).toBe(false);
    expect(isDraftPending(draft({ ...saved, text: "", fields: { kind: "note" } }))).toBe(true);
    expect(isDraftSendable(draft({ text: " " }))).toBe(false);
  });

  it("reads drafts kept before versions were stored, as never confirmed", () => {
    const store = new MemoryDraftStore();
    const { savedFields: _f, version: _v, ...old } = draft({ savedText: "older" });
    store.setItem(draftStorageKey("visit-1", "note-1"), JSON.stringify(old));
    expect(readDraft(store, "visit-1", "note-1")).toEqual(
      draft({ savedText: "older", savedFields: {}, version: 0 }),
    );
  });

  it("builds drafts of saved notes and blank new ones", () => {
    const saved = draftOfSavedNote(
      "visit-1",
      { id: "n9", text: "Seen", version: 3, updatedAt: "2026-03-01T10:00:00.000Z" },
      { kind: "evidence" },
    );
    expect(isDraftPending(saved)).toBe(false);
    expect(saved.version).toBe(3);
    const fresh = newNoteDraft("visit-1", { kind: "note" }, "2026-03-01T10:00:00.000Z");
    expect(fresh).toMatchObject({ text: "", savedText: null, version: 0, visitId: "visit-1" });
    expect(fresh.noteId).not.toBe(newNoteDraft("visit-1", {}).noteId);
  });
});

describe("createNoteId", () => {
  it("makes a version-4 UUID from the random bytes", () => {
    const id = createNoteId((bytes) => bytes.fill(0xff));
    expect(id).toBe("ffffffff-ffff-4fff-bfff-ffffffffffff");
    expect(createNoteId()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("gives a different id each time", () => {
    const ids = new Set(Array.from({ length: 200 }, () => createNoteId()));
    expect(ids.size).toBe(200);
  });
});
