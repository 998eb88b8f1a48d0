import { useState } from "preact/hooks";
import type { z } from "zod";
import type { PartnerSide } from "../../../domain/peer-visit/peer-assessment";
import { assessmentQuestions } from "../../../domain/peer-visit/peer-assessment";
import type { Activity } from "../../../shared/contracts/activities";
import type { Initiative } from "../../../shared/contracts/initiatives";
import type {
  createPeerAssessmentSchema,
  PeerAssessmentView,
} from "../../../shared/contracts/peer-assessments";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { EmptyState } from "../../ui/empty-state";
import { LoadError, Loading } from "../../ui/load-status";
import { showToast } from "../../ui/toast";
import { useResource } from "../../ui/use-resource";
import { activityPath } from "../activities/activity-summary-item";
import { CheckboxField } from "../activities/checkbox-group";
import { RadioGroup } from "../matching/radio-group";
import { ActivityCrumb } from "./peer-assessment-crumb";
import { AssessmentErrors, sendAssessment, useAssessmentForm } from "./peer-assessment-form-state";
import { directionHeadingKeys, questionKeys } from "./peer-assessment-labels";
import { assessmentPath } from "./peer-assessment-values";

/** The method in our words: what each partner does, and the four questions. */
function MethodExplanation() {
  const t = useT();
  return (
    <section class="card" aria-labelledby="pa-method-title">
      <h3 id="pa-method-title">{t("peer-assessment:setup.howTitle")}</h3>
      <ol>
        <li>{t("peer-assessment:setup.step.write")}</li>
        <li>{t("peer-assessment:setup.step.present")}</li>
        <li>{t("peer-assessment:setup.step.answer")}</li>
        <li>{t("peer-assessment:setup.step.read")}</li>
      </ol>
      <p>{t("peer-assessment:setup.questionsIntro")}</p>
      <ul>
        {assessmentQuestions.map((question) => (
          <li key={question}>{t(questionKeys[question])}</li>
        ))}
      </ul>
      <p class="muted">{t("peer-assessment:setup.source")}</p>
    </section>
  );
}

type SetupFormProps = {
  initiativeId: string;
  activityId: string;
  onCreated: (view: PeerAssessmentView) => void;
  reload: () => Promise<unknown>;
};

function SetupForm(props: SetupFormProps) {
  const t = useT();
  const [assessor, setAssessor] = useState<PartnerSide>("partner_b");
  const [withReverse, setWithReverse] = useState(false);
  const form = useAssessmentForm(props.reload);
  async function submit(event: Event) {
    event.preventDefault();
    const body: z.input<typeof createPeerAssessmentSchema> = {
      requiredAssessor: assessor,
      withReverseDirection: withReverse,
    };
    const path = assessmentPath(props.initiativeId, props.activityId);
    let created: PeerAssessmentView | null = null;
    const ok = await form.run(async () => {
      created = await sendAssessment("POST", path, body);
    });
    if (!ok || !created) return;
    showToast(t("peer-assessment:setup.done"));
    props.onCreated(created);
  }
  const options = (["partner_b", "partner_a"] as const).map((side) => ({
    value: side,
    label: t(directionHeadingKeys[side]),
    hint: t(side === "partner_b" ? "peer-assessment:setup.hintB" : "peer-assessment:setup.hintA"),
  }));
  return (
    <section class="card" aria-labelledby="pa-setup-title">
      <h3 id="pa-setup-title">{t("peer-assessment:setup.title")}</h3>
      <AssessmentErrors form={form} fields={[]} />
      <form class="form" noValidate onSubmit={submit}>
        <RadioGroup
          id="pa-setup-assessor"
          legend={t("peer-assessment:setup.assessorLegend")}
          options={options}
          value={assessor}
          onValue={(value) => setAssessor(value === "partner_a" ? "partner_a" : "partner_b")}
        />
        <CheckboxField
          id="pa-setup-reverse"
          label={t("peer-assessment:setup.reverse")}
          hint={t("peer-assessment:setup.reverseHint")}
          checked={withReverse}
          onChange={setWithReverse}
        />
        <Button type="submit" isBusy={form.isBusy}>
          {t("peer-assessment:setup.submit")}
        </Button>
      </form>
    </section>
  );
}

function SetupContent(props: SetupFormProps & { activity: Activity; initiative: Initiative }) {
  const t = useT();
  const { activity, initiative } = props;
  if (activity.formatKey !== "structured_peer_assessment") {
    return (
      <EmptyState
        level={3}
        title={t("peer-assessment:wrongFormat.title")}
        text={t("peer-assessment:wrongFormat.text")}
      >
        <a href={activityPath(activity.initiativeId, activity.id)}>
          {t("peer-assessment:backToActivity")}
        </a>
      </EmptyState>
    );
  }
  const canSetUp = initiative.myRole === "facilitator" || activity.myParticipant?.role === "host";
  return (
    <>
      {canSetUp ? (
        <p class="lead">{t("peer-assessment:setup.lead")}</p>
      ) : (
        <EmptyState
          level={3}
          title={t("peer-assessment:empty.title")}
          text={t("peer-assessment:empty.text")}
        />
      )}
      <MethodExplanation />
      {canSetUp ? <SetupForm {...props} /> : null}
    </>
  );
}

/**
 * Shown while an activity has no peer assessment yet: facilitators and hosts read how the method
 * works and set it up; other participants learn that it is not set up yet.
 */
export function AssessmentSetup(props: {
  initiative: Initiative;
  activityId: string;
  onCreated: (view: PeerAssessmentView) => void;
  reload: () => Promise<unknown>;
}) {
  const t = useT();
  const { initiative, activityId } = props;
  const activity = useResource(`activity:${activityId}`, () =>
    api.get<Activity>(`/api/initiatives/${initiative.id}/activities/${activityId}`),
  );
  const data = activity.data;
  return (
    <>
      <ActivityCrumb id={initiative.id} activityId={activityId} title={data?.title ?? null} />
      <h2>{t("peer-assessment:title")}</h2>
      {activity.isLoading && !data ? <Loading /> : null}
      {activity.error ? (
        <LoadError error={activity.error} onRetry={() => void activity.reload()} />
      ) : null}
      {data ? <SetupContent {...props} initiativeId={initiative.id} activity={data} /> : null}
    </>
  );
}
