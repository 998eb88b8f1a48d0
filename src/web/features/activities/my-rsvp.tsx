import type { Activity } from "../../../shared/contracts/activities";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { runChange } from "./activity-change";
import { participantRoleKeys, rsvpStatusKeys } from "./activity-labels";
import { todayIso } from "./today";

/** The signed-in participant's own answer to the invitation, changeable in the app. */
export function MyRsvp(props: { activity: Activity; reload: () => Promise<unknown> }) {
  const t = useT();
  const mine = props.activity.myParticipant;
  if (!mine) return null;
  const { status, endsOn } = props.activity;
  // The server's rule: answers close once the activity is over, completed or cancelled.
  const isOpen = status !== "cancelled" && status !== "completed" && endsOn >= todayIso();
  const path = `/api/initiatives/${props.activity.initiativeId}/activities/${props.activity.id}/rsvp`;
  const answer = (response: "accepted" | "declined") =>
    void runChange(() => api.post(path, { response }), {
      reload: props.reload,
      doneText: t(
        response === "accepted" ? "activities:myRsvp.accepted" : "activities:myRsvp.declined",
      ),
      conflictKey: "activities:myRsvp.closed",
    });
  return (
    <div class="my-rsvp">
      <p>
        {t("activities:myRsvp.status", {
          role: t(participantRoleKeys[mine.role]),
          status: t(rsvpStatusKeys[mine.rsvpStatus]),
        })}
      </p>
      {isOpen ? (
        <div class="button-row">
          {mine.rsvpStatus !== "accepted" ? (
            <Button variant="secondary" onClick={() => answer("accepted")}>
              {t("activities:myRsvp.accept")}
            </Button>
          ) : null}
          {mine.rsvpStatus !== "declined" ? (
            <Button variant="quiet" onClick={() => answer("declined")}>
              {t("activities:myRsvp.decline")}
            </Button>
          ) : null}
        </div>
      ) : (
        <p>{t("activities:myRsvp.closed")}</p>
      )}
    </div>
  );
}
