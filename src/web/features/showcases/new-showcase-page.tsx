import { useLocation } from "preact-iso";
import type { Showcase } from "../../../shared/contracts/showcases";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { showToast } from "../../ui/toast";
import { useMembers } from "../activities/use-members";
import { InitiativeFrame, useInitiative } from "../initiatives/initiative-frame";
import { showcasePath } from "./showcase-card";
import { ShowcaseForm } from "./showcase-form";

/** Records a new showcase (facilitators). */
export function NewShowcasePage({ id }: { id: string }) {
  const t = useT();
  const initiative = useInitiative(id);
  const members = useMembers(id);
  const { route } = useLocation();
  return (
    <InitiativeFrame id={id} section="showcases" initiative={initiative}>
      {() => (
        <>
          <p class="breadcrumb">
            <a href={showcasePath(id)}>{t("showcases:list.title")}</a>
          </p>
          <h2 id="showcase-form-title">{t("showcases:newTitle")}</h2>
          <p class="lead">{t("showcases:newIntro")}</p>
          <ShowcaseForm
            showcase={null}
            members={members.data?.items ?? []}
            submitLabel={t("showcases:create")}
            save={async (body) => {
              const created = await api.post<Showcase>(`/api/initiatives/${id}/showcases`, body);
              showToast(t("showcases:created", { title: created.title }));
              route(showcasePath(id, created.id));
            }}
          />
        </>
      )}
    </InitiativeFrame>
  );
}
