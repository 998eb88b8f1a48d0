import type { ImprovementActionStatus } from "../../../domain/peer-visit/phase-gates";
import type { ImprovementAction } from "../../../shared/contracts/peer-visit-records";
import { type FieldErrorKeys, requireFilled } from "../../ui/use-form-submit";

/** What the improvement action form edits (dates as `YYYY-MM-DD` text, "" = none). */
export type ActionValues = {
  title: string;
  basedOn: string;
  ownerName: string;
  dueOn: string;
  status: ImprovementActionStatus;
  progressNote: string;
};

/** The form's values: an existing action's, or empty ones for a new action. */
export function actionValuesOf(action: ImprovementAction | null): ActionValues {
  return {
    title: action?.title ?? "",
    basedOn: action?.basedOn ?? "",
    ownerName: action?.ownerName ?? "",
    dueOn: action?.dueOn ?? "",
    status: action?.status ?? "planned",
    progressNote: action?.progressNote ?? "",
  };
}

/** The fields as the API takes them, trimmed; no date is `null`. */
function toFields(values: ActionValues) {
  return {
    title: values.title.trim(),
    basedOn: values.basedOn.trim(),
    ownerName: values.ownerName.trim(),
    dueOn: values.dueOn || null,
    status: values.status,
    progressNote: values.progressNote.trim(),
  };
}

/** The `POST …/improvement-actions` body. */
export function createActionBodyOf(values: ActionValues) {
  return toFields(values);
}

/** The `PATCH …/improvement-actions/:id` body: only the fields that changed, with the version. */
export function updateActionBodyOf(values: ActionValues, action: ImprovementAction) {
  const next = toFields(values);
  const before = toFields(actionValuesOf(action));
  const changed: Partial<ReturnType<typeof toFields>> = {};
  for (const name of Object.keys(next) as (keyof typeof next)[]) {
    if (next[name] !== before[name]) Object.assign(changed, { [name]: next[name] });
  }
  return { ...changed, version: action.version };
}

/** Title and owner are required. */
export function validateAction(values: ActionValues): FieldErrorKeys {
  return requireFilled({ title: values.title, ownerName: values.ownerName }, [
    "title",
    "ownerName",
  ]);
}

/**
 * The values rebased onto a newer version of the record (`fresh`): each field the editor changed
 * since `base` (the version the form started from) keeps the typed value; the others take the
 * latest saved one. Used after a stale-version conflict so typed changes survive the reload.
 */
export function keepEdits<T extends Record<string, unknown>>(base: T, edited: T, fresh: T): T {
  const merged = { ...fresh };
  for (const key of Object.keys(edited) as (keyof T)[]) {
    if (edited[key] !== base[key]) merged[key] = edited[key];
  }
  return merged;
}
