import { useState } from "preact/hooks";
import type { Activity } from "../../../shared/contracts/activities";
import type { Participant, ParticipantRole } from "../../../shared/contracts/activity-items";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { formatDateTime } from "../../ui/format";
import { runChange } from "./activity-change";
import { keysOf, participantRoleKeys, rsvpStatusKeys } from "./activity-labels";

type RowProps = {
  activity: Activity;
  participant: Participant;
  reload: () => Promise<unknown>;
  onRemove: (participant: Participant) => void;
};

function RoleSelect({ activity, participant, reload }: RowProps) {
  const t = useT();
  const [role, setRole] = useState<ParticipantRole>(participant.role);
  const id = `participant-role-${participant.id}`;
  const path = `/api/initiatives/${activity.initiativeId}/activities/${activity.id}/participants/${participant.id}`;
  async function submit(event: Event) {
    event.preventDefault();
    const ok = await runChange(() => api.patch(path, { role, version: participant.version }), {
      reload,
      doneText: t("activities:people.roleChanged", {
        name: participant.displayName,
        role: t(participantRoleKeys[role]),
      }),
    });
    if (!ok) setRole(participant.role);
  }
  return (
    <form class="inline-form" onSubmit={submit}>
      <label class="visually-hidden" for={id}>
        {t("activities:people.roleOf", { name: participant.displayName })}
      </label>
      <select
        id={id}
        class="select select--compact"
        value={role}
        onChange={(e) => setRole(e.currentTarget.value as ParticipantRole)}
      >
        {keysOf(participantRoleKeys).map((r) => (
          <option key={r} value={r}>
            {t(participantRoleKeys[r])}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" disabled={role === participant.role}>
        {t("activities:people.changeRole")}
        <span class="visually-hidden"> {participant.displayName}</span>
      </Button>
    </form>
  );
}

function AnswerCell({ participant }: { participant: Participant }) {
  const t = useT();
  return (
    <>
      <span class={`rsvp rsvp--${participant.rsvpStatus}`}>
        {t(rsvpStatusKeys[participant.rsvpStatus])}
      </span>
      <br />
      <span class="muted">
        {participant.respondedAt
          ? t("activities:people.respondedAt", { date: formatDateTime(participant.respondedAt) })
          : participant.invitedAt
            ? t("activities:people.invitedAt", { date: formatDateTime(participant.invitedAt) })
            : t("activities:people.notInvited")}
      </span>
    </>
  );
}

/** One participant: name, organisation, role (changeable), answer and invitation, removal. */
export function ParticipantRow(props: RowProps) {
  const t = useT();
  const { activity, participant } = props;
  const canManage = activity.permissions.canManage;
  const invite = () =>
    void runChange(
      () =>
        api.post(
          `/api/initiatives/${activity.initiativeId}/activities/${activity.id}/invitations`,
          {
            participantIds: [participant.id],
          },
        ),
      {
        reload: props.reload,
        doneText: t("activities:people.invitationSent", { name: participant.displayName }),
        conflictKey: "activities:people.invitationsClosed",
      },
    );
  return (
    <tr>
      <td>{participant.displayName}</td>
      <td>{participant.organisationName ?? "—"}</td>
      <td>{canManage ? <RoleSelect {...props} /> : t(participantRoleKeys[participant.role])}</td>
      <td>
        <AnswerCell participant={participant} />
      </td>
      {canManage ? (
        <td>
          <div class="button-row">
            <Button variant="secondary" onClick={invite}>
              {t(
                participant.invitedAt
                  ? "activities:people.inviteAgain"
                  : "activities:people.invite",
              )}
              <span class="visually-hidden"> {participant.displayName}</span>
            </Button>
            <Button variant="quiet" onClick={() => props.onRemove(participant)}>
              {t("activities:people.remove")}
              <span class="visually-hidden"> {participant.displayName}</span>
            </Button>
          </div>
        </td>
      ) : null}
    </tr>
  );
}
