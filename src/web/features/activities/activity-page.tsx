import { useLocation } from "preact-iso";
import type { Activity } from "../../../shared/contracts/activities";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { LoadError, Loading } from "../../ui/load-status";
import { useResource } from "../../ui/use-resource";
import { InitiativeFrame, useInitiative } from "../initiatives/initiative-frame";
import { ActivityHeader } from "./activity-header";
import { type ActivityPart, activityPartKeys, partFromPath, visibleParts } from "./activity-parts";
import { activityPath } from "./activity-summary-item";
import { BudgetPart } from "./budget-part";
import { ChecklistPart } from "./checklist-part";
import { DetailsPart } from "./details-part";
import { ObjectivesPart } from "./objectives-part";
import { PeoplePart } from "./people-part";
import { ProgrammePart } from "./programme-part";
import { ReflectionPart } from "./reflection-part";

/** What every part of the activity page receives. */
export type PartProps = { activity: Activity; reload: () => Promise<Activity | null> };

function PartsNav(props: { activity: Activity; part: ActivityPart }) {
  const t = useT();
  const { activity } = props;
  return (
    <nav class="subnav" aria-label={t("activities:part.label")}>
      <ul class="subnav__list">
        {visibleParts(activity).map((p) => (
          <li key={p || "overview"}>
            <a
              class="subnav__link"
              href={activityPath(activity.initiativeId, activity.id, p)}
              aria-current={p === props.part ? "page" : undefined}
            >
              {t(activityPartKeys[p])}
              {p === "checklist" && activity.checklist.some((i) => i.isOverdue) ? (
                <span class="badge badge--danger">
                  {t("activities:checklist.overdueCount", {
                    count: activity.checklist.filter((i) => i.isOverdue).length,
                  })}
                </span>
              ) : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function PartContent(props: PartProps & { part: ActivityPart }) {
  switch (props.part) {
    case "people":
      return <PeoplePart {...props} />;
    case "programme":
      return <ProgrammePart {...props} />;
    case "budget":
      return <BudgetPart {...props} />;
    case "objectives":
      return <ObjectivesPart {...props} />;
    case "reflection":
      return <ReflectionPart {...props} />;
    case "checklist":
      return <ChecklistPart {...props} />;
    default:
      return <DetailsPart {...props} />;
  }
}

/**
 * One activity with its parts (details, people and invitations, programme, budget,
 * objectives, reflection, checklist), each at its own address so it can be linked to.
 */
export function ActivityPage({ id, activityId }: { id: string; activityId: string }) {
  const t = useT();
  const initiative = useInitiative(id);
  const { path } = useLocation();
  const part = partFromPath(path, activityId);
  const activity = useResource(`activity:${activityId}`, () =>
    api.get<Activity>(`/api/initiatives/${id}/activities/${activityId}`),
  );
  const data = activity.data;
  return (
    <InitiativeFrame id={id} section="activities" initiative={initiative}>
      {() => (
        <>
          <p class="breadcrumb">
            <a href={`/initiatives/${id}/activities`}>{t("activities:list.title")}</a>
          </p>
          {activity.isLoading && !data ? <Loading /> : null}
          {activity.error ? (
            <LoadError error={activity.error} onRetry={() => void activity.reload()} />
          ) : null}
          {data ? (
            <>
              <ActivityHeader activity={data} reload={activity.reload} />
              <PartsNav activity={data} part={part} />
              <PartContent activity={data} reload={activity.reload} part={part} />
            </>
          ) : null}
        </>
      )}
    </InitiativeFrame>
  );
}
