import type { PeerVisit } from "../../../shared/contracts/peer-visits";

/** The common understanding form: rows of agreed strengths and weaknesses, and a note. */
export type UnderstandingValues = { strengths: string[]; weaknesses: string[]; note: string };
/** Which list a row belongs to. */
export type AgreedList = "strengths" | "weaknesses";

/** The form for what is recorded (one empty row per list when nothing is). */
export function understandingValuesOf(
  recorded: PeerVisit["commonUnderstanding"],
): UnderstandingValues {
  const rows = (list: readonly string[] | undefined) =>
    list && list.length > 0 ? [...list] : [""];
  return {
    strengths: rows(recorded?.agreedStrengths),
    weaknesses: rows(recorded?.agreedWeaknesses),
    note: recorded?.note ?? "",
  };
}

/**
 * Adds a row to a list, filling the first empty row if there is one, so a suggestion taken
 * from a cluster does not leave a blank row above it. At most 20 rows (the API's limit).
 */
export function addPoint(
  values: UnderstandingValues,
  list: AgreedList,
  text = "",
): UnderstandingValues {
  const rows = values[list];
  const blank = text ? rows.findIndex((row) => row.trim() === "") : -1;
  if (blank >= 0) return { ...values, [list]: rows.map((row, i) => (i === blank ? text : row)) };
  if (rows.length >= 20) return values;
  return { ...values, [list]: [...rows, text] };
}

/** Removes one row (keeping one empty row when the last goes). */
export function removePoint(values: UnderstandingValues, list: AgreedList, index: number) {
  const rows = values[list].filter((_, i) => i !== index);
  return { ...values, [list]: rows.length > 0 ? rows : [""] };
}

/** Replaces one row's text. */
export function setPoint(
  values: UnderstandingValues,
  list: AgreedList,
  index: number,
  text: string,
) {
  return { ...values, [list]: values[list].map((row, i) => (i === index ? text : row)) };
}

/** The `PUT common-understanding` body: trimmed rows, blank ones left out. */
export function understandingBody(values: UnderstandingValues, version: number) {
  const clean = (rows: string[]) => rows.map((row) => row.trim()).filter(Boolean);
  return {
    agreedStrengths: clean(values.strengths),
    agreedWeaknesses: clean(values.weaknesses),
    note: values.note.trim(),
    version,
  };
}

/**
 * The form field an API issue path points at: `agreedStrengths.2` -> `strengths.<row>` where
 * the row is the index among the non-blank rows that were sent.
 */
export function understandingFieldOf(values: UnderstandingValues, path: string): string {
  const match = /^agreed(Strengths|Weaknesses)\.(\d+)/.exec(path);
  if (!match) return path === "note" ? "note" : path;
  const list: AgreedList = match[1] === "Strengths" ? "strengths" : "weaknesses";
  const sent = values[list].map((row, i) => ({ row, i })).filter(({ row }) => row.trim());
  return `${list}.${sent[Number(match[2])]?.i ?? 0}`;
}
