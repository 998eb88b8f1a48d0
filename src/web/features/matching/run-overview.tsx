import type { MatchingRun } from "../../../shared/contracts/matching";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { formatDateTime } from "../../ui/format";
import { joinList } from "../intake/intake-labels";
import { nameMember } from "./match-card";
import {
  criterionLabelKeys,
  criterionOrder,
  formatScore,
  issueKeys,
  modeKeys,
  runStatusKeys,
  separationKeys,
} from "./matching-labels";
import { runHref } from "./run-history";

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

/** A run's status, parameters, totals and the engine's figures, with any input problems. */
export function RunOverview({ run, initiativeId }: { run: MatchingRun; initiativeId: string }) {
  const t = useT();
  const locale = getLocale();
  const p = run.parameters;
  const mode =
    p.mode === "groups"
      ? t("matching:run.groupsOf", { count: p.groupSize ?? 0 })
      : p.mode === "learner-champion"
        ? t("matching:run.perChampion", { count: p.championCapacity })
        : t(modeKeys[p.mode]);
  const weights = criterionOrder
    .map((k) => `${t(criterionLabelKeys[k].label)} ${formatScore(p.weights[k], locale)}`)
    .join("; ");
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
        <dt>{t("matching:history.mode")}</dt>
        <dd>{mode}</dd>
        <dt>{t("matching:run.totals")}</dt>
        <dd>
          {t("matching:run.totalsValue", {
            matches: run.matchCount,
            unmatched: run.unmatchedCount,
            total: formatScore(run.totalScore, locale),
          })}
        </dd>
        <dt>{t("matching:form.weights")}</dt>
        <dd>{weights}</dd>
        <dt>{t("matching:form.separation")}</dt>
        <dd>{t(separationKeys[p.separation])}</dd>
        <dt>{t("matching:run.pairRules")}</dt>
        <dd>
          {t("matching:run.pairRulesValue", {
            forbidden: p.forbiddenPairs.length + p.declinedPairs.length,
            required: p.requiredPairs.length,
            locks: p.lockedMatches.length,
          })}
        </dd>
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
