import { describe, expect, it } from "vitest";
import type { AgendaItem } from "../../../shared/contracts/activity-items";
import {
  entryKinds,
  entrySaveBody,
  groupEntriesByKind,
  groupProgrammeByDay,
  type ShadowingEntry,
} from "./work-shadowing-rules";

function entry(id: string, kind: ShadowingEntry["kind"], createdAt: string): ShadowingEntry {
  return {
    id,
    kind,
    text: `text ${id}`,
    authorPersonId: "p",
    authorName: "Erik",
    isMine: true,
    version: 1,
    createdAt,
    updatedAt: createdAt,
  };
}

function item(
  id: string,
  dayOn: string | null,
  startTime: string | null,
  position = 0,
): AgendaItem {
  return { id, dayOn, startTime, endTime: null, title: id, notes: "", position, version: 1 };
}

describe("groupEntriesByKind", () => {
  it("gives every kind in page order, each oldest first", () => {
    const groups = groupEntriesByKind([
      entry("b", "idea", "2026-03-02T10:00:00Z"),
      entry("c", "observation", "2026-03-02T09:00:00Z"),
      entry("a", "observation", "2026-03-01T09:00:00Z"),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(["observation", "idea"]);
    expect(groups[0]?.entries.map((e) => e.id)).toEqual(["a", "c"]);
    expect(groups[1]?.entries.map((e) => e.id)).toEqual(["b"]);
  });

  it("keeps a kind with no entries as an empty group", () => {
    const groups = groupEntriesByKind([entry("a", "idea", "2026-03-01T09:00:00Z")]);
    expect(groups.find((g) => g.kind === "observation")?.entries).toEqual([]);
    expect(entryKinds).toEqual(["observation", "idea"]);
  });
});

describe("entrySaveBody", () => {
  it("sends version 0 for an entry the browser created and never saw saved", () => {
    expect(entrySaveBody({ kind: "idea", text: "  Try a queue ticket  " }, null)).toEqual({
      kind: "idea",
      text: "Try a queue ticket",
      version: 0,
    });
  });

  it("sends the version last seen when editing", () => {
    expect(entrySaveBody({ kind: "observation", text: "x" }, { version: 4 }).version).toBe(4);
  });
});

describe("groupProgrammeByDay", () => {
  it("orders days by date with open items last, and items by time then position", () => {
    const days = groupProgrammeByDay([
      item("open", null, null),
      item("d2-late", "2026-03-02", "14:00"),
      item("d1-untimed", "2026-03-01", null),
      item("d1-b", "2026-03-01", "09:00", 2),
      item("d1-a", "2026-03-01", "09:00", 1),
      item("d2-early", "2026-03-02", "08:30"),
    ]);
    expect(days.map((d) => d.dayOn)).toEqual(["2026-03-01", "2026-03-02", null]);
    expect(days[0]?.items.map((i) => i.id)).toEqual(["d1-a", "d1-b", "d1-untimed"]);
    expect(days[1]?.items.map((i) => i.id)).toEqual(["d2-early", "d2-late"]);
    expect(days[2]?.items.map((i) => i.id)).toEqual(["open"]);
  });

  it("gives no days for an empty programme", () => {
    expect(groupProgrammeByDay([])).toEqual([]);
  });
});
