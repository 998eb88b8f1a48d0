import { useT } from "../../i18n/use-t";
import { activityPath } from "../activities/activity-summary-item";

/** The way back to the activity the assessment belongs to (by its title once known). */
export function ActivityCrumb(props: { id: string; activityId: string; title: string | null }) {
  const t = useT();
  return (
    <p class="breadcrumb">
      <a href={activityPath(props.id, props.activityId)}>
        {props.title ?? t("peer-assessment:backToActivity")}
      </a>
    </p>
  );
}
