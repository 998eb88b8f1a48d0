import type { FieldErrorKeys } from "../../ui/use-form-submit";
import { requireFilled } from "../../ui/use-form-submit";

/** Checks a new password and its repetition before sending: both filled in and the same. */
export function checkNewPassword(
  values: Record<string, string>,
  password: string,
  confirm: string,
): FieldErrorKeys {
  const problems = requireFilled(values, [password, confirm]);
  if (!problems[confirm] && values[password] !== values[confirm])
    problems[confirm] = "common:password.mismatch";
  return problems;
}
