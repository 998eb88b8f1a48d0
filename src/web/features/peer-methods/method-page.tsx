import type { ComponentChildren } from "preact";
import type { Activity } from "../../../shared/contracts/activities";
import { ApiError, api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { LoadError, Loading } from "../../ui/load-status";
import type { Resource } from "../../ui/use-resource";
import { activityPath } from "../activities/activity-summary-item";
import { InitiativeFrame, useInitiative } from "../initiatives/initiative-frame";

/**
 * Loads an activity and the method record attached to it (`<base>/<methodPath>`) together; the
 * method is null while it has not been set up (the API answers 404 for it).
 */
export async function loadActivityMethod<M>(
  base: string,
  methodPath: string,
): Promise<{ activity: Activity; method: M | null }> {
  const [activity, method] = await Promise.all([
    api.get<Activity>(base),
    api.get<M>(`${base}/${methodPath}`).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }),
  ]);
  return { activity, method };
}

/** The refusal sentences of one method page, already translated. */
export type RefusalTexts = { forbidden: string; notFound: string };

function ViewError(props: { error: unknown; refusals: RefusalTexts; onRetry: () => void }) {
  const { error, refusals } = props;
  if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
    return (
      <div class="notice notice--error" role="alert">
        <p>{error.status === 403 ? refusals.forbidden : refusals.notFound}</p>
      </div>
    );
  }
  return <LoadError error={error} onRetry={props.onRetry} />;
}

type MethodPageFrameProps<V extends { activity: Activity }> = {
  id: string;
  activityId: string;
  title: string;
  intro: string;
  refusals: RefusalTexts;
  view: Resource<V>;
  children: (view: V) => ComponentChildren;
};

/**
 * What the work-shadowing and workshop pages share: the initiative frame, a breadcrumb back to
 * the activity, the method's title and intro, loading, and a plain refusal for people outside
 * the activity (403) or an unknown one (404).
 */
export function MethodPageFrame<V extends { activity: Activity }>(props: MethodPageFrameProps<V>) {
  const t = useT();
  const { id, activityId, view } = props;
  const initiative = useInitiative(id);
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
          <h2>{props.title}</h2>
          <p class="muted">{props.intro}</p>
          {view.isLoading && !data ? <Loading /> : null}
          {view.error ? (
            <ViewError
              error={view.error}
              refusals={props.refusals}
              onRetry={() => void view.reload()}
            />
          ) : null}
          {data ? props.children(data) : null}
        </>
      )}
    </InitiativeFrame>
  );
}
