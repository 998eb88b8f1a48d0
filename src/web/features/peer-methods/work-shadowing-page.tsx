import type { Activity } from "../../../shared/contracts/activities";
import type { WorkShadowing } from "../../../shared/contracts/work-shadowing";
import { ApiError, api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { EmptyState } from "../../ui/empty-state";
import { formatDate } from "../../ui/format";
import { LoadError, Loading } from "../../ui/load-status";
import { useResource } from "../../ui/use-resource";
import { activityPath } from "../activities/activity-summary-item";
import { InitiativeFrame, useInitiative } from "../initiatives/initiative-frame";
import { ShadowingEntries } from "./work-shadowing-entries";
import { ShadowingPeople, ShadowingProgramme, ShadowingWarnings } from "./work-shadowing-plan";
import { ShadowingFocus, ShadowingSetup } from "./work-shadowing-setup";

/** The activity with its work shadowing; `shadowing` is null while it is not set up. */
type ShadowingView = { activity: Activity; shadowing: WorkShadowing | null };

async function loadView(base: string): Promise<ShadowingView> {
  const [activity, shadowing] = await Promise.all([
    api.get<Activity>(base),
    api.get<WorkShadowing>(`${base}/work-shadowing`).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }),
  ]);
  return { activity, shadowing };
}

function ViewError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
    return (
      <div class="notice notice--error" role="alert">
        <p>
          {error.status === 403
            ? t("shadowing:refused.forbidden")
            : t("shadowing:refused.notFound")}
        </p>
      </div>
    );
  }
  return <LoadError error={error} onRetry={onRetry} />;
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
  const initiative = useInitiative(id);
  const base = `/api/initiatives/${id}/activities/${activityId}`;
  const view = useResource(`work-shadowing:${activityId}`, () => loadView(base));
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
          <h2>{t("shadowing:title")}</h2>
          <p class="muted">{t("shadowing:intro")}</p>
          {view.isLoading && !data ? <Loading /> : null}
          {view.error ? <ViewError error={view.error} onRetry={() => void view.reload()} /> : null}
          {data ? <ShadowingContent view={data} base={base} reload={view.reload} /> : null}
        </>
      )}
    </InitiativeFrame>
  );
}
