import type { Member } from "../../../shared/contracts/initiatives";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { LoadError, Loading } from "../../ui/load-status";
import { useResource } from "../../ui/use-resource";
import { InitiativeFrame, useInitiative } from "./initiative-frame";
import { InvitationsSection } from "./invitations-section";
import { MembersTable } from "./members-table";

/** Members of an initiative; facilitators also change roles, remove people and invite. */
export function MembersPage({ id }: { id: string }) {
  const t = useT();
  const initiative = useInitiative(id);
  const members = useResource(`members:${id}`, () =>
    api.get<{ items: Member[] }>(`/api/initiatives/${id}/members`),
  );
  return (
    <InitiativeFrame id={id} section="members" initiative={initiative}>
      {(data) => {
        const isFacilitator = data.myRole === "facilitator";
        return (
          <>
            <section class="section" aria-labelledby="members-title">
              <h2 id="members-title">{t("initiatives:members.title")}</h2>
              {members.isLoading && !members.data ? <Loading /> : null}
              {members.error ? (
                <LoadError error={members.error} onRetry={() => void members.reload()} />
              ) : null}
              {members.data ? (
                <MembersTable
                  initiativeId={id}
                  members={members.data.items}
                  canManage={isFacilitator}
                  onChanged={() => {
                    void members.reload();
                    void initiative.reload();
                  }}
                />
              ) : null}
            </section>
            {isFacilitator ? <InvitationsSection initiativeId={id} /> : null}
          </>
        );
      }}
    </InitiativeFrame>
  );
}
