import { useLocation } from "preact-iso";
import type { MatchingRun } from "../../../shared/contracts/matching";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { EmptyState } from "../../ui/empty-state";
import { LoadError, Loading } from "../../ui/load-status";
import { showToast } from "../../ui/toast";
import { InitiativeFrame, useInitiative } from "../initiatives/initiative-frame";
import { useMatchingDefaults, usePeers, useRuns } from "./matching-data";
import { ParametersForm } from "./parameters-form";
import { toParameterValues } from "./parameters-values";
import { RunHistory, runHref } from "./run-history";

function NewRunSection({ initiativeId }: { initiativeId: string }) {
  const t = useT();
  const { route } = useLocation();
  const defaults = useMatchingDefaults(initiativeId);
  const peers = usePeers(initiativeId);
  const error = defaults.error ?? peers.error;
  if (error) return <LoadError error={error} onRetry={() => void defaults.reload()} />;
  if (!defaults.data || !peers.data) return <Loading />;
  const { respondentCount, peerCount } = defaults.data;
  return (
    <section class="card" aria-labelledby="new-run-title">
      <h2 id="new-run-title" class="card__title">
        {t("matching:page.newRun")}
      </h2>
      <p data-testid="matching-pool">
        {t("matching:page.pool", { answered: respondentCount, count: peerCount })}{" "}
        {respondentCount < peerCount ? (
          <a href={`/initiatives/${initiativeId}/intake`}>{t("matching:page.seeAnswers")}</a>
        ) : null}
      </p>
      <ParametersForm
        idPrefix="new-run"
        defaults={defaults.data}
        peers={peers.data}
        initial={toParameterValues(defaults.data)}
        submitLabel={t("matching:page.run")}
        onSubmit={async (body) => {
          const run = await api.post<MatchingRun>(
            `/api/initiatives/${initiativeId}/matching/runs`,
            body,
          );
          showToast(t("matching:page.ran", { count: run.matchCount }));
          route(runHref(initiativeId, run.id));
        }}
      />
    </section>
  );
}

function MatchingWorkspace({ initiativeId }: { initiativeId: string }) {
  const t = useT();
  const runs = useRuns(initiativeId);
  return (
    <>
      <p class="lead">{t("matching:page.intro")}</p>
      <section class="section" aria-labelledby="runs-title">
        <h2 id="runs-title">{t("matching:history.title")}</h2>
        {runs.error ? <LoadError error={runs.error} onRetry={() => void runs.reload()} /> : null}
        {runs.data ? (
          <RunHistory initiativeId={initiativeId} runs={runs.data.items} />
        ) : (
          <Loading />
        )}
      </section>
      <NewRunSection initiativeId={initiativeId} />
    </>
  );
}

/** What members other than facilitators see here: where their own part of matching is. */
export function FacilitatorsOnly({
  initiativeId,
  isPeer,
}: {
  initiativeId: string;
  isPeer: boolean;
}) {
  const t = useT();
  return (
    <EmptyState
      title={t("matching:page.onlyFacilitatorsTitle")}
      text={t("matching:page.onlyFacilitatorsText")}
    >
      {isPeer ? (
        <a href={`/initiatives/${initiativeId}/my-match`}>{t("matching:page.toMyMatch")}</a>
      ) : null}
    </EmptyState>
  );
}

/**
 * The facilitator's matching: choose how to match and run it; every run is kept with its
 * parameters and results, to review, compare and publish.
 */
export function MatchingPage({ id }: { id: string }) {
  const initiative = useInitiative(id);
  return (
    <InitiativeFrame id={id} section="matching" initiative={initiative}>
      {(data) =>
        data.myRole === "facilitator" ? (
          <MatchingWorkspace initiativeId={id} />
        ) : (
          <FacilitatorsOnly initiativeId={id} isPeer={data.myRole === "peer"} />
        )
      }
    </InitiativeFrame>
  );
}
