import { useState } from "preact/hooks";
import type { Participant } from "../../../shared/contracts/activity-items";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { DataTable } from "../../ui/data-table";
import { EmptyState } from "../../ui/empty-state";
import { LoadError } from "../../ui/load-status";
import { showToast } from "../../ui/toast";
import { runChange } from "./activity-change";
import type { PartProps } from "./activity-page";
import { ParticipantAddForm } from "./participant-add-form";
import { ParticipantRow } from "./participant-row";
import { useMembers } from "./use-members";

function InviteAll({ activity, reload }: PartProps) {
  const t = useT();
  const waiting = activity.participants.filter((p) => p.rsvpStatus === "invited");
  const [isBusy, setBusy] = useState(false);
  async function send() {
    setBusy(true);
    let sent = 0;
    await runChange(
      async () => {
        const path = `/api/initiatives/${activity.initiativeId}/activities/${activity.id}/invitations`;
        sent = (await api.post<{ sent: number }>(path, {})).sent;
      },
      { reload, conflictKey: "activities:people.invitationsClosed" },
    );
    setBusy(false);
    if (sent > 0) showToast(t("activities:people.invitationsSent", { count: sent }));
  }
  return (
    <div class="notice">
      <p>{t("activities:people.inviteIntro", { count: waiting.length })}</p>
      <Button isBusy={isBusy} disabled={waiting.length === 0} onClick={() => void send()}>
        {t("activities:people.inviteAll", { count: waiting.length })}
      </Button>
    </div>
  );
}

/**
 * Who takes part and in which role, with their answers to the invitation. Facilitators add
 * and remove people (asked first), change roles and mail invitations with a personal RSVP link.
 */
export function PeoplePart(props: PartProps) {
  const t = useT();
  const { activity, reload } = props;
  const canManage = activity.permissions.canManage;
  const members = useMembers(activity.initiativeId);
  const [removing, setRemoving] = useState<Participant | null>(null);
  async function remove() {
    if (!removing) return;
    const path = `/api/initiatives/${activity.initiativeId}/activities/${activity.id}/participants/${removing.id}`;
    await runChange(() => api.delete(path), {
      reload,
      doneText: t("activities:people.removed", { name: removing.displayName }),
    });
    setRemoving(null);
  }
  const columns = [
    t("activities:people.name"),
    t("activities:people.organisation"),
    t("activities:people.role"),
    t("activities:people.answer"),
  ];
  return (
    <section class="section" aria-labelledby="people-title">
      <h3 id="people-title">{t("activities:part.people")}</h3>
      {canManage ? <InviteAll {...props} /> : null}
      {activity.participants.length === 0 ? (
        <EmptyState
          level={3}
          title={t("activities:people.emptyTitle")}
          text={t("activities:people.emptyText")}
        />
      ) : (
        <DataTable
          caption={t("activities:people.caption", { count: activity.participants.length })}
          columns={canManage ? [...columns, t("activities:people.actions")] : columns}
        >
          {activity.participants.map((p) => (
            <ParticipantRow
              key={p.id}
              activity={activity}
              participant={p}
              reload={reload}
              onRemove={setRemoving}
            />
          ))}
        </DataTable>
      )}
      {canManage && members.error ? (
        <LoadError error={members.error} onRetry={() => void members.reload()} />
      ) : null}
      {canManage && members.data ? (
        <ParticipantAddForm activity={activity} members={members.data.items} reload={reload} />
      ) : null}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t("activities:people.removeTitle")}
        body={t("activities:people.removeBody", { name: removing?.displayName ?? "" })}
        confirmLabel={t("activities:people.removeConfirm")}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}
