import { useState } from "preact/hooks";
import type { Member, MemberRole } from "../../../shared/contracts/initiatives";
import { ApiError, api, errorKeyOf } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { useSession } from "../../session";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { DataTable } from "../../ui/data-table";
import { showToast } from "../../ui/toast";
import { keysOf, memberRoleKeys } from "./labels";

type MembersTableProps = {
  initiativeId: string;
  members: Member[];
  canManage: boolean;
  onChanged: () => void;
};

function conflictKey(error: unknown, fallback: string): string {
  return error instanceof ApiError && error.code === "CONFLICT" ? fallback : errorKeyOf(error);
}

function RoleForm({
  member,
  initiativeId,
  onChanged,
}: {
  member: Member;
  initiativeId: string;
  onChanged: () => void;
}) {
  const t = useT();
  const [role, setRole] = useState<MemberRole>(member.role);
  const [isBusy, setBusy] = useState(false);
  const selectId = `role-${member.id}`;
  async function submit(event: Event) {
    event.preventDefault();
    if (role === member.role) return;
    setBusy(true);
    try {
      await api.patch(`/api/initiatives/${initiativeId}/members/${member.id}`, {
        role,
        version: member.version,
      });
      showToast(
        t("initiatives:members.roleChanged", {
          name: member.displayName,
          role: t(memberRoleKeys[role]),
        }),
      );
      onChanged();
    } catch (error) {
      showToast(t(conflictKey(error, "initiatives:members.roleConflict")));
      setRole(member.role);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form class="inline-form" onSubmit={submit}>
      <label class="visually-hidden" for={selectId}>
        {t("initiatives:members.roleOf", { name: member.displayName })}
      </label>
      <select
        id={selectId}
        class="select select--compact"
        value={role}
        onChange={(e) => setRole(e.currentTarget.value as MemberRole)}
      >
        {keysOf(memberRoleKeys).map((r) => (
          <option key={r} value={r}>
            {t(memberRoleKeys[r])}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" isBusy={isBusy} disabled={role === member.role}>
        {t("initiatives:members.changeRole")}
        <span class="visually-hidden"> {member.displayName}</span>
      </Button>
    </form>
  );
}

/** The member list; with `canManage`, a role form and a remove button (asks first) per person. */
export function MembersTable({ initiativeId, members, canManage, onChanged }: MembersTableProps) {
  const t = useT();
  const me = useSession();
  const [removing, setRemoving] = useState<Member | null>(null);
  const [isBusy, setBusy] = useState(false);
  async function remove() {
    if (!removing) return;
    setBusy(true);
    try {
      await api.delete(`/api/initiatives/${initiativeId}/members/${removing.id}`);
      showToast(t("initiatives:members.removed", { name: removing.displayName }));
      onChanged();
    } catch (error) {
      showToast(t(conflictKey(error, "initiatives:members.lastFacilitator")));
    } finally {
      setBusy(false);
      setRemoving(null);
    }
  }
  const columns = [
    t("initiatives:members.name"),
    t("initiatives:members.email"),
    t("initiatives:members.organisation"),
    t("initiatives:members.role"),
  ];
  return (
    <>
      <DataTable
        caption={t("initiatives:members.caption", { count: members.length })}
        columns={canManage ? [...columns, t("initiatives:members.actions")] : columns}
      >
        {members.map((m) => (
          <tr key={m.id}>
            <td>
              {m.displayName}
              {m.personId === me?.id ? (
                <span class="tag">{t("initiatives:members.you")}</span>
              ) : null}
            </td>
            <td>{m.email}</td>
            <td>{m.organisationName ?? "—"}</td>
            <td>
              {canManage ? (
                <RoleForm member={m} initiativeId={initiativeId} onChanged={onChanged} />
              ) : (
                t(memberRoleKeys[m.role])
              )}
            </td>
            {canManage ? (
              <td>
                <Button variant="quiet" onClick={() => setRemoving(m)}>
                  {t("initiatives:members.remove")}
                  <span class="visually-hidden"> {m.displayName}</span>
                </Button>
              </td>
            ) : null}
          </tr>
        ))}
      </DataTable>
      <ConfirmDialog
        isOpen={removing !== null}
        title={t("initiatives:members.removeTitle")}
        body={t("initiatives:members.removeBody", { name: removing?.displayName ?? "" })}
        confirmLabel={t("initiatives:members.removeConfirm")}
        isBusy={isBusy}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      />
    </>
  );
}
