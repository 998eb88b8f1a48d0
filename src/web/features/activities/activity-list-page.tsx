import { useLocation } from "preact-iso";
import { useT } from "../../i18n/use-t";
import { ButtonLink } from "../../ui/button";
import { InitiativeFrame, useInitiative } from "../initiatives/initiative-frame";
import { ActivityTable } from "./activity-table";
import { ActivityTimeline } from "./activity-timeline";
import { CalendarFeedPanel } from "./calendar-feed-panel";

function ViewSwitch(props: { initiativeId: string; view: "timeline" | "list" }) {
  const t = useT();
  const base = `/initiatives/${props.initiativeId}/activities`;
  const views = [
    { view: "timeline", href: base, key: "activities:list.viewTimeline" },
    { view: "list", href: `${base}?view=list`, key: "activities:list.viewList" },
  ] as const;
  return (
    <nav class="view-switch" aria-label={t("activities:list.viewLabel")}>
      <ul class="view-switch__list">
        {views.map((v) => (
          <li key={v.view}>
            <a
              class="view-switch__link"
              href={v.href}
              aria-current={props.view === v.view ? "page" : undefined}
            >
              {t(v.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The initiative's activities: by default its timeline through the four stages, or every
 * activity in a filterable table; facilitators and peers plan new ones from here, and every
 * member can subscribe to the initiative's calendar.
 */
export function ActivityListPage({ id }: { id: string }) {
  const t = useT();
  const initiative = useInitiative(id);
  const { query } = useLocation();
  const view = query.view === "list" ? "list" : "timeline";
  return (
    <InitiativeFrame id={id} section="activities" initiative={initiative}>
      {(data) => {
        const isFacilitator = data.myRole === "facilitator";
        const canCreate = isFacilitator || data.myRole === "peer";
        return (
          <>
            <div class="section-head">
              <h2>{t("activities:list.title")}</h2>
              {canCreate ? (
                <ButtonLink href={`/initiatives/${id}/activities/new`}>
                  {t("activities:list.new")}
                </ButtonLink>
              ) : null}
            </div>
            <p class="lead">
              {t(isFacilitator ? "activities:list.intro" : "activities:list.introMember")}
            </p>
            <ViewSwitch initiativeId={id} view={view} />
            {view === "timeline" ? (
              <ActivityTimeline initiativeId={id} isFacilitator={isFacilitator} />
            ) : (
              <ActivityTable initiativeId={id} isFacilitator={isFacilitator} />
            )}
            <CalendarFeedPanel initiativeId={id} />
          </>
        );
      }}
    </InitiativeFrame>
  );
}
