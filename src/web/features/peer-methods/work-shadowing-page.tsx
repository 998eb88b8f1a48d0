import type { Activity } from "../../../shared/contracts/activities";
import type { WorkShadowing } from "../../../shared/contracts/work-shadowing";
import { useT } from "../../i18n/use-t";
import { EmptyState } from "../../ui/empty-state";
import { formatDate } from "../../ui/format";
import { useResource } from "../../ui/use-resource";
import { loadActivityMethod, MethodPageFrame } from "./method-page";
import { ShadowingEntries } from "./work-shadowing-entries";
import { ShadowingPeople, ShadowingProgramme, ShadowingWarnings } from "./work-shadowing-plan";
import { ShadowingFocus, ShadowingSetup } from "./work-shadowing-setup";

/** The activity with its work shadowing; `shadowing` is null while it is not set up. */
type ShadowingView = { activity: Activity; shadowing: WorkShadowing | null };

async function loadView(base: string): Promise<ShadowingView> {
  const { activity, method } = await loadActivityMethod<WorkShadowing>(base, "work-shadowing");
  return { activity, shadowing: method };
}

/** What the page shows before the work shadowing exists: set it up, or wait for those who may. */
function NotSetUp({ activity, base, reload }: ShadowingView & ContentProps) {
  const t = useT();
  if (activity.formatKey !== "work_shadowing") {
    return (
      <EmptyState
        level={3}
        title={t("shadowing:wrongFormat.title")}
        text={t("shadowing:wrongFormat.text")}
      />
    );
  }
  if (!activity.permissions.canPlan) {
    return (
      <EmptyState
        level={3}
        title={t("shadowing:notSetUp.title")}
        text={t("shadowing:notSetUp.waitText")}
      />
    );
  }
  return <ShadowingSetup base={base} reload={reload} />;
}

type ContentProps = { base: string; reload: () => Promise<unknown> };

function ShadowingContent({ view, base, reload }: { view: ShadowingView } & ContentProps) {
  const t = useT();
  const { activity, shadowing } = view;
  if (!shadowing) return <NotSetUp {...view} base={base} reload={reload} />;
  const props = { shadowing, base, reload };
  return (
    <>
      <p class="lead">
        {t("shadowing:dates", {
          from: formatDate(shadowing.startsOn),
          to: formatDate(shadowing.endsOn),
        })}
      </p>
      <ShadowingWarnings warnings={shadowing.warnings} />
      <ShadowingFocus {...props} />
      <ShadowingPeople shadowing={shadowing} />
      <ShadowingProgramme shadowing={shadowing} activity={activity} />
      <ShadowingEntries {...props} />
    </>
  );
}

/**
 * Work shadowing (ICLD toolbox, method 4): one or two visitors follow a counterpart at work for a
 * day or two. Shows the focus, the people, the programme and plan warnings, and lets the visitors
 * write down what they observe and the ideas they take home (read by author, hosts and
 * facilitators only). Facilitators and hosts set it up and keep its focus.
 */
export function WorkShadowingPage({ id, activityId }: { id: string; activityId: string }) {
  const t = useT();
  const base = `/api/initiatives/${id}/activities/${activityId}`;
  const view = useResource(`work-shadowing:${activityId}`, () => loadView(base));
  return (
    <MethodPageFrame
      id={id}
      activityId={activityId}
      title={t("shadowing:title")}
      intro={t("shadowing:intro")}
      refusals={{
        forbidden: t("shadowing:refused.forbidden"),
        notFound: t("shadowing:refused.notFound"),
      }}
      view={view}
    >
      {(data) => <ShadowingContent view={data} base={base} reload={view.reload} />}
    </MethodPageFrame>
  );
}
