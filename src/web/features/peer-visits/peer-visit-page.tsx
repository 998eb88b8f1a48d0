import { useCallback, useRef } from "preact/hooks";
import { phaseKey } from "../../../domain/peer-visit/message-keys";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { api } from "../../api-client";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { formatDate } from "../../ui/format";
import { Loading } from "../../ui/load-status";
import { showToast } from "../../ui/toast";
import { useResource } from "../../ui/use-resource";
import { InitiativeFrame, useInitiative } from "../initiatives/initiative-frame";
import { FeedbackPhasePart } from "./feedback-phase-part";
import { FollowUpPart } from "./follow-up-part";
import { HistoryList } from "./history-list";
import type { PeerVisitPartProps } from "./part-props";
import { pvKey } from "./peer-visit-keys";
import { PhaseStepper } from "./phase-stepper";
import { PreparationPart } from "./preparation-part";
import { ReportPanel } from "./report-panel";
import { TransitionPanel } from "./transition-panel";
import { joinList } from "./visible-to";
import { VisitPhasePart } from "./visit-phase-part";
import { VisitStartGate } from "./visit-start-gate";

/** The API address of an activity's peer visit. */
export function peerVisitApiPath(initiativeId: string, activityId: string): string {
  return `/api/initiatives/${initiativeId}/activities/${activityId}/peer-visit`;
}

/** The reader's visit roles as words ("host and facilitator"). */
function useRoleList() {
  const t = useT();
  return (roles: readonly string[]) =>
    joinList(
      roles.map((role) => t(pvKey(`role.${role}`))),
      getLocale(),
    );
}

function VisitWarnings({ visit }: { visit: PeerVisit }) {
  const t = useT();
  if (visit.warnings.length === 0) return null;
  return (
    <div class="notice notice--warning" data-testid="preparation-warnings">
      <h3 class="notice__title">{t("peer-visit:page.warningsTitle")}</h3>
      <ul>
        {visit.warnings.map((w) => (
          <li key={w.code}>{t(pvKey(`warning.${w.code}`), w.params)}</li>
        ))}
      </ul>
    </div>
  );
}

/** Title, host, dates, the reader's roles, the phase stepper and the preparation warnings. */
function VisitHeader({ visit }: { visit: PeerVisit }) {
  const t = useT();
  const roleList = useRoleList();
  return (
    <header class="section">
      <h2>{visit.activityTitle}</h2>
      <dl class="facts facts--compact">
        <dt>{t("peer-visit:page.host")}</dt>
        <dd>{visit.hostOrganisationName ?? t("peer-visit:page.noHost")}</dd>
        <dt>{t("peer-visit:page.dates")}</dt>
        <dd>
          {t("peer-visit:page.dateRange", {
            from: formatDate(visit.visitStartsOn),
            to: formatDate(visit.visitEndsOn),
          })}
        </dd>
        <dt>{t("peer-visit:page.phase")}</dt>
        <dd>{t(pvKey(phaseKey(visit.phase)))}</dd>
        <dt>{t("peer-visit:page.myRoles")}</dt>
        <dd>{roleList(visit.myRoles)}</dd>
      </dl>
      <PhaseStepper phase={visit.phase} />
      <VisitWarnings visit={visit} />
    </header>
  );
}

/** Everything of a started visit, each part deciding itself what it shows in this phase. */
function PeerVisitView(props: PeerVisitPartProps) {
  return (
    <>
      <VisitHeader visit={props.visit} />
      <TransitionPanel {...props} />
      <PreparationPart {...props} />
      <VisitPhasePart visit={props.visit} reload={props.reload} />
      <FeedbackPhasePart visit={props.visit} reload={props.reload} />
      <FollowUpPart {...props} />
      <ReportPanel {...props} />
      <HistoryList visit={props.visit} />
    </>
  );
}

/**
 * The visit, loaded and reloaded. A reload that fails (a network blip after a save) keeps the
 * last good visit on screen, so open editors stay, and says so; `error` is then only set when no
 * visit was ever loaded (e.g. not started yet), `staleError` when an older visit is still shown.
 */
function useSteadyVisit(initiativeId: string, activityId: string) {
  const t = useT();
  const resource = useResource(`peer-visit:${activityId}`, () =>
    api.get<PeerVisit>(peerVisitApiPath(initiativeId, activityId)),
  );
  const lastGood = useRef<PeerVisit | null>(null);
  if (resource.data) lastGood.current = resource.data;
  else if (lastGood.current && lastGood.current.activityId !== activityId) lastGood.current = null;
  const kept = resource.data ? null : lastGood.current;
  const { reload: load } = resource;
  const reload = useCallback(async () => {
    const fresh = await load();
    if (!fresh && lastGood.current) showToast(t("peer-visit:page.reloadFailed"));
    return fresh;
  }, [load, t]);
  return {
    data: resource.data ?? kept,
    isLoading: resource.isLoading,
    error: kept ? null : resource.error,
    staleError: kept ? resource.error : null,
    reload,
  };
}

/** Says the page shows the visit as loaded earlier because the latest could not be loaded. */
function StaleNotice({ onRetry }: { onRetry: () => void }) {
  const t = useT();
  return (
    <div class="notice notice--warning" data-testid="visit-reload-failed">
      <p>{t("peer-visit:page.reloadFailedHelp")}</p>
      <Button variant="secondary" onClick={onRetry}>
        {t("common:action.retry")}
      </Button>
    </div>
  );
}

/**
 * The peer visit of one activity as a guided workflow: the header with phase stepper and
 * warnings, the controls to move between phases, then each phase's part (preparation, visit
 * notes and checks, feedback and the moderated session, follow-up), the report and the history,
 * each showing only what the reader may see and do. Before the visit is started, hosts and
 * facilitators get the form to start it; others learn that it has not started.
 */
export function PeerVisitPage({ id, activityId }: { id: string; activityId: string }) {
  const t = useT();
  const initiative = useInitiative(id);
  const visit = useSteadyVisit(id, activityId);
  const data = visit.data;
  return (
    <InitiativeFrame id={id} section="activities" initiative={initiative}>
      {() => (
        <>
          <p class="breadcrumb">
            <a href={`/initiatives/${id}/activities/${activityId}`}>
              {t("peer-visit:page.backToActivity")}
            </a>
          </p>
          {visit.isLoading && !data && !visit.error ? <Loading /> : null}
          {visit.error ? (
            <VisitStartGate
              initiativeId={id}
              activityId={activityId}
              error={visit.error}
              onStarted={visit.reload}
            />
          ) : null}
          {visit.staleError ? <StaleNotice onRetry={() => void visit.reload()} /> : null}
          {data ? <PeerVisitView visit={data} reload={visit.reload} /> : null}
        </>
      )}
    </InitiativeFrame>
  );
}
