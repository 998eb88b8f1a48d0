import type { OverdueItem } from "../../../shared/contracts/activity-items";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { formatDate } from "../../ui/format";
import { LoadError, Loading } from "../../ui/load-status";
import { useResource } from "../../ui/use-resource";
import { activityPath } from "./activity-summary-item";
import { useTaskLabel } from "./checklist-item-card";
import { useNamespaces } from "./use-namespaces";

function OverdueList({ initiativeId }: { initiativeId: string }) {
  const t = useT();
  const labelOf = useTaskLabel();
  const overdue = useResource(`overdue:${initiativeId}`, () =>
    api.get<{ items: OverdueItem[] }>(`/api/initiatives/${initiativeId}/overdue-checklist-items`),
  );
  if (overdue.isLoading && !overdue.data) return <Loading />;
  if (overdue.error)
    return <LoadError error={overdue.error} onRetry={() => void overdue.reload()} />;
  const items = overdue.data?.items ?? [];
  if (items.length === 0) return <p data-testid="overdue-none">{t("activities:overdue.none")}</p>;
  return (
    <ul class="overdue-list" data-testid="overdue-list">
      {items.map((item) => (
        <li key={item.id} class="overdue-list__item">
          <a href={activityPath(initiativeId, item.activityId, "checklist")}>{labelOf(item)}</a>{" "}
          <span class="badge badge--danger">
            {t("activities:checklist.overdueBy", { count: item.daysOverdue })}
          </span>
          <br />
          <span class="muted">
            {t("activities:overdue.meta", {
              activity: item.activityTitle,
              due: formatDate(item.dueOn),
              owner: item.ownerName ?? t("activities:checklist.unassigned"),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Overdue logistics tasks of the initiative's activities, for its overview page (facilitators
 * see all; others their own and those of activities they take part in). Each links to the
 * activity's checklist.
 */
export function OverduePanel({ initiativeId }: { initiativeId: string }) {
  const isReady = useNamespaces(["activities", "catalogue"]);
  const t = useT();
  if (!isReady) return null;
  return (
    <section class="card overdue-panel" aria-labelledby="overdue-title">
      <h2 id="overdue-title" class="card__title">
        {t("activities:overdue.title")}
      </h2>
      <OverdueList initiativeId={initiativeId} />
    </section>
  );
}
