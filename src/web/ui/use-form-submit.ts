import { useState } from "preact/hooks";
import { ApiError, errorKeyOf, fieldIssueKeys } from "../api-client";
import type { SummaryItem } from "./error-summary";

/** Field name -> i18n key of its error message. */
export type FieldErrorKeys = Record<string, string>;

type SubmitOptions = {
  /** Renames API issue paths to field names (e.g. `scoping.goals` -> `goals`). */
  fieldFor?: (path: string) => string;
  /** A page-specific message key for some failures (e.g. 401 on sign-in); undefined = generic. */
  messageKeyFor?: (error: unknown) => string | undefined;
};

/**
 * State of one form's submission: busy flag, per-field error keys, a general error key and an
 * attempt counter (moves focus to the error summary after each failed try).
 */
export function useFormSubmit(options: SubmitOptions = {}) {
  const [isBusy, setBusy] = useState(false);
  const [fieldKeys, setFieldKeys] = useState<FieldErrorKeys>({});
  const [messageKey, setMessageKey] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  function fail(fields: FieldErrorKeys, message: string | null) {
    setFieldKeys(fields);
    setMessageKey(message);
    setAttempt((n) => n + 1);
  }

  /** Runs `action` unless `validate` finds problems; maps a failed API answer onto the form. */
  async function run(
    action: () => Promise<void>,
    validate?: () => FieldErrorKeys,
  ): Promise<boolean> {
    const problems = validate?.() ?? {};
    if (Object.keys(problems).length > 0) {
      fail(problems, null);
      return false;
    }
    setBusy(true);
    try {
      await action();
      setFieldKeys({});
      setMessageKey(null);
      return true;
    } catch (error) {
      const fields = fieldIssueKeys(error, options.fieldFor);
      const custom = options.messageKeyFor?.(error);
      const hasFields =
        Object.keys(fields).length > 0 && error instanceof ApiError && error.code === "INVALID";
      fail(fields, custom ?? (hasFields ? null : errorKeyOf(error)));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { isBusy, fieldKeys, messageKey, attempt, run, fail };
}

/** Summary links for the fields that have errors, in the order the form shows them. */
export function summaryItemsOf(
  fieldKeys: FieldErrorKeys,
  fields: { name: string; id: string; label: string }[],
  translate: (key: string) => string,
): SummaryItem[] {
  return fields
    .filter((f) => fieldKeys[f.name])
    .map((f) => ({ fieldId: f.id, message: `${f.label}: ${translate(fieldKeys[f.name] ?? "")}` }));
}

/** Error keys for required fields left empty. */
export function requireFilled(values: Record<string, string>, names: string[]): FieldErrorKeys {
  const result: FieldErrorKeys = {};
  for (const name of names) {
    if (!(values[name] ?? "").trim()) result[name] = "common:fieldError.required";
  }
  return result;
}
