import { describe, expect, it } from "vitest";
import type { VisitNote } from "../../../shared/contracts/peer-visit-records";
import { checkFeedbackDraft, feedbackDraftValuesOf, groupByKind } from "./feedback-item-values";
import { newNoteDraft } from "./notes/note-drafts";
import { draftForEditing, groupNotes, recoveredDrafts, saveNoteBody } from "./notes-editing";
import { checkEntriesOf, checkFieldOf, checkFormOf, ratingGap } from "./peer-check-logic";
import {
  addPoint,
  removePoint,
  understandingBody,
  understandingFieldOf,
  understandingValuesOf,
} from "./understanding-values";

function note(overrides: Partial<VisitNote> = {}): VisitNote {
  return {
    id: "n1",
    kind: "note",
    criterion: null,
    text: "Seen at the depot",
    authorPersonId: "p1",
    authorName: "Erik",
    isMine: true,
    version: 2,
    createdAt: "2026-03-01T10:00:00.000Z",
    updatedAt: "2026-03-01T10:00:00.000Z",
    ...overrides,
  };
}

describe("notes", () => {
  it("sends a draft's kind, criterion and version, dropping an unknown criterion", () => {
    const draft = { ...newNoteDraft("v", { kind: "evidence", criterion: "resources" }), text: "x" };
    expect(saveNoteBody(draft)).toEqual({
      kind: "evidence",
      criterion: "resources",
      text: "x",
      version: 0,
    });
    const odd = { ...draft, fields: { kind: "weird", criterion: "nope" } };
    expect(saveNoteBody(odd)).toMatchObject({ kind: "note", criterion: null });
  });

  it("edits from the device's draft unless the server has a newer version", () => {
    const kept = { ...newNoteDraft("v", {}), noteId: "n1", text: "typed offline", version: 2 };
    expect(draftForEditing("v", note(), kept).text).toBe("typed offline");
    expect(draftForEditing("v", note({ version: 3 }), kept).text).toBe("Seen at the depot");
    expect(draftForEditing("v", note(), null)).toMatchObject({
      savedText: "Seen at the depot",
      fields: { kind: "note", criterion: "" },
    });
  });

  it("recovers new and own drafts, never a draft of someone else's note", () => {
    const mine = { ...newNoteDraft("v", {}), noteId: "n1" };
    const theirs = { ...newNoteDraft("v", {}), noteId: "n2" };
    const fresh = newNoteDraft("v", {});
    const notes = [note(), note({ id: "n2", isMine: false })];
    expect(recoveredDrafts([mine, theirs, fresh], notes).map((d) => d.noteId)).toEqual([
      "n1",
      fresh.noteId,
    ]);
  });

  it("groups notes by criterion in the self-assessment's order, loose ones last", () => {
    const groups = groupNotes(
      [
        note({ id: "a" }),
        note({ id: "b", criterion: "resources" }),
        note({ id: "c", criterion: "leadership_commitment" }),
        note({ id: "d", criterion: "resources" }),
      ],
      new Set(["d"]),
    );
    expect(groups.map((g) => [g.criterion, g.notes.map((n) => n.id)])).toEqual([
      ["leadership_commitment", ["c"]],
      ["resources", ["b"]],
      [null, ["a"]],
    ]);
  });
});

describe("peer check form", () => {
  it("round-trips entries and maps issue paths to fields", () => {
    const form = checkFormOf([{ criterion: "resources", rating: 2, comment: "Two trucks" }]);
    expect(form.resources).toEqual({ rating: "2", comment: "Two trucks" });
    expect(form.staff_capacity).toEqual({ rating: "", comment: "" });
    const entries = checkEntriesOf({ ...form, staff_capacity: { rating: "9", comment: " x " } });
    expect(entries).toHaveLength(6);
    expect(entries[1]).toEqual({ criterion: "staff_capacity", rating: null, comment: "x" });
    expect(entries[2]).toEqual({ criterion: "resources", rating: 2, comment: "Two trucks" });
    expect(checkFieldOf("entries.2.comment")).toBe("resources.comment");
    expect(checkFieldOf("version")).toBe("version");
    expect(ratingGap(2, 4)).toBe(2);
    expect(ratingGap(null, 4)).toBeNull();
  });
});

describe("feedback drafts", () => {
  it("requires a kind and a text", () => {
    expect(checkFeedbackDraft(feedbackDraftValuesOf(null))).toEqual({
      kind: "pv-records:feedback.kindRequired",
      text: "common:fieldError.required",
    });
    expect(checkFeedbackDraft({ kind: "idea", givenAs: "group", text: "Try a map" })).toEqual({});
  });

  it("groups items by kind in the fixed order", () => {
    const at = "2026-03-01T10:00:00.000Z";
    const groups = groupByKind([
      { kind: "idea" as const, createdAt: at },
      { kind: "strength" as const, createdAt: at },
    ]);
    expect(groups.map((g) => g.kind)).toEqual(["strength", "idea"]);
  });
});

describe("common understanding form", () => {
  it("fills a blank row with a suggestion, removes rows, and sends trimmed points", () => {
    let values = understandingValuesOf(null);
    expect(values).toEqual({ strengths: [""], weaknesses: [""], note: "" });
    values = addPoint(values, "weaknesses", "No tonnage per route");
    values = addPoint(values, "weaknesses", "Market day mismatch");
    values = addPoint(values, "strengths");
    expect(values.weaknesses).toEqual(["No tonnage per route", "Market day mismatch"]);
    expect(values.strengths).toEqual(["", ""]);
    expect(removePoint(values, "weaknesses", 0).weaknesses).toEqual(["Market day mismatch"]);
    expect(removePoint({ ...values, strengths: ["a"] }, "strengths", 0).strengths).toEqual([""]);
    const body = understandingBody({ ...values, strengths: [" Crews ", ""], note: " n " }, 7);
    expect(body).toEqual({
      agreedStrengths: ["Crews"],
      agreedWeaknesses: ["No tonnage per route", "Market day mismatch"],
      note: "n",
      version: 7,
    });
  });

  it("points an API issue at the row it came from, skipping blank rows", () => {
    const values = { strengths: ["", "second"], weaknesses: ["w"], note: "" };
    expect(understandingFieldOf(values, "agreedStrengths.0")).toBe("strengths.1");
    expect(understandingFieldOf(values, "agreedWeaknesses.0")).toBe("weaknesses.0");
    expect(understandingFieldOf(values, "note")).toBe("note");
  });
});
