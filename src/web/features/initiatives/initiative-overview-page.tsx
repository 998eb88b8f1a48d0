import { useT } from "../../i18n/use-t";
import { formatDate } from "../../ui/format";
import { OverduePanel } from "../activities/overdue-panel";
import { MyPeerVisitsPanel } from "../peer-visits/peer-visit-list-panel";
import { CompletenessPanel } from "./completeness-panel";
import { InitiativeFrame, useInitiative } from "./initiative-frame";
import { initiativeKindKeys, memberRoleKeys } from "./labels";

/**
 * An initiative at a glance: its facts, the member count, how complete the scoping is, overdue
 * logistics and the peer visits the reader takes part in or whose shared report they may read.
 */
export function InitiativeOverviewPage({ id }: { id: string }) {
  const t = useT();
  const initiative = useInitiative(id);
  return (
    <InitiativeFrame id={id} section="overview" initiative={initiative}>
      {(data) => (
        <>
          <div class="two-columns">
            <section class="card" aria-labelledby="overview-facts-title">
              <h2 id="overview-facts-title" class="card__title">
                {t("initiatives:overview.factsTitle")}
              </h2>
              <dl class="facts">
                <dt>{t("initiatives:field.kind")}</dt>
                <dd>{t(initiativeKindKeys[data.kind])}</dd>
                <dt>{t("initiatives:field.reformArea")}</dt>
                <dd>{data.reformArea || t("initiatives:overview.notSet")}</dd>
                <dt>{t("initiatives:field.focalSector")}</dt>
                <dd>{data.focalSector || t("initiatives:overview.notSet")}</dd>
                <dt>{t("initiatives:field.startsOn")}</dt>
                <dd>{formatDate(data.startsOn) || t("initiatives:overview.notSet")}</dd>
                <dt>{t("initiatives:field.endsOn")}</dt>
                <dd>{formatDate(data.endsOn) || t("initiatives:overview.notSet")}</dd>
                <dt>{t("initiatives:list.members")}</dt>
                <dd>
                  <a href={`/initiatives/${id}/members`}>
                    {t("initiatives:overview.memberCount", { count: data.memberCount })}
                  </a>
                </dd>
                <dt>{t("initiatives:list.myRole")}</dt>
                <dd>{t(memberRoleKeys[data.myRole])}</dd>
              </dl>
            </section>
            <div>
              <CompletenessPanel initiativeId={id} completeness={data.scopingCompleteness} />
              <OverduePanel initiativeId={id} />
              <p>
                <a class="button button--secondary" href={`/initiatives/${id}/scoping`}>
                  {t(
                    data.myRole === "facilitator"
                      ? "initiatives:overview.continueScoping"
                      : "initiatives:overview.readScoping",
                  )}
                </a>
              </p>
            </div>
          </div>
          <MyPeerVisitsPanel initiativeId={id} />
        </>
      )}
    </InitiativeFrame>
  );
}
