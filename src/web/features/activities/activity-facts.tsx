import { themeTextKeys } from "../../../domain/catalogue/formats";
import type { Activity } from "../../../shared/contracts/activities";
import { useT } from "../../i18n/use-t";
import { levelKeys, stageKeysOf } from "./activity-labels";
import { activityPath } from "./activity-summary-item";
import { describeSchedule } from "./schedule-text";

/** The facts of an activity at a glance: when, where, for whom, which stages and themes. */
export function ActivityFacts({ activity }: { activity: Activity }) {
  const t = useT();
  const notSet = t("activities:detail.notSet");
  const place = [activity.hostOrganisationName, activity.address].filter(Boolean).join(", ");
  return (
    <dl class="facts">
      <dt>{t("activities:list.when")}</dt>
      <dd>{describeSchedule(activity)}</dd>
      <dt>{t("activities:detail.where")}</dt>
      <dd>{place || notSet}</dd>
      {activity.onlineUrl ? (
        <>
          <dt>{t("activities:field.onlineUrl")}</dt>
          <dd>
            <a href={activity.onlineUrl} rel="noopener noreferrer" target="_blank">
              {activity.onlineUrl}
            </a>
          </dd>
        </>
      ) : null}
      <dt>{t("activities:field.stages")}</dt>
      <dd>{activity.stages.map((s) => t(stageKeysOf(s).name)).join(", ")}</dd>
      <dt>{t("activities:field.levels")}</dt>
      <dd>{activity.levels.map((l) => t(levelKeys[l])).join(", ") || notSet}</dd>
      {activity.theme ? (
        <>
          <dt>{t("activities:field.theme")}</dt>
          <dd>{t(themeTextKeys(activity.theme).name)}</dd>
        </>
      ) : null}
      <dt>{t("activities:field.topics")}</dt>
      <dd>{activity.topics.join(", ") || notSet}</dd>
      {activity.sourceActivityId ? (
        <>
          <dt>{t("activities:detail.reverseOf")}</dt>
          <dd>
            <a href={activityPath(activity.initiativeId, activity.sourceActivityId)}>
              {t("activities:detail.reverseOfLink")}
            </a>
          </dd>
        </>
      ) : null}
      {activity.showcaseId ? (
        <>
          <dt>{t("activities:detail.showcase")}</dt>
          <dd>
            <a href={`/initiatives/${activity.initiativeId}/showcases/${activity.showcaseId}`}>
              {t("activities:detail.showcaseLink")}
            </a>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
