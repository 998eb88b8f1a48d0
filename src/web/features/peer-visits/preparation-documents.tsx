import type { Activity } from "../../../shared/contracts/activities";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { LoadError } from "../../ui/load-status";
import { useResource } from "../../ui/use-resource";
import { activityPath } from "../activities/activity-summary-item";
import { DocumentText } from "../activities/documents-list";
import type { PeerVisitPartProps } from "./part-props";

/**
 * The host's documents for the visit (self-assessment, route maps, briefing material), kept with
 * the activity so every participant receives them before the visit. Read here; added and removed
 * on the activity's programme page by those who plan it.
 */
export function PreparationDocuments({ visit }: Pick<PeerVisitPartProps, "visit">) {
  const t = useT();
  const activity = useResource(`activity:${visit.activityId}`, () =>
    api.get<Activity>(`/api/initiatives/${visit.initiativeId}/activities/${visit.activityId}`),
  );
  const documents = activity.data?.documents ?? [];
  const programme = activityPath(visit.initiativeId, visit.activityId, "programme");
  return (
    <section class="section" aria-labelledby="preparation-documents-title">
      <h4 id="preparation-documents-title">{t("peer-visit:preparation.documents.title")}</h4>
      {activity.error ? (
        <LoadError error={activity.error} onRetry={() => void activity.reload()} />
      ) : null}
      {activity.data && documents.length === 0 ? (
        <p class="muted">{t("peer-visit:preparation.documents.none")}</p>
      ) : null}
      {documents.length > 0 ? (
        <ul class="item-list document-list">
          {documents.map((doc) => (
            <li key={doc.id} class="document-list__item">
              <DocumentText doc={doc} />
            </li>
          ))}
        </ul>
      ) : null}
      {activity.data?.permissions.canPlan ? (
        <p>
          <a href={programme}>{t("peer-visit:preparation.documents.manage")}</a>
        </p>
      ) : null}
    </section>
  );
}
