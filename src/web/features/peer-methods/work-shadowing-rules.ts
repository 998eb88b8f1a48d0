import type { AgendaItem } from "../../../shared/contracts/activity-items";
import type { WorkShadowing } from "../../../shared/contracts/work-shadowing";

/** One observation or idea, as the GET answer carries it. */
export type ShadowingEntry = WorkShadowing["entries"][number];
/** What a visitor writes: an observation, or an idea to take home. */
export type ShadowingEntryKind = ShadowingEntry["kind"];
/** A plan warning of the GET answer. */
export type ShadowingWarning = WorkShadowing["warnings"][number];

/** Heading key per entry kind, in the order the page shows them. */
export const entryKindKeys: Record<ShadowingEntryKind, string> = {
  observation: "shadowing:entries.kind.observation",
  idea: "shadowing:entries.kind.idea",
};

/** Message key per plan warning code (`params` carry `count` and `max`). */
export const warningKeys: Record<ShadowingWarning["code"], string> = {
  too_many_visitors: "shadowing:warning.too_many_visitors",
  too_long: "shadowing:warning.too_long",
  no_counterpart: "shadowing:warning.no_counterpart",
  no_visitor: "shadowing:warning.no_visitor",
};

/** The entry kinds in page order (the contract's `shadowingEntryKinds`; no zod in the bundle). */
export const entryKinds = Object.keys(entryKindKeys) as ShadowingEntryKind[];

/** The entries of each kind, oldest first, every kind present (empty when none). */
export function groupEntriesByKind(
  entries: readonly ShadowingEntry[],
): { kind: ShadowingEntryKind; entries: ShadowingEntry[] }[] {
  return entryKinds.map((kind) => ({
    kind,
    entries: entries
      .filter((entry) => entry.kind === kind)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
  }));
}

/**
 * The body of an idempotent entry save: the version the client last saw, 0 for an entry it
 * created itself and has not seen saved yet (so a retry after a lost answer never duplicates).
 */
export function entrySaveBody(
  draft: { kind: ShadowingEntryKind; text: string },
  saved: Pick<ShadowingEntry, "version"> | null,
): { kind: ShadowingEntryKind; text: string; version: number } {
  return { kind: draft.kind, text: draft.text.trim(), version: saved ? saved.version : 0 };
}

/** One day of the programme: its items in time order; `dayOn` null for items not fixed yet. */
export type ProgrammeDay = { dayOn: string | null; items: AgendaItem[] };

function compareItems(a: AgendaItem, b: AgendaItem): number {
  const timeA = a.startTime ?? "99:99";
  const timeB = b.startTime ?? "99:99";
  return timeA.localeCompare(timeB) || a.position - b.position;
}

/** The programme by day, days in date order and the unfixed items last. */
export function groupProgrammeByDay(items: readonly AgendaItem[]): ProgrammeDay[] {
  const days = new Map<string | null, AgendaItem[]>();
  for (const item of items) days.set(item.dayOn, [...(days.get(item.dayOn) ?? []), item]);
  return [...days.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([dayOn, dayItems]) => ({ dayOn, items: dayItems.sort(compareItems) }));
}
