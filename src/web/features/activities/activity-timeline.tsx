import type { ActivitySummary } from "../../../shared/contracts/activities";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { EmptyState } from "../../ui/empty-state";
import { LoadError, Loading } from "../../ui/load-status";
import { useResource } from "../../ui/use-resource";
import { stageKeysOf } from "./activity-labels";
import { ActivitySummaryItem } from "./activity-summary-item";

type Timeline = { stages: { stage: number; activities: ActivitySummary[] }[] };

/**
 * The initiative's path through the four stages of the process map: each stage with the
 * activities that serve it, earliest first (an activity serving two stages shows under both).
 */
export function ActivityTimeline(props: { initiativeId: string; isFacilitator: boolean }) {
  const t = useT();
  const timeline = useResource(`activity-timeline:${props.initiativeId}`, () =>
    api.get<Timeline>(`/api/initiatives/${props.initiativeId}/timeline`),
  );
  if (timeline.isLoading && !timeline.data) return <Loading />;
  if (timeline.error)
    return <LoadError error={timeline.error} onRetry={() => void timeline.reload()} />;
  const stages = timeline.data?.stages ?? [];
  if (stages.every((s) => s.activities.length === 0)) {
    return (
      <EmptyState
        level={3}
        title={t("activities:list.emptyTitle")}
        text={t("activities:list.emptyText")}
      />
    );
  }
  return (
    <ol class="timeline">
      {stages.map(({ stage, activities }) => {
        const keys = stageKeysOf(stage);
        return (
          <li key={stage} class="timeline__stage">
            <h3 id={`stage-${stage}-title`} class="timeline__title">
              {t("activities:stage.numbered", { number: stage, name: t(keys.name) })}
            </h3>
            <p class="muted">{t(keys.summary)}</p>
            {activities.length === 0 ? (
              <p class="timeline__empty">{t("activities:list.stageEmpty")}</p>
            ) : (
              <ul class="activity-list">
                {activities.map((a) => (
                  <ActivitySummaryItem key={a.id} summary={a} isFacilitator={props.isFacilitator} />
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
