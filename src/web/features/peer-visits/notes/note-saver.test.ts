import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MemoryDraftStore } from "./memory-draft-store";
import { type NoteDraft, readDraft } from "./note-drafts";
import { NoteSaver, type NoteSaverState } from "./note-saver";

class OfflineError extends Error {}

function setUp(overrides: { send?: (draft: NoteDraft) => Promise<number>; online?: boolean } = {}) {
  const store = new MemoryDraftStore();
  const shelf = { store, personId: "p1" };
  const sent: NoteDraft[] = [];
  const states: NoteSaverState[] = [];
  let isOnline = overrides.online ?? true;
  const send = vi.fn(
    overrides.send ??
      (async (draft: NoteDraft) => {
        sent.push(draft);
        return draft.version + 1;
      }),
  );
  const saver = new NoteSaver(
    {
      visitId: "v1",
      noteId: "n1",
      text: "",
      savedText: null,
      fields: {},
      savedFields: null,
      version: 0,
      updatedAt: "2026-03-01T10:00:00.000Z",
    },
    {
      shelf,
      send,
      isRetryable: (error) => error instanceof OfflineError,
      isOnline: () => isOnline,
      onChange: (state) => states.push(state),
      now: () => "2026-03-01T10:05:00.000Z",
      saveDelayMs: 500,
      retryDelaysMs: [1000, 3000],
    },
  );
  const setOnline = (value: boolean) => {
    isOnline = value;
  };
  return { shelf, sent, states, send, saver, setOnline };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("NoteSaver", () => {
  it("keeps every change on the device and saves once typing pauses", async () => {
    const { shelf, sent, saver } = setUp();
    saver.edit("Queue at");
    saver.edit("Queue at the permit desk");
    expect(readDraft(shelf, "v1", "n1")?.text).toBe("Queue at the permit desk");
    expect(saver.current.status).toBe("unsaved");
    await vi.advanceTimersByTimeAsync(500);
    expect(sent.map((d) => d.text)).toEqual(["Queue at the permit desk"]);
    expect(saver.current.status).toBe("saved");
    expect(readDraft(shelf, "v1", "n1")).toBeNull();
  });

  it("waits while the device is offline, keeps the text, and saves on retryNow", async () => {
    const { shelf, sent, saver, setOnline } = setUp({ online: false });
    saver.edit("Typed in the basement archive");
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toEqual([]);
    expect(saver.current.status).toBe("retrying");
    expect(readDraft(shelf, "v1", "n1")?.text).toBe("Typed in the basement archive");
    setOnline(true);
    saver.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((d) => d.text)).toEqual(["Typed in the basement archive"]);
    expect(saver.current.status).toBe("saved");
  });

  it("retries a dropped connection under the same note id, never as a new note", async () => {
    let failures = 2;
    const { sent, saver, send } = setUp({
      send: async (draft) => {
        if (failures > 0) {
          failures -= 1;
          throw new OfflineError("offline");
        }
        sent.push(draft);
        return 1;
      },
    });
    saver.edit("Bins emptied twice a week");
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.current.status).toBe("retrying");
    await vi.advanceTimersByTimeAsync(1000);
    expect(saver.current.status).toBe("retrying");
    await vi.advanceTimersByTimeAsync(3000);
    expect(saver.current.status).toBe("saved");
    expect(send).toHaveBeenCalledTimes(3);
    expect(new Set(send.mock.calls.map(([draft]) => draft.noteId))).toEqual(new Set(["n1"]));
    expect(sent).toHaveLength(1);
  });

  it("stops on a refusal, keeps the text on the device and reports the error", async () => {
    const refusal = new Error("forbidden");
    const { shelf, saver } = setUp({
      send: async () => {
        throw refusal;
      },
    });
    saver.edit("Note after the visit closed");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saver.current.status).toBe("failed");
    expect(saver.current.error).toBe(refusal);
    expect(readDraft(shelf, "v1", "n1")?.text).toBe("Note after the visit closed");
  });

  it("sends again when the author typed while a save was on its way", async () => {
    let release: () => void = () => {};
    const texts: string[] = [];
    const { saver } = setUp({
      send: (draft) => {
        texts.push(draft.text);
        return texts.length === 1
          ? new Promise<number>((resolve) => {
              release = () => resolve(1);
            })
          : Promise.resolve(2);
      },
    });
    saver.edit("First part");
    await vi.advanceTimersByTimeAsync(500);
    saver.edit("First part, second part");
    await vi.advanceTimersByTimeAsync(500);
    expect(texts).toEqual(["First part"]);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(texts).toEqual(["First part", "First part, second part"]);
    expect(saver.current.status).toBe("saved");
    expect(saver.current.draft.savedText).toBe("First part, second part");
  });

  it("sends the version the server last answered, and field changes alone", async () => {
    const { sent, saver } = setUp();
    saver.edit("Bins at the market", { kind: "note" });
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.current.draft.version).toBe(1);
    saver.edit("Bins at the market", { kind: "evidence" });
    await vi.advanceTimersByTimeAsync(500);
    expect(sent.map((d) => [d.version, d.fields.kind])).toEqual([
      [0, "note"],
      [1, "evidence"],
    ]);
    expect(saver.current).toMatchObject({ status: "saved", draft: { version: 2 } });
  });

  it("does not send a note emptied out, and keeps it unsaved", async () => {
    const { sent, saver } = setUp();
    saver.edit("Something");
    await vi.advanceTimersByTimeAsync(500);
    saver.edit("   ");
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent.map((d) => d.text)).toEqual(["Something"]);
    expect(saver.current.status).toBe("unsaved");
  });

  it("changes nothing after dispose", async () => {
    const { saver, send, states } = setUp();
    saver.edit("Half a thought");
    const seen = states.length;
    saver.dispose();
    await vi.advanceTimersByTimeAsync(5000);
    expect(send).not.toHaveBeenCalled();
    expect(states).toHaveLength(seen);
  });

  it("forgets the draft and stops when the author discards it", async () => {
    const { shelf, saver, send } = setUp({
      send: async () => {
        throw new Error("not found");
      },
    });
    saver.edit("Note of a deleted record");
    await vi.advanceTimersByTimeAsync(500);
    expect(readDraft(shelf, "v1", "n1")).not.toBeNull();
    saver.discard();
    saver.retryNow();
    await vi.advanceTimersByTimeAsync(5000);
    expect(readDraft(shelf, "v1", "n1")).toBeNull();
    expect(send).toHaveBeenCalledTimes(1);
  });
});
