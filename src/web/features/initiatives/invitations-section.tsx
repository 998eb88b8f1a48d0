import { useState } from "preact/hooks";
import type { Invitation } from "../../../shared/contracts/initiatives";
import { api, errorKeyOf } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { DataTable } from "../../ui/data-table";
import { EmptyState } from "../../ui/empty-state";
import { formatDate } from "../../ui/format";
import { LoadError, Loading } from "../../ui/load-status";
import { showToast } from "../../ui/toast";
import { useResource } from "../../ui/use-resource";
import { InviteForm } from "./invite-form";
import { memberRoleKeys } from "./labels";

function InvitationsTable(props: {
  items: Invitation[];
  onRevoke: (invitation: Invitation) => void;
}) {
  const t = useT();
  const columns = [
    "initiatives:members.email",
    "initiatives:members.role",
    "initiatives:invitations.invitedBy",
    "initiatives:invitations.sent",
    "initiatives:invitations.status",
    "initiatives:members.actions",
  ];
  return (
    <DataTable
      caption={t("initiatives:invitations.caption", { count: props.items.length })}
      columns={columns.map((key) => t(key))}
    >
      {props.items.map((inv) => (
        <tr key={inv.id}>
          <td>{inv.email}</td>
          <td>{t(memberRoleKeys[inv.role])}</td>
          <td>{inv.invitedByName}</td>
          <td>{formatDate(inv.createdAt)}</td>
          <td>
            {inv.acceptedAt
              ? t("initiatives:invitations.acceptedOn", { date: formatDate(inv.acceptedAt) })
              : t("initiatives:invitations.pendingUntil", { date: formatDate(inv.expiresAt) })}
          </td>
          <td>
            {inv.acceptedAt ? null : (
              <Button variant="quiet" onClick={() => props.onRevoke(inv)}>
                {t("initiatives:invitations.revoke")}
                <span class="visually-hidden"> {inv.email}</span>
              </Button>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Pending and accepted invitations of an initiative, the invite form, and revoking (asks first). */
export function InvitationsSection({ initiativeId }: { initiativeId: string }) {
  const t = useT();
  const path = `/api/initiatives/${initiativeId}/invitations`;
  const invitations = useResource(`invitations:${initiativeId}`, () =>
    api.get<{ items: Invitation[] }>(path),
  );
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const [isBusy, setBusy] = useState(false);
  async function revoke() {
    if (!revoking) return;
    setBusy(true);
    try {
      await api.delete(`${path}/${revoking.id}`);
      showToast(t("initiatives:invitations.revoked", { email: revoking.email }));
      void invitations.reload();
    } catch (error) {
      showToast(t(errorKeyOf(error)));
    } finally {
      setBusy(false);
      setRevoking(null);
    }
  }
  const items = invitations.data?.items ?? [];
  return (
    <section class="section" aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t("initiatives:invitations.title")}</h2>
      <InviteForm initiativeId={initiativeId} onInvited={() => void invitations.reload()} />
      {invitations.isLoading && !invitations.data ? <Loading /> : null}
      {invitations.error ? (
        <LoadError error={invitations.error} onRetry={() => void invitations.reload()} />
      ) : null}
      {invitations.data && items.length === 0 ? (
        <EmptyState
          level={3}
          title={t("initiatives:invitations.emptyTitle")}
          text={t("initiatives:invitations.emptyText")}
        />
      ) : null}
      {items.length > 0 ? <InvitationsTable items={items} onRevoke={setRevoking} /> : null}
      <ConfirmDialog
        isOpen={revoking !== null}
        title={t("initiatives:invitations.revokeTitle")}
        body={t("initiatives:invitations.revokeBody", { email: revoking?.email ?? "" })}
        confirmLabel={t("initiatives:invitations.revokeConfirm")}
        isBusy={isBusy}
        onConfirm={() => void revoke()}
        onCancel={() => setRevoking(null)}
      />
    </section>
  );
}
