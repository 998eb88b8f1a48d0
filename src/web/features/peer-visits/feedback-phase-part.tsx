import type { FeedbackItem } from "../../../shared/contracts/peer-visit-records";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { LoadError, Loading } from "../../ui/load-status";
import { useResource } from "../../ui/use-resource";
import { FeedbackItemSection } from "./feedback-item-section";
import { ModeratorSession } from "./moderator-session";
import { visitRecordsPath } from "./notes-api";
import type { PeerVisitPartProps } from "./part-props";
import { UnderstandingView } from "./understanding-view";

const feedbackPhases = new Set(["feedback", "follow_up", "closed"]);

/**
 * The feedback phase (and after): visiting peers draft feedback items about the area the host
 * asked about; the moderator's session gathers, clusters and records the common understanding;
 * everyone taking part reads what was agreed.
 */
export function FeedbackPhasePart(props: PeerVisitPartProps) {
  return feedbackPhases.has(props.visit.phase) ? <FeedbackPhaseView {...props} /> : null;
}

function FeedbackPhaseView({ visit, reload }: PeerVisitPartProps) {
  const t = useT();
  const items = useResource(`pv-feedback:${visit.id}:${visit.phase}`, () =>
    api.get<{ items: FeedbackItem[] }>(visitRecordsPath(visit, "feedback-items")),
  );
  const { canReadAllFeedback } = visit.permissions;
  const isVisitingPeer = visit.myRoles.includes("visiting_peer");
  const all = items.data?.items ?? null;
  const reloadBoth = async () => {
    await Promise.all([items.reload(), reload()]);
  };
  return (
    <>
      <section class="section pv-feedback" aria-labelledby="pv-feedback-title">
        <h3 id="pv-feedback-title">{t("pv-records:feedback.title")}</h3>
        <p class="lead">{t("pv-records:feedback.intro")}</p>
        {visit.areaToImprove ? (
          <div class="notice">
            <p class="notice__title">{t("pv-records:feedback.areaTitle")}</p>
            <p class="pv-records__text">{visit.areaToImprove}</p>
          </div>
        ) : null}
        {items.isLoading && !all ? <Loading /> : null}
        {items.error ? <LoadError error={items.error} onRetry={() => void items.reload()} /> : null}
      </section>
      {all && isVisitingPeer ? (
        <FeedbackItemSection
          visit={visit}
          items={all.filter((i) => i.isMine)}
          reload={items.reload}
        />
      ) : null}
      {all && canReadAllFeedback ? (
        <ModeratorSession visit={visit} items={all} reload={reloadBoth} />
      ) : (
        <UnderstandingView visit={visit} />
      )}
    </>
  );
}
