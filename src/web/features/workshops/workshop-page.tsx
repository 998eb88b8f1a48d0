import type { Activity } from "../../../shared/contracts/activities";
import type { Workshop } from "../../../shared/contracts/workshops";
import { ApiError, api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { EmptyState } from "../../ui/empty-state";
import { LoadError, Loading } from "../../ui/load-status";
import { useResource } from "../../ui/use-resource";
import { activityPath } from "../activities/activity-summary-item";
import { InitiativeFrame, useInitiative } from "../initiatives/initiative-frame";
import { WorkshopMethodForm } from "./workshop-method-form";
import { WorkshopOutputs } from "./workshop-outputs";
import { WorkshopRunSheet } from "./workshop-run-sheet";

/** The activity with its workshop; `workshop` is null while no method has been chosen. */
type WorkshopView = { activity: Activity; workshop: Workshop | null };

const workshopFormats: readonly Activity["formatKey"][] = [
  "peer_learning_workshop",
  "lessons_learnt_workshop",
];

async function loadView(base: string): Promise<WorkshopView> {
  const [activity, workshop] = await Promise.all([
    api.get<Activity>(base),
    api.get<Workshop>(`${base}/workshop`).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }),
  ]);
  return { activity, workshop };
}

function ViewError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
    return (
      <div class="notice notice--error" role="alert">
        <p>
          {error.status === 403 ? t("workshop:refused.forbidden") : t("workshop:refused.notFound")}
        </p>
      </div>
    );
  }
  return <LoadError error={error} onRetry={onRetry} />;
}

type ContentProps = { view: WorkshopView; base: string; reload: () => Promise<unknown> };

/** Before a method is chosen: facilitators and hosts choose it, others are told to wait. */
function NotSetUp({ view, base, reload }: ContentProps) {
  const t = useT();
  const { activity } = view;
  if (!workshopFormats.includes(activity.formatKey)) {
    return (
      <EmptyState
        level={3}
        title={t("workshop:wrongFormat.title")}
        text={t("workshop:wrongFormat.text")}
      />
    );
  }
  if (!activity.permissions.canPlan) {
    return (
      <EmptyState
        level={3}
        title={t("workshop:notSetUp.title")}
        text={t("workshop:notSetUp.waitText")}
      />
    );
  }
  return (
    <section class="card" aria-labelledby="workshop-setup-title">
      <h3 id="workshop-setup-title">{t("workshop:setup.title")}</h3>
      <p>{t("workshop:setup.text")}</p>
      <WorkshopMethodForm base={base} workshop={null} reload={reload} />
    </section>
  );
}

function WorkshopContent(props: ContentProps) {
  const { workshop } = props.view;
  if (!workshop) return <NotSetUp {...props} />;
  return (
    <>
      <WorkshopRunSheet workshop={workshop} base={props.base} reload={props.reload} />
      <WorkshopOutputs workshop={workshop} base={props.base} reload={props.reload} />
    </>
  );
}

/**
 * A peer learning or lessons-learnt workshop (ICLD toolbox, method 5): its method from the
 * library with a timed run sheet, and the outputs captured in the room (insights, ideas,
 * actions, open questions). Facilitators and hosts choose and change the method and start time;
 * everyone taking part captures outputs.
 */
export function WorkshopPage({ id, activityId }: { id: string; activityId: string }) {
  const t = useT();
  const initiative = useInitiative(id);
  const base = `/api/initiatives/${id}/activities/${activityId}`;
  const view = useResource(`workshop:${activityId}`, () => loadView(base));
  const data = view.data;
  return (
    <InitiativeFrame id={id} section="activities" initiative={initiative}>
      {() => (
        <>
          <p class="breadcrumb">
            <a href={data ? activityPath(id, activityId) : `/initiatives/${id}/activities`}>
              {data ? data.activity.title : t("activities:list.title")}
            </a>
          </p>
          <h2>{t("workshop:title")}</h2>
          <p class="muted">{t("workshop:intro")}</p>
          {view.isLoading && !data ? <Loading /> : null}
          {view.error ? <ViewError error={view.error} onRetry={() => void view.reload()} /> : null}
          {data ? <WorkshopContent view={data} base={base} reload={view.reload} /> : null}
        </>
      )}
    </InitiativeFrame>
  );
}
