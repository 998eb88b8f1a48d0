import {
  type ReadinessCriterion,
  readinessCriteria,
} from "../../../domain/peer-visit/readiness-criteria";
import type {
  PeerVisit,
  ReadinessEntry,
  UpdatePreparation,
} from "../../../shared/contracts/peer-visits";
import type { FieldErrorKeys } from "../../ui/use-form-submit";

/** One readiness criterion as the form holds it: the rating as text ("" = not rated yet). */
export type ReadinessValue = { criterion: ReadinessCriterion; rating: string; comment: string };
/** One timeline row; `rowKey` keeps the row's identity while rows are added and removed. */
export type MilestoneValue = { rowKey: string; label: string; dueOn: string };
/** One "who does what" row. */
export type ResponsibilityValue = { rowKey: string; personId: string; task: string };

/** What the preparation form edits. */
export type PreparationValues = {
  areaToImprove: string;
  readiness: ReadinessValue[];
  timeline: MilestoneValue[];
  responsibilities: ResponsibilityValue[];
};

/**
 * Which parts the form may send: the area and the readiness self-assessment only while the
 * visit is in preparation; the timeline and the responsibilities also during the visit.
 */
export type EditableParts = { isChoiceEditable: boolean };

/** The parts the server lets hosts and facilitators change in `phase`. */
export function editablePartsOf(phase: PeerVisit["phase"]): EditableParts {
  return { isChoiceEditable: phase === "preparation" };
}

let rowCounter = 0;

/** A key for a new row, unique within the page's life. */
export function newRowKey(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

/** The form's starting values from the visit as loaded: one readiness entry per criterion. */
export function preparationValuesOf(visit: PeerVisit): PreparationValues {
  return {
    areaToImprove: visit.areaToImprove,
    readiness: readinessCriteria.map((criterion) => {
      const entry = visit.readiness.find((e) => e.criterion === criterion);
      return {
        criterion,
        rating: entry?.rating ? String(entry.rating) : "",
        comment: entry?.comment ?? "",
      };
    }),
    timeline: visit.timeline.map((m) => ({
      rowKey: newRowKey(),
      label: m.label,
      dueOn: m.dueOn ?? "",
    })),
    responsibilities: visit.responsibilities.map((r) => ({
      rowKey: newRowKey(),
      personId: r.personId,
      task: r.task,
    })),
  };
}

function toRating(text: string): ReadinessEntry["rating"] {
  const rating = Number.parseInt(text, 10);
  return rating >= 1 && rating <= 4 ? rating : null;
}

/** The `PATCH …/preparation` body: the editable parts, trimmed, with the version seen. */
export function preparationBodyOf(
  values: PreparationValues,
  parts: EditableParts,
  version: number,
): UpdatePreparation {
  const body: UpdatePreparation = {
    timeline: values.timeline.map((m) => ({ label: m.label.trim(), dueOn: m.dueOn || null })),
    responsibilities: values.responsibilities.map((r) => ({
      personId: r.personId,
      task: r.task.trim(),
    })),
    version,
  };
  if (parts.isChoiceEditable) {
    body.areaToImprove = values.areaToImprove.trim();
    body.readiness = values.readiness.map((r) => ({
      criterion: r.criterion,
      rating: toRating(r.rating),
      comment: r.comment.trim(),
    }));
  }
  return body;
}

/** Required fields left empty, keyed by the API's issue paths (`timeline.0.label` …). */
export function validatePreparation(values: PreparationValues): FieldErrorKeys {
  const problems: FieldErrorKeys = {};
  values.timeline.forEach((m, index) => {
    if (!m.label.trim()) problems[`timeline.${index}.label`] = "common:fieldError.required";
  });
  values.responsibilities.forEach((r, index) => {
    if (!r.personId) problems[`responsibilities.${index}.personId`] = "common:fieldError.required";
    if (!r.task.trim()) problems[`responsibilities.${index}.task`] = "common:fieldError.required";
  });
  return problems;
}

/**
 * The control id for an API issue path: `areaToImprove` -> `prep-areaToImprove`,
 * `readiness.2.rating` -> `prep-readiness-2-rating`. The error summary links to these ids.
 */
export function preparationFieldId(path: string): string {
  return `prep-${path.replaceAll(".", "-")}`;
}

/** How many criteria have a rating, out of all. */
export function countRated(readiness: readonly ReadinessValue[]): { rated: number; total: number } {
  return { rated: readiness.filter((r) => r.rating !== "").length, total: readiness.length };
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The form's values rebased onto a newer version of the visit (`fresh`): what the editor changed
 * since `base` (the version the form last started from) is kept on top, everything else comes
 * from `fresh`. The readiness criteria are merged one by one, so someone else's rating of
 * another criterion is not lost.
 */
export function mergePreparationEdits(
  base: PreparationValues,
  edited: PreparationValues,
  fresh: PreparationValues,
): PreparationValues {
  const pick = <K extends keyof PreparationValues>(key: K) =>
    sameValue(base[key], edited[key]) ? fresh[key] : edited[key];
  return {
    areaToImprove: pick("areaToImprove"),
    readiness: fresh.readiness.map((latest) => {
      const mine = edited.readiness.find((r) => r.criterion === latest.criterion);
      const before = base.readiness.find((r) => r.criterion === latest.criterion);
      return mine && !sameValue(mine, before) ? mine : latest;
    }),
    timeline: pick("timeline"),
    responsibilities: pick("responsibilities"),
  };
}
