import type { Activity } from "../../../shared/contracts/activities";
import type { Showcase } from "../../../shared/contracts/showcases";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { LoadError, Loading } from "../../ui/load-status";
import { useResource } from "../../ui/use-resource";
import { PlanActivityForm } from "../activities/plan-activity-form";
import { InitiativeFrame, useInitiative } from "../initiatives/initiative-frame";
import { showcasePath } from "./showcase-card";

/**
 * Plans a visit to a showcase: a study visit by default, hosted by the showcase's organisation
 * at its place; the champion, when a member, becomes the host.
 */
export function PlanVisitPage({ id, showcaseId }: { id: string; showcaseId: string }) {
  const t = useT();
  const initiative = useInitiative(id);
  const showcase = useResource(`showcase:${showcaseId}`, () =>
    api.get<Showcase>(`/api/initiatives/${id}/showcases/${showcaseId}`),
  );
  const data = showcase.data;
  return (
    <InitiativeFrame id={id} section="showcases" initiative={initiative}>
      {() => (
        <>
          <p class="breadcrumb">
            <a href={showcasePath(id, showcaseId)}>{data?.title ?? t("showcases:list.title")}</a>
          </p>
          {showcase.isLoading && !data ? <Loading /> : null}
          {showcase.error ? (
            <LoadError error={showcase.error} onRetry={() => void showcase.reload()} />
          ) : null}
          {data ? (
            <>
              <h2 id="plan-form-title">{t("showcases:visit.title", { title: data.title })}</h2>
              <p class="lead">
                {t(data.championName ? "showcases:visit.introChampion" : "showcases:visit.intro", {
                  champion: data.championName ?? "",
                })}
              </p>
              <PlanActivityForm
                initiativeId={id}
                initialFormat="study_visit"
                preset={{
                  title: t("showcases:visit.defaultTitle", { title: data.title }),
                  hostOrganisationId: data.organisationId ?? "",
                  address: data.place,
                }}
                submitLabel={t("showcases:visit.submit")}
                create={(body) =>
                  api.post<Activity>(`/api/initiatives/${id}/showcases/${showcaseId}/visits`, body)
                }
              />
            </>
          ) : null}
        </>
      )}
    </InitiativeFrame>
  );
}
