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

/** The working page of the peer review method a format carries, if it has one. */
const methodPages: Partial<Record<Activity["formatKey"], { path: string; key: string }>> = {
  peer_visit: { path: "peer-visit", key: "activities:detail.method.peerVisit" },
  structured_peer_assessment: {
    path: "peer-assessment",
    key: "activities:detail.method.peerAssessment",
  },
  work_shadowing: { path: "work-shadowing", key: "activities:detail.method.workShadowing" },
  peer_learning_workshop: { path: "workshop", key: "activities:detail.method.workshop" },
  lessons_learnt_workshop: { path: "workshop", key: "activities:detail.method.workshop" },
};

/** The address of the method page of an activity whose format has one, else null. */
export function methodPagePath(activity: Pick<Activity, "initiativeId" | "id" | "formatKey">) {
  const page = methodPages[activity.formatKey];
  if (!page) return null;
  return `/initiatives/${activity.initiativeId}/activities/${activity.id}/${page.path}`;
}

function MethodLink({ activity }: { activity: Activity }) {
  const t = useT();
  const page = methodPages[activity.formatKey];
  const path = methodPagePath(activity);
  if (!page || !path) return null;
  return (
    <a class="button button--primary" href={path}>
      {t(page.key)}
    </a>
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
        <MethodLink activity={activity} />
        <a class="button button--secondary" href={calendarFilePath(activity)} download>
          {t("activities:detail.downloadIcs")}
        </a>
        {canReverse ? <ReverseVisitDialog activity={activity} /> : null}
        {activity.permissions.canManage ? <DeleteActivity activity={activity} /> : null}
      </div>
    </div>
  );
}
