import { useState } from "preact/hooks";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { ApiError, api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { FormErrorSummary } from "../../ui/form-error-summary";
import { TextAreaField } from "../../ui/form-field";
import { showToast } from "../../ui/toast";
import { useFormSubmit } from "../../ui/use-form-submit";

type StartProps = {
  initiativeId: string;
  activityId: string;
  onStarted: () => Promise<PeerVisit | null>;
};

const phaseSteps = [
  { name: "peer-visit:phase.preparation", text: "peer-visit:start.phaseText.preparation" },
  { name: "peer-visit:phase.visit", text: "peer-visit:start.phaseText.visit" },
  { name: "peer-visit:phase.feedback", text: "peer-visit:start.phaseText.feedback" },
  { name: "peer-visit:phase.follow_up", text: "peer-visit:start.phaseText.follow_up" },
] as const;

/** The four phases in a sentence each, so the host knows what starting commits them to. */
function PhaseIntro() {
  const t = useT();
  return (
    <>
      <p class="lead">{t("peer-visit:start.intro")}</p>
      <ol>
        {phaseSteps.map((step) => (
          <li key={step.name}>
            <strong>{t(step.name)}</strong>: {t(step.text)}
          </li>
        ))}
      </ol>
    </>
  );
}

/**
 * Starts the peer visit workflow on this activity (facilitators and hosts): the four phases
 * explained, and the area to improve if the host already knows it. A visit someone else started
 * in the meantime (409) is simply loaded.
 */
export function VisitStartForm({ initiativeId, activityId, onStarted }: StartProps) {
  const t = useT();
  const [area, setArea] = useState("");
  const form = useFormSubmit();
  const path = `/api/initiatives/${initiativeId}/activities/${activityId}/peer-visit`;
  async function submit(event: Event) {
    event.preventDefault();
    let wasStartedElsewhere = false;
    const isDone = await form.run(async () => {
      try {
        await api.post<PeerVisit>(path, { areaToImprove: area.trim() });
      } catch (error) {
        if (!(error instanceof ApiError && error.code === "CONFLICT")) throw error;
        wasStartedElsewhere = true;
      }
    });
    if (isDone) {
      showToast(
        wasStartedElsewhere ? t("peer-visit:start.alreadyStarted") : t("peer-visit:start.started"),
      );
      await onStarted();
    }
  }
  const fields = [
    { name: "areaToImprove", id: "start-area", label: t("peer-visit:preparation.area") },
  ];
  return (
    <>
      <PhaseIntro />
      <form class="form" aria-labelledby="visit-start-form-title" onSubmit={submit} noValidate>
        <h3 id="visit-start-form-title">{t("peer-visit:start.formTitle")}</h3>
        <FormErrorSummary form={form} fields={fields} />
        <TextAreaField
          id="start-area"
          label={t("peer-visit:preparation.area")}
          hint={t("peer-visit:preparation.areaHint")}
          isOptional
          maxLength={2000}
          value={area}
          onValue={setArea}
          error={form.fieldKeys.areaToImprove ? t(form.fieldKeys.areaToImprove) : undefined}
        />
        <Button type="submit" isBusy={form.isBusy}>
          {t("peer-visit:start.submit")}
        </Button>
      </form>
    </>
  );
}
