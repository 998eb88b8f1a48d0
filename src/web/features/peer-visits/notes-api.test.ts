import { afterEach, describe, expect, it, vi } from "vitest";
import type { VisitNote } from "../../../shared/contracts/peer-visit-records";
import { ApiError } from "../../api-client";
import { newNoteDraft } from "./notes/note-drafts";
import { sendNoteDraft } from "./notes-api";

const visit = { initiativeId: "i1", activityId: "a1" };

type Call = { method: string; url: string; body: unknown };

function savedNote(id: string, version: number, isMine = true): VisitNote {
  return {
    id,
    kind: "note",
    criterion: null,
    text: "On the server",
    authorPersonId: "p1",
    authorName: "Erik",
    isMine,
    version,
    createdAt: "2026-03-01T10:00:00.000Z",
    updatedAt: "2026-03-01T10:00:00.000Z",
  };
}

/** A fake server: answers each request in turn and records what was sent. */
function serve(answers: Array<{ status: number; body: unknown }>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    calls.push({
      method: init.method ?? "GET",
      url,
      body: init.body ? JSON.parse(String(init.body)) : null,
    });
    const answer = answers.shift() ?? { status: 500, body: null };
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  });
  return calls;
}

const conflict = { status: 409, body: { error: { code: "CONFLICT", message: "stale" } } };

afterEach(() => vi.unstubAllGlobals());

describe("sendNoteDraft", () => {
  it("after a 409 re-reads the note's version and saves the author's text on top of it", async () => {
    const draft = { ...newNoteDraft("v1", { kind: "note" }), text: "Typed here", version: 2 };
    const calls = serve([
      conflict,
      { status: 200, body: { items: [savedNote(draft.noteId, 5)] } },
      { status: 200, body: { ...savedNote(draft.noteId, 6), text: "Typed here" } },
    ]);
    await expect(sendNoteDraft(visit, draft)).resolves.toBe(6);
    expect(calls.map((c) => c.method)).toEqual(["PUT", "GET", "PUT"]);
    expect(calls[2]?.body).toMatchObject({ text: "Typed here", version: 5 });
  });

  it("gives up with the refusal when the note is no longer the author's, or a 409 repeats", async () => {
    const draft = { ...newNoteDraft("v1", {}), text: "Typed here", version: 2 };
    serve([conflict, { status: 200, body: { items: [] } }]);
    await expect(sendNoteDraft(visit, draft)).rejects.toMatchObject({ status: 409 });
    serve([conflict, { status: 200, body: { items: [savedNote(draft.noteId, 3)] } }, conflict]);
    await expect(sendNoteDraft(visit, draft)).rejects.toBeInstanceOf(ApiError);
  });

  it("does not retry other refusals", async () => {
    const draft = { ...newNoteDraft("v1", {}), text: "Typed here" };
    const calls = serve([{ status: 404, body: { error: { code: "NOT_FOUND", message: "gone" } } }]);
    await expect(sendNoteDraft(visit, draft)).rejects.toMatchObject({ status: 404 });
    expect(calls).toHaveLength(1);
  });
});
