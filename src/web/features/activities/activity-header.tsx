import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { getActivityFormat } from "../../../domain/catalogue/formats";
import type { Activity } from "../../../shared/contracts/activities";
import { api, errorKeyOf } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { showToast } from "../../ui/toast";
import { activityStatusKeys, formatNameKey } from "./activity-labels";
import { MyRsvp } from "./my-rsvp";
import { ReverseVisitDialog } from "./reverse-visit-dialog";

/** The address of an activity's iCalendar file. */
export function calendarFilePath(activity: Pick<Activity, "initiativeId" | "id">): string {
  return `/api/initiatives/${activity.initiativeId}/activities/${activity.id}/calendar.ics`;
}

function DeleteActivity({ activity }: { activity: Activity }) {
  const t = useT();
  const { route } = useLocation();
  const [isAsking, setAsking] = useState(false);
  const [isBusy, setBusy] = useState(false);
  async function remove() {
    setBusy(true);
    try {
      await api.delete(`/api/initiatives/${activity.initiativeId}/activities/${activity.id}`);
      showToast(t("activities:detail.deleted", { title: activity.title }));
      route(`/initiatives/${activity.initiativeId}/activities`);
    } catch (error) {
      showToast(t(errorKeyOf(error)));
      setBusy(false);
      setAsking(false);
    }
  }
  return (
    <>
      <Button variant="quiet" onClick={() => setAsking(true)}>
        {t("activities:detail.delete")}
      </Button>
      <ConfirmDialog
        isOpen={isAsking}
        title={t("activities:detail.deleteTitle")}
        body={t("activities:detail.deleteBody", { title: activity.title })}
        confirmLabel={t("activities:detail.deleteConfirm")}
        isBusy={isBusy}
        onConfirm={() => void remove()}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}

/**
 * The activity's title, format and status, the calendar download, the reader's own RSVP and,
 * for facilitators, the reverse visit and deletion (both asked first).
 */
export function ActivityHeader(props: { activity: Activity; reload: () => Promise<unknown> }) {
  const t = useT();
  const { activity } = props;
  const canReverse =
    activity.permissions.canManage && getActivityFormat(activity.formatKey).isInPerson;
  return (
    <div class="activity-header">
      <h2 class="activity-header__title">{activity.title}</h2>
      <p class="activity-header__tags">
        <span class="tag tag--format">{t(formatNameKey(activity.formatKey))}</span>
        <span class={`tag tag--${activity.status}`}>{t(activityStatusKeys[activity.status])}</span>
      </p>
      <MyRsvp activity={activity} reload={props.reload} />
      <div class="button-row">
        <a class="button button--secondary" href={calendarFilePath(activity)} download>
          {t("activities:detail.downloadIcs")}
        </a>
        {canReverse ? <ReverseVisitDialog activity={activity} /> : null}
        {activity.permissions.canManage ? <DeleteActivity activity={activity} /> : null}
      </div>
    </div>
  );
}
