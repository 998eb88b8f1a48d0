import { useLocation } from "preact-iso";
import { type FormatKey, formatKeys } from "../../../domain/catalogue/formats";
import type { Activity } from "../../../shared/contracts/activities";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { InitiativeFrame, useInitiative } from "../initiatives/initiative-frame";
import { PlanActivityForm } from "./plan-activity-form";

/** The format named in the `format` query value, or the peer visit. */
export function formatFromQuery(value: string | undefined): FormatKey {
  return formatKeys.find((k) => k === value) ?? "peer_visit";
}

/** Plans a new activity of the initiative from the catalogue of formats. */
export function NewActivityPage({ id }: { id: string }) {
  const t = useT();
  const initiative = useInitiative(id);
  const { query } = useLocation();
  return (
    <InitiativeFrame id={id} section="activities" initiative={initiative}>
      {(data) => (
        <>
          <p class="breadcrumb">
            <a href={`/initiatives/${id}/activities`}>{t("activities:list.title")}</a>
          </p>
          <h2 id="plan-form-title">{t("activities:new.title")}</h2>
          <p class="lead">
            {t(data.myRole === "facilitator" ? "activities:new.intro" : "activities:new.introPeer")}
          </p>
          <PlanActivityForm
            initiativeId={id}
            initialFormat={formatFromQuery(query.format)}
            submitLabel={t("activities:new.submit")}
            create={(body) => api.post<Activity>(`/api/initiatives/${id}/activities`, body)}
          />
        </>
      )}
    </InitiativeFrame>
  );
}
