import type { PeerAssessmentView } from "../../../shared/contracts/peer-assessments";
import { ApiError, api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { LoadError, Loading } from "../../ui/load-status";
import { useResource } from "../../ui/use-resource";
import { InitiativeFrame, useInitiative } from "../initiatives/initiative-frame";
import { ActivityCrumb } from "./peer-assessment-crumb";
import { DirectionSection } from "./peer-assessment-direction";
import type { AssessmentPartProps } from "./peer-assessment-form-state";
import { mySideKeys } from "./peer-assessment-labels";
import { PlanCard } from "./peer-assessment-plan";
import { ReverseDirection } from "./peer-assessment-reverse";
import { AssessmentSetup } from "./peer-assessment-setup";
import { assessmentPath } from "./peer-assessment-values";

function Progress({ view }: { view: PeerAssessmentView }) {
  const t = useT();
  const { completeness } = view;
  return (
    <dl class="facts facts--compact card">
      <div class="facts__row">
        <dt>{t("peer-assessment:progress.answers")}</dt>
        <dd>
          {t("peer-assessment:progress.answersValue", {
            answered: completeness.answered,
            total: completeness.total,
          })}
        </dd>
      </div>
      <div class="facts__row">
        <dt>{t("peer-assessment:progress.required")}</dt>
        <dd>
          {t(
            completeness.isRequiredComplete
              ? "peer-assessment:progress.requiredDone"
              : "peer-assessment:progress.requiredOpen",
          )}
        </dd>
      </div>
    </dl>
  );
}

function AssessmentBody(props: AssessmentPartProps) {
  const t = useT();
  const { view } = props;
  const directions = [...view.directions].sort(
    (a, b) => Number(b.isRequired) - Number(a.isRequired),
  );
  return (
    <>
      <p class="lead">{t("peer-assessment:intro")}</p>
      <p>{t(view.mySide ? mySideKeys[view.mySide] : "peer-assessment:you.none")}</p>
      <Progress view={view} />
      <div class="two-columns">
        {(["partner_a", "partner_b"] as const).map((side) => (
          <PlanCard key={side} side={side} {...props} />
        ))}
      </div>
      {directions.map((direction) => (
        <DirectionSection key={direction.assessor} direction={direction} {...props} />
      ))}
      <ReverseDirection {...props} />
    </>
  );
}

function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}

/**
 * The structured peer assessment of an activity (ICLD toolbox method 1): each partner's project
 * plan and its presentation, the four questions the assessing partner answers (drafts, then a
 * submission that freezes them), the optional reverse direction, and who may read what. Before
 * it is set up, facilitators and hosts set it up here; everyone else sees that it is not yet.
 */
export function PeerAssessmentPage({ id, activityId }: { id: string; activityId: string }) {
  const t = useT();
  const initiative = useInitiative(id);
  const assessment = useResource(`peer-assessment:${activityId}`, () =>
    api.get<PeerAssessmentView>(assessmentPath(id, activityId)),
  );
  const view = assessment.data;
  const isMissing = isNotFound(assessment.error);
  return (
    <InitiativeFrame id={id} section="activities" initiative={initiative}>
      {(current) =>
        isMissing ? (
          <AssessmentSetup
            initiative={current}
            activityId={activityId}
            onCreated={assessment.setData}
            reload={assessment.reload}
          />
        ) : (
          <>
            <ActivityCrumb id={id} activityId={activityId} title={view?.activityTitle ?? null} />
            <h2>{t("peer-assessment:title")}</h2>
            {assessment.isLoading && !view ? <Loading /> : null}
            {assessment.error ? (
              <LoadError error={assessment.error} onRetry={() => void assessment.reload()} />
            ) : null}
            {isForbidden(assessment.error) ? <p>{t("peer-assessment:forbidden")}</p> : null}
            {view ? (
              <AssessmentBody view={view} apply={assessment.setData} reload={assessment.reload} />
            ) : null}
          </>
        )
      }
    </InitiativeFrame>
  );
}
