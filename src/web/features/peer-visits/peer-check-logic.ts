import { readinessCriteria } from "../../../domain/peer-visit/readiness-criteria";
import type { ReadinessEntry } from "../../../shared/contracts/peer-visits";

/** What the peer check form holds per criterion: the rating as a select value ("" = none). */
export type CheckFormEntry = { rating: string; comment: string };
/** The whole form, by criterion. */
export type CheckForm = Record<string, CheckFormEntry>;

/** The form for a stored check (or a blank one), one entry per criterion. */
export function checkFormOf(entries: readonly ReadinessEntry[] | null): CheckForm {
  const form: CheckForm = {};
  for (const criterion of readinessCriteria) {
    const entry = entries?.find((e) => e.criterion === criterion);
    form[criterion] = {
      rating: entry?.rating ? String(entry.rating) : "",
      comment: entry?.comment ?? "",
    };
  }
  return form;
}

/** The entries to send for a form, in the self-assessment's order. */
export function checkEntriesOf(form: CheckForm): ReadinessEntry[] {
  return readinessCriteria.map((criterion) => {
    const entry = form[criterion] ?? { rating: "", comment: "" };
    const rating = Number.parseInt(entry.rating, 10);
    return {
      criterion,
      rating: rating >= 1 && rating <= 4 ? rating : null,
      comment: entry.comment.trim(),
    };
  });
}

/** The form field an API issue path points at (`entries.2.comment` -> `staff_capacity.comment`). */
export function checkFieldOf(path: string): string {
  const match = /^entries\.(\d+)\.(rating|comment)$/.exec(path);
  const criterion = match ? readinessCriteria[Number(match[1])] : undefined;
  return criterion && match ? `${criterion}.${match[2]}` : path;
}

/** How far a peer's rating differs from the host's (positive: the peer rates it higher). */
export function ratingGap(host: number | null, peer: number | null): number | null {
  return host === null || peer === null ? null : peer - host;
}
