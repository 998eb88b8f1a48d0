import type { MatchingRun } from "../../../shared/contracts/matching";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { formatDateTime } from "../../ui/format";
import { joinList } from "../intake/intake-labels";
import { nameMember } from "./match-card";
import { formatScore, issueKeys, runStatusKeys } from "./matching-labels";
import { runHref } from "./run-history";
import { ParameterFacts } from "./run-parameters";

function Issues({ run }: { run: MatchingRun }) {
  const t = useT();
  if (run.issues.length === 0) return null;
  const nameOf = (id: string) => {
    const known = [...run.matches.flatMap((m) => m.members), ...run.unmatched].find(
      (p) => p.personId === id,
    );
    return known ? nameMember(known) : "—";
  };
  return (
    <div class="notice notice--warning">
      <p>{t("matching:run.issuesIntro")}</p>
      <ul>
        {run.issues.map((issue) => (
          <li key={`${issue.code}:${issue.peerIds.join("+")}`}>
            {t(issueKeys[issue.code] ?? "matching:issue.other", {
              names: joinList(issue.peerIds.map(nameOf)),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Groups mode: the engine's score against its upper bound (no grouping can score more), as
 * `<dt>`/`<dd>` entries with a sentence on what that means; nothing in the pair modes, which
 * are solved exactly.
 */
function GroupBound({ run }: { run: MatchingRun }) {
  const t = useT();
  const { objective, upperBound, gap } = run.stats;
  if (upperBound === null || gap === null) return null;
  const locale = getLocale();
  const values = {
    objective: formatScore(objective, locale),
    bound: formatScore(upperBound, locale),
    gap: new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(gap),
  };
  return (
    <>
      <dt>{t("matching:run.bound")}</dt>
      <dd data-testid="run-bound">
        <div>
          {gap < 0.0005
            ? t("matching:run.boundReached", values)
            : t("matching:run.boundValue", values)}
        </div>
        <p class="muted matching-bound__hint">
          {t("matching:run.boundHint")}
          {run.parameters.lockedMatches.length > 0 ? ` ${t("matching:run.boundLocks")}` : null}
        </p>
      </dd>
    </>
  );
}

/** A run's status, parameters, totals and the engine's figures, with any input problems. */
export function RunOverview({ run, initiativeId }: { run: MatchingRun; initiativeId: string }) {
  const t = useT();
  const locale = getLocale();
  return (
    <section class="card" aria-labelledby="run-title">
      <h2 id="run-title" class="card__title">
        {t("matching:run.title", { when: formatDateTime(run.createdAt) })}
      </h2>
      <p>
        <span class={`status status--${run.status}`} data-testid="run-status">
          {t(runStatusKeys[run.status])}
        </span>{" "}
        {run.publishedAt
          ? t("matching:run.publishedAt", { when: formatDateTime(run.publishedAt) })
          : null}
      </p>
      {run.note ? <p class="prewrap">{run.note}</p> : null}
      <dl class="facts">
        <dt>{t("matching:run.totals")}</dt>
        <dd>
          {t("matching:run.totalsValue", {
            matches: run.matchCount,
            unmatched: run.unmatchedCount,
            total: formatScore(run.totalScore, locale),
          })}
        </dd>
        <GroupBound run={run} />
        <ParameterFacts parameters={run.parameters} />
        {run.basedOnRunId ? (
          <>
            <dt>{t("matching:run.basedOn")}</dt>
            <dd>
              <a href={runHref(initiativeId, run.basedOnRunId)}>{t("matching:run.basedOnLink")}</a>
            </dd>
          </>
        ) : null}
        {run.status !== "draft" ? (
          <>
            <dt>{t("matching:run.answers")}</dt>
            <dd>
              {t("matching:history.answers", {
                accepted: run.acceptedCount,
                declined: run.declinedCount,
              })}
            </dd>
          </>
        ) : null}
      </dl>
      <p class="muted">
        {t("matching:run.stats", {
          pool: run.stats.poolSize,
          edges: run.stats.candidateEdges,
          ms: Math.round(run.stats.durationMs),
        })}
      </p>
      <Issues run={run} />
    </section>
  );
}
