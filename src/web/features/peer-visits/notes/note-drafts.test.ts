import { describe, expect, it } from "vitest";
import { MemoryDraftStore } from "./memory-draft-store";
import {
  createNoteId,
  draftOfSavedNote,
  draftStorageKey,
  forgetDraftsOf,
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

function setUp() {
  const store = new MemoryDraftStore();
  return { store, shelf: { store, personId: "person-a" } };
}

describe("note drafts in device storage", () => {
  it("keeps a draft under its visit and note and reads it back", () => {
    const { store, shelf } = setUp();
    expect(writeDraft(shelf, draft({ fields: { kind: "evidence" } }))).toBe(true);
    expect(store.getItem(draftStorageKey("person-a", "visit-1", "note-1"))).not.toBeNull();
    expect(readDraft(shelf, "visit-1", "note-1")).toEqual(draft({ fields: { kind: "evidence" } }));
    expect(readDraft(shelf, "visit-2", "note-1")).toBeNull();
    removeDraft(shelf, "visit-1", "note-1");
    expect(readDraft(shelf, "visit-1", "note-1")).toBeNull();
  });

  it("ignores unreadable or foreign entries instead of throwing", () => {
    const { store, shelf } = setUp();
    store.setItem(draftStorageKey("person-a", "visit-1", "broken"), "{not json");
    store.setItem(draftStorageKey("person-a", "visit-1", "odd"), JSON.stringify({ text: 3 }));
    store.setItem("kollega.locale", "sv");
    expect(readDraft(shelf, "visit-1", "broken")).toBeNull();
    expect(listPendingDrafts(shelf, "visit-1")).toEqual([]);
  });

  it("reports a full storage as not kept", () => {
    const { store, shelf } = setUp();
    store.isFull = true;
    expect(writeDraft(shelf, draft())).toBe(false);
  });

  it("lists only the visit's drafts the server does not have yet, oldest first", () => {
    const { shelf } = setUp();
    writeDraft(shelf, draft({ noteId: "b", updatedAt: "2026-03-01T11:00:00.000Z" }));
    writeDraft(shelf, draft({ noteId: "a", updatedAt: "2026-03-01T09:00:00.000Z" }));
    writeDraft(
      shelf,
      draft({ noteId: "c", savedText: "The permit desk closes at 14:00", savedFields: {} }),
    );
    writeDraft(shelf, draft({ visitId: "visit-2", noteId: "d" }));
    expect(listPendingDrafts(shelf, "visit-1").map((d) => d.noteId)).toEqual(["a", "b"]);
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

  it("drops drafts kept before drafts were per person instead of listing them", () => {
    const { store, shelf } = setUp();
    store.setItem("kollega.peer-visit-note:visit-1:note-1", JSON.stringify(draft()));
    store.setItem("kollega.locale", "sv");
    expect(listPendingDrafts(shelf, "visit-1")).toEqual([]);
    expect(store.getItem("kollega.peer-visit-note:visit-1:note-1")).toBeNull();
    expect(store.getItem("kollega.locale")).toBe("sv");
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

describe("note drafts on a shared device", () => {
  it("never lists, reads or recovers one person's draft for another", () => {
    const store = new MemoryDraftStore();
    const anna = { store, personId: "person-a" };
    const bo = { store, personId: "person-b" };
    writeDraft(anna, draft({ text: "Typed offline by Anna" }));
    expect(listPendingDrafts(anna, "visit-1").map((d) => d.text)).toEqual([
      "Typed offline by Anna",
    ]);
    expect(listPendingDrafts(bo, "visit-1")).toEqual([]);
    expect(readDraft(bo, "visit-1", "note-1")).toBeNull();
  });

  it("refuses a draft whose content names another author, whatever its key", () => {
    const store = new MemoryDraftStore();
    const bo = { store, personId: "person-b" };
    store.setItem(
      draftStorageKey("person-b", "visit-1", "note-1"),
      JSON.stringify({ ...draft(), personId: "person-a" }),
    );
    expect(readDraft(bo, "visit-1", "note-1")).toBeNull();
    expect(listPendingDrafts(bo, "visit-1")).toEqual([]);
  });

  it("forgets the person's drafts at sign-out and keeps everyone else's data", () => {
    const store = new MemoryDraftStore();
    const anna = { store, personId: "person-a" };
    const bo = { store, personId: "person-b" };
    writeDraft(anna, draft({ noteId: "a1" }));
    writeDraft(anna, draft({ visitId: "visit-2", noteId: "a2" }));
    writeDraft(bo, draft({ noteId: "b1" }));
    store.setItem("kollega.peer-visit-note:visit-1:old", JSON.stringify(draft()));
    store.setItem("kollega.locale", "sv");
    forgetDraftsOf(store, "person-a");
    expect(listPendingDrafts(anna, "visit-1")).toEqual([]);
    expect(listPendingDrafts(anna, "visit-2")).toEqual([]);
    expect(listPendingDrafts(bo, "visit-1").map((d) => d.noteId)).toEqual(["b1"]);
    expect(store.length).toBe(2);
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
