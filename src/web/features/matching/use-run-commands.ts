import { useState } from "preact/hooks";
import type { MatchingRun } from "../../../shared/contracts/matching";
import { ApiError, errorKeyOf, requestJson } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { showToast } from "../../ui/toast";
import type { Resource } from "../../ui/use-resource";

/** The outcome of a command: done, or refused with the API's error (for a dialog to show). */
export type CommandOutcome = { ok: true; run: MatchingRun } | { ok: false; error: unknown };

/**
 * Sends commands that change a run (lock, break, swap, publish) and shows their outcome: the
 * answered run replaces the shown one; a stale version says so and reloads; a refusal with
 * field issues is handed back to the caller to show where it was asked.
 */
export function useRunCommands(initiativeId: string, runId: string, run: Resource<MatchingRun>) {
  const t = useT();
  const [isBusy, setBusy] = useState(false);
  const base = `/api/initiatives/${initiativeId}/matching/runs/${runId}`;
  async function send(
    method: "POST" | "PATCH",
    path: string,
    body: object,
    doneKey: string | null,
  ): Promise<CommandOutcome> {
    setBusy(true);
    try {
      const answer = await requestJson<MatchingRun>(method, `${base}${path}`, body);
      run.setData(answer);
      if (doneKey) showToast(t(doneKey));
      return { ok: true, run: answer };
    } catch (error) {
      const isRefusal = error instanceof ApiError && error.code === "INVALID";
      if (!isRefusal) {
        const isStale = error instanceof ApiError && error.code === "CONFLICT";
        showToast(t(isStale ? "matching:run.conflict" : errorKeyOf(error)));
        if (isStale) void run.reload();
      }
      return { ok: false, error };
    } finally {
      setBusy(false);
    }
  }
  return { isBusy, send };
}
