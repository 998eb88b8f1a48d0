import { ApiError, errorKeyOf } from "../../api-client";
import { t } from "../../i18n/i18n";
import { showToast } from "../../ui/toast";

/** True for a 409 answer: someone changed the record since it was loaded. */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === "CONFLICT";
}

type ChangeOptions = {
  /** Reloads the activity: after success, and after a conflict so the latest version shows. */
  reload: () => unknown;
  /** Already translated confirmation shown after success. */
  doneText?: string;
  /** Message key for a 409 that is not a stale version (e.g. "already takes part"). */
  conflictKey?: string;
};

/**
 * Runs one change to an activity (a status, a role, a removal) and says how it went in a
 * toast. A stale-version conflict reloads the activity so the person sees what changed and can
 * redo their change; other failures keep the page as it was. Resolves true on success.
 */
export async function runChange(action: () => Promise<unknown>, options: ChangeOptions) {
  try {
    await action();
    if (options.doneText) showToast(options.doneText);
    await options.reload();
    return true;
  } catch (error) {
    if (isConflict(error)) {
      showToast(t(options.conflictKey ?? "activities:conflict.reloaded"));
      await options.reload();
    } else {
      showToast(t(errorKeyOf(error)));
    }
    return false;
  }
}
