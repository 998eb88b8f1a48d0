import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import type { MatchingRunSummary } from "../../../shared/contracts/matching";
import { buildUrl } from "../../api-client";
import { getLocale, t as translate } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { DataTable } from "../../ui/data-table";
import { EmptyState } from "../../ui/empty-state";
import { formatDateTime } from "../../ui/format";
import { formatScore, modeKeys, runStatusKeys } from "./matching-labels";

/** Numbers runs in the order they ran (the oldest is 1), given the list newest first. */
export function numberRuns(runs: readonly Pick<MatchingRunSummary, "id">[]): Map<string, number> {
  return new Map(runs.map((r, i) => [r.id, runs.length - i]));
}

/**
 * How a run is named in lists and choices: its number when known (runs of one minute look
 * alike otherwise), when it ran, and the facilitator's note.
 */
export function nameRun(
  run: Pick<MatchingRunSummary, "createdAt" | "note">,
  number?: number | undefined,
): string {
  const when = formatDateTime(run.createdAt);
  const label = number ? translate("matching:history.runName", { n: number, when }) : when;
  return run.note ? `${label} – ${run.note}` : label;
}

/** The href of a run's review page. */
export function runHref(initiativeId: string, runId: string): string {
  return `/initiatives/${initiativeId}/matching/runs/${runId}`;
}

type CompareFormProps = {
  initiativeId: string;
  runs: MatchingRunSummary[];
  /** The runs chosen at first (default: the two newest, older as A). */
  initial?: { a: string; b: string };
};

/** Chooses two runs and opens their comparison. */
export function CompareForm({ initiativeId, runs, initial }: CompareFormProps) {
  const t = useT();
  const { route } = useLocation();
  const [a, setA] = useState(initial?.a ?? runs[1]?.id ?? "");
  const [b, setB] = useState(initial?.b ?? runs[0]?.id ?? "");
  const numbers = numberRuns(runs);
  const options = runs.map((r) => (
    <option key={r.id} value={r.id}>
      {nameRun(r, numbers.get(r.id))}
    </option>
  ));
  return (
    <form
      class="compare-form"
      onSubmit={(e) => {
        e.preventDefault();
        route(buildUrl(`/initiatives/${initiativeId}/matching/compare`, { a, b }));
      }}
    >
      <div class="field">
        <label class="field__label" for="compare-a">
          {t("matching:history.runA")}
        </label>
        <select
          id="compare-a"
          class="select"
          value={a}
          onChange={(e) => setA(e.currentTarget.value)}
        >
          {options}
        </select>
      </div>
      <div class="field">
        <label class="field__label" for="compare-b">
          {t("matching:history.runB")}
        </label>
        <select
          id="compare-b"
          class="select"
          value={b}
          onChange={(e) => setB(e.currentTarget.value)}
        >
          {options}
        </select>
      </div>
      <Button type="submit" variant="secondary" disabled={!a || !b || a === b}>
        {t("matching:history.compare")}
      </Button>
    </form>
  );
}

/** Every run kept with its parameters and results, newest first; two can be compared. */
export function RunHistory({
  initiativeId,
  runs,
}: {
  initiativeId: string;
  runs: MatchingRunSummary[];
}) {
  const t = useT();
  const locale = getLocale();
  const numbers = numberRuns(runs);
  if (runs.length === 0) {
    return (
      <EmptyState
        level={3}
        title={t("matching:history.emptyTitle")}
        text={t("matching:history.emptyText")}
      />
    );
  }
  return (
    <>
      <DataTable
        caption={t("matching:history.caption")}
        isCaptionHidden
        columns={[
          t("matching:history.run"),
          t("matching:history.mode"),
          t("matching:history.status"),
          t("matching:history.matches"),
          t("matching:history.unmatched"),
          t("matching:history.total"),
        ]}
      >
        {runs.map((run) => (
          <tr key={run.id}>
            <td>
              <a href={runHref(initiativeId, run.id)}>{nameRun(run, numbers.get(run.id))}</a>
            </td>
            <td>
              {t(modeKeys[run.mode])}
              {run.groupSize ? ` (${run.groupSize})` : ""}
            </td>
            <td>
              {t(runStatusKeys[run.status])}
              {run.status === "published"
                ? ` – ${t("matching:history.answers", {
                    accepted: run.acceptedCount,
                    declined: run.declinedCount,
                  })}`
                : ""}
            </td>
            <td class="numeric">{run.matchCount}</td>
            <td class="numeric">{run.unmatchedCount}</td>
            <td class="numeric">{formatScore(run.totalScore, locale)}</td>
          </tr>
        ))}
      </DataTable>
      {runs.length > 1 ? <CompareForm initiativeId={initiativeId} runs={runs} /> : null}
    </>
  );
}
