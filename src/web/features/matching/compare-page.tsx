import { useLocation } from "preact-iso";
import type { MatchingRun } from "../../../shared/contracts/matching";
import type { RunComparison } from "../../../shared/contracts/matching-compare";
import { api } from "../../api-client";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { DataTable } from "../../ui/data-table";
import { LoadError, Loading } from "../../ui/load-status";
import { useResource } from "../../ui/use-resource";
import { InitiativeFrame, useInitiative } from "../initiatives/initiative-frame";
import { joinList } from "../intake/intake-labels";
import { CompareParameters } from "./compare-parameters";
import { nameMember } from "./match-card";
import { useRuns } from "./matching-data";
import { formatScore, runStatusKeys } from "./matching-labels";
import { FacilitatorsOnly } from "./matching-page";
import { CompareForm, nameRun, numberRuns, runHref } from "./run-history";

type Compared = RunComparison["inBoth"][number];

function MatchGroup(props: { id: string; title: string; items: Compared[]; emptyKey: string }) {
  const t = useT();
  const locale = getLocale();
  const score = (value: number | null) => (value === null ? "—" : formatScore(value, locale));
  return (
    <section class="card" aria-labelledby={props.id}>
      <h3 id={props.id} class="card__title">
        {props.title}
      </h3>
      {props.items.length === 0 ? (
        <p class="muted">{t(props.emptyKey)}</p>
      ) : (
        <ul class="compare-list">
          {props.items.map((m) => (
            <li key={m.members.map((x) => x.personId).join("+")}>
              <strong>{joinList(m.members.map(nameMember))}</strong>
              <span class="muted">
                {" "}
                – {t("matching:compare.scores", { a: score(m.scoreA), b: score(m.scoreB) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type ComparisonProps = {
  initiativeId: string;
  diff: RunComparison;
  /** Run numbers, once the run list has loaded. */
  numbers: ReadonlyMap<string, number>;
  /** Both runs in full (for their settings), once loaded. */
  full: { a: MatchingRun; b: MatchingRun } | null;
};

function Comparison({ initiativeId, diff, numbers, full }: ComparisonProps) {
  const t = useT();
  const locale = getLocale();
  const gap = diff.totalScoreB - diff.totalScoreA;
  const verdict =
    Math.abs(gap) < 1e-9
      ? t("matching:compare.same")
      : t(gap > 0 ? "matching:compare.bHigher" : "matching:compare.aHigher", {
          value: formatScore(Math.abs(gap), locale),
        });
  const row = (label: string, a: string, b: string) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{a}</td>
      <td>{b}</td>
    </tr>
  );
  const { a, b } = diff;
  return (
    <>
      <DataTable
        caption={t("matching:compare.caption")}
        columns={[
          t("matching:compare.fact"),
          t("matching:history.runA"),
          t("matching:history.runB"),
        ]}
      >
        <tr>
          <th scope="row">{t("matching:history.run")}</th>
          <td>
            <a href={runHref(initiativeId, a.id)}>{nameRun(a, numbers.get(a.id))}</a>
          </td>
          <td>
            <a href={runHref(initiativeId, b.id)}>{nameRun(b, numbers.get(b.id))}</a>
          </td>
        </tr>
        {row(t("matching:history.status"), t(runStatusKeys[a.status]), t(runStatusKeys[b.status]))}
        {row(t("matching:history.matches"), String(a.matchCount), String(b.matchCount))}
        {row(t("matching:history.unmatched"), String(a.unmatchedCount), String(b.unmatchedCount))}
        {row(
          t("matching:history.total"),
          formatScore(diff.totalScoreA, locale),
          formatScore(diff.totalScoreB, locale),
        )}
      </DataTable>
      <p data-testid="compare-verdict">
        <strong>{verdict}</strong>
      </p>
      {full ? <CompareParameters a={full.a.parameters} b={full.b.parameters} /> : <Loading />}
      <MatchGroup
        id="compare-both"
        title={t("matching:compare.inBoth", { count: diff.inBoth.length })}
        items={diff.inBoth}
        emptyKey="matching:compare.noneInBoth"
      />
      <div class="two-columns">
        <MatchGroup
          id="compare-only-a"
          title={t("matching:compare.onlyA", { count: diff.onlyInA.length })}
          items={diff.onlyInA}
          emptyKey="matching:compare.noneOnly"
        />
        <MatchGroup
          id="compare-only-b"
          title={t("matching:compare.onlyB", { count: diff.onlyInB.length })}
          items={diff.onlyInB}
          emptyKey="matching:compare.noneOnly"
        />
      </div>
    </>
  );
}

/** Both runs in full, for their settings (the comparison itself only carries summaries). */
function useBothRuns(initiativeId: string, a: string, b: string) {
  const get = (runId: string) =>
    api.get<MatchingRun>(`/api/initiatives/${initiativeId}/matching/runs/${runId}`);
  return useResource(`matching-compare-runs:${a}:${b}`, async () => {
    if (!a || !b) return null;
    const [runA, runB] = await Promise.all([get(a), get(b)]);
    return { a: runA, b: runB };
  });
}

function CompareView({ initiativeId }: { initiativeId: string }) {
  const t = useT();
  const { query } = useLocation();
  const a = query.a ?? "";
  const b = query.b ?? "";
  const diff = useResource(`matching-compare:${a}:${b}`, () =>
    api.get<RunComparison>(`/api/initiatives/${initiativeId}/matching/compare`, { a, b }),
  );
  const runs = useRuns(initiativeId);
  const full = useBothRuns(initiativeId, a, b);
  const error = diff.error ?? full.error;
  return (
    <>
      <p>
        <a href={`/initiatives/${initiativeId}/matching`}>{t("matching:run.allRuns")}</a>
      </p>
      <section class="section" aria-labelledby="compare-title">
        <h2 id="compare-title">{t("matching:compare.title")}</h2>
        {runs.data && runs.data.items.length > 1 ? (
          <CompareForm
            key={`${a}:${b}`}
            initiativeId={initiativeId}
            runs={runs.data.items}
            initial={{ a, b }}
          />
        ) : null}
        {error ? <LoadError error={error} /> : null}
        {diff.data && !error ? (
          <Comparison
            initiativeId={initiativeId}
            diff={diff.data}
            numbers={numberRuns(runs.data?.items ?? [])}
            full={full.data}
          />
        ) : diff.isLoading ? (
          <Loading />
        ) : null}
      </section>
    </>
  );
}

/**
 * Two runs side by side: totals, the settings each used (differences marked), the matches both
 * made, and those only one of them made.
 */
export function ComparePage({ id }: { id: string }) {
  const initiative = useInitiative(id);
  return (
    <InitiativeFrame id={id} section="matching" initiative={initiative}>
      {(data) =>
        data.myRole === "facilitator" ? (
          <CompareView initiativeId={id} />
        ) : (
          <FacilitatorsOnly initiativeId={id} isPeer={data.myRole === "peer"} />
        )
      }
    </InitiativeFrame>
  );
}
