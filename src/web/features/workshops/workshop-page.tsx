import type { Activity } from "../../../shared/contracts/activities";
import type { Workshop } from "../../../shared/contracts/workshops";
import { useT } from "../../i18n/use-t";
import { EmptyState } from "../../ui/empty-state";
import { useResource } from "../../ui/use-resource";
import { loadActivityMethod, MethodPageFrame } from "../peer-methods/method-page";
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
  const { activity, method } = await loadActivityMethod<Workshop>(base, "workshop");
  return { activity, workshop: method };
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
  const base = `/api/initiatives/${id}/activities/${activityId}`;
  const view = useResource(`workshop:${activityId}`, () => loadView(base));
  return (
    <MethodPageFrame
      id={id}
      activityId={activityId}
      title={t("workshop:title")}
      intro={t("workshop:intro")}
      refusals={{
        forbidden: t("workshop:refused.forbidden"),
        notFound: t("workshop:refused.notFound"),
      }}
      view={view}
    >
      {(data) => <WorkshopContent view={data} base={base} reload={view.reload} />}
    </MethodPageFrame>
  );
}
