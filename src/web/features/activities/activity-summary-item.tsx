import type { ActivitySummary } from "../../../shared/contracts/activities";
import { useT } from "../../i18n/use-t";
import { activityStatusKeys, formatNameKey, participantRoleKeys } from "./activity-labels";
import { describeSchedule } from "./schedule-text";

/** The page of one activity (and of its parts: `/people`, `/checklist` ...). */
export function activityPath(initiativeId: string, activityId: string, part = ""): string {
  return `/initiatives/${initiativeId}/activities/${activityId}${part ? `/${part}` : ""}`;
}

/** Facilitators open every activity; other members only those they take part in. */
export function canOpenActivity(summary: ActivitySummary, isFacilitator: boolean): boolean {
  return isFacilitator || summary.myParticipantRole !== null;
}

/** The title of an activity, a link when the reader may open it. */
export function ActivityTitle(props: { summary: ActivitySummary; isFacilitator: boolean }) {
  const { summary } = props;
  return canOpenActivity(summary, props.isFacilitator) ? (
    <a href={activityPath(summary.initiativeId, summary.id)}>{summary.title}</a>
  ) : (
    <span>{summary.title}</span>
  );
}

/** One activity in the timeline: title, format, when, where, status and the reader's role. */
export function ActivitySummaryItem(props: { summary: ActivitySummary; isFacilitator: boolean }) {
  const t = useT();
  const { summary } = props;
  return (
    <li class="activity-item">
      <p class="activity-item__title">
        <ActivityTitle {...props} />
        <span class={`tag tag--${summary.status}`}>{t(activityStatusKeys[summary.status])}</span>
        {summary.myParticipantRole ? (
          <span class="tag">
            {t("activities:list.yourRole", {
              role: t(participantRoleKeys[summary.myParticipantRole]),
            })}
          </span>
        ) : null}
      </p>
      <p class="activity-item__meta">
        {t(formatNameKey(summary.formatKey))} · {describeSchedule(summary)}
        {summary.hostOrganisationName ? ` · ${summary.hostOrganisationName}` : ""}
        {" · "}
        {t("activities:list.participantCount", { count: summary.participantCount })}
      </p>
    </li>
  );
}
