import type { z } from "zod";
import type { Activity } from "../../../shared/contracts/activities";
import type { PeerVisit, peerVisitListSchema } from "../../../shared/contracts/peer-visits";
import { ApiError, api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { EmptyState } from "../../ui/empty-state";
import { LoadError, Loading } from "../../ui/load-status";
import { useResource } from "../../ui/use-resource";
import { ReportLinks } from "./report-panel";
import { VisitStartForm } from "./visit-start-form";

type PeerVisitList = z.infer<typeof peerVisitListSchema>;

type GateProps = {
  initiativeId: string;
  activityId: string;
  /** Why the visit could not be loaded. */
  error: unknown;
  /** Loads the visit again once it has been started. */
  onStarted: () => Promise<PeerVisit | null>;
};

function isStatus(error: unknown, status: number): boolean {
  return error instanceof ApiError && error.status === status;
}

/** A 404 for the visit: started not yet, or no such activity (or no access to it at all). */
function NotStarted(props: GateProps) {
  const t = useT();
  const { initiativeId, activityId } = props;
  const activity = useResource(`activity:${activityId}`, () =>
    api.get<Activity>(`/api/initiatives/${initiativeId}/activities/${activityId}`),
  );
  const data = activity.data;
  if (activity.error) return <LoadError error={activity.error} />;
  if (!data) return <Loading />;
  if (data.formatKey !== "peer_visit") {
    return (
      <div class="notice">
        <p>{t("peer-visit:start.notPeerVisit")}</p>
        <a href={`/initiatives/${initiativeId}/activities/${activityId}`}>{data.title}</a>
      </div>
    );
  }
  return (
    <section class="section" aria-labelledby="visit-start-title">
      <h2 id="visit-start-title">{data.title}</h2>
      {data.permissions.canPlan ? (
        <VisitStartForm {...props} />
      ) : (
        <EmptyState
          title={t("peer-visit:start.emptyTitle")}
          text={t("peer-visit:start.emptyText")}
        />
      )}
    </section>
  );
}

/** A 403 for the visit: a member outside its circle, who may still read a shared report. */
function OutsideCircle({ initiativeId, activityId }: GateProps) {
  const t = useT();
  const list = useResource(`peer-visits:${initiativeId}`, () =>
    api.get<PeerVisitList>(`/api/initiatives/${initiativeId}/peer-visits`),
  );
  const row = list.data?.items.find((item) => item.activityId === activityId);
  return (
    <section class="section" aria-labelledby="visit-outside-title">
      <h2 id="visit-outside-title">{row?.activityTitle ?? t("peer-visit:outside.title")}</h2>
      <p class="notice">{t("peer-visit:outside.text")}</p>
      {row?.canReadReport ? (
        <ReportLinks initiativeId={initiativeId} activityId={activityId} />
      ) : null}
    </section>
  );
}

/**
 * What the visit page shows when the visit cannot be loaded: for a peer visit activity that has
 * not started, the start form (facilitators, hosts) or a plain "not started" (others); for a
 * member outside the visit's circle, why, and the report once the host has shared it; for an
 * unknown activity or a non-member, the "not found" message.
 */
export function VisitStartGate(props: GateProps) {
  if (isStatus(props.error, 404)) return <NotStarted {...props} />;
  if (isStatus(props.error, 403)) return <OutsideCircle {...props} />;
  return <LoadError error={props.error} onRetry={() => void props.onStarted()} />;
}
