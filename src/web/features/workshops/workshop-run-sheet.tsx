import { useState } from "preact/hooks";
import { findWorkshopMethod } from "../../../domain/peer-visit/workshop-methods";
import type { Workshop } from "../../../shared/contracts/workshops";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { useFocusAfterRender } from "../peer-methods/focus-after-render";
import { pvKey } from "../peer-visits/peer-visit-keys";
import { addMinutesToClock } from "../peer-visits/workshops/clock-time";
import { MethodFacts } from "../peer-visits/workshops/workshop-method-page";
import { WorkshopMethodForm } from "./workshop-method-form";
import { type ClockedStep, clockRunSheet } from "./workshop-rules";

type RunSheetProps = { workshop: Workshop; base: string; reload: () => Promise<unknown> };

function StepTime({ step }: { step: ClockedStep }) {
  const t = useT();
  const text =
    step.from && step.to
      ? t("peer-visit:library.clockRange", { from: step.from, to: step.to })
      : t("workshop:runSheet.minuteRange", { from: step.startsAtMinute, to: step.endsAtMinute });
  return <span class="run-sheet__clock"> {text}</span>;
}

function StepList({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const steps = clockRunSheet(workshop.method.runSheet, workshop.startTime);
  return (
    <ol class="run-sheet" aria-label={t("workshop:runSheet.stepsLabel")}>
      {steps.map((step, index) => (
        <li key={step.key} class="run-sheet__step">
          <h4 class="run-sheet__title">
            {t("peer-visit:library.stepNumber", { number: index + 1 })}
            <StepTime step={step} />
          </h4>
          <p class="run-sheet__text">{t(pvKey(step.key))}</p>
          <p class="run-sheet__meta muted">
            {t("peer-visit:library.minutes", { count: step.durationMinutes })}
            {" · "}
            {t("peer-visit:library.ledBy", { role: t(pvKey(`workshop.role.${step.ledBy}`)) })}
          </p>
        </li>
      ))}
    </ol>
  );
}

function TimeSummary({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const { startTime, method } = workshop;
  const end = startTime ? addMinutesToClock(startTime, method.totalMinutes) : null;
  return (
    <p data-testid="workshop-times">
      {t("peer-visit:library.totalTime", { count: method.totalMinutes })}{" "}
      {startTime && end
        ? t("workshop:runSheet.fromTo", { from: startTime, to: end })
        : t("workshop:runSheet.noStartTime")}
    </p>
  );
}

/**
 * The chosen method and its run sheet with clock times from the workshop's start time.
 * Facilitators and hosts change the method or the start time here.
 */
export function WorkshopRunSheet({ workshop, base, reload }: RunSheetProps) {
  const t = useT();
  const [isChanging, setChanging] = useState(false);
  const focusAfterRender = useFocusAfterRender();
  const method = findWorkshopMethod(workshop.method.id);
  const changeId = "workshop-method-change";
  const close = () => {
    setChanging(false);
    focusAfterRender(changeId);
  };
  return (
    <section class="section" aria-labelledby="workshop-method-title">
      <h3 id="workshop-method-title">
        {t("workshop:runSheet.title", { method: t(pvKey(workshop.method.nameKey)) })}
      </h3>
      <p>{t(pvKey(workshop.method.summaryKey))}</p>
      {method ? <MethodFacts method={method} /> : null}
      <TimeSummary workshop={workshop} />
      {isChanging ? (
        <div class="card">
          <h4 class="card__title">{t("workshop:method.changeTitle")}</h4>
          <WorkshopMethodForm base={base} workshop={workshop} reload={reload} onDone={close} />
        </div>
      ) : workshop.permissions.canEdit ? (
        <Button id={changeId} variant="secondary" onClick={() => setChanging(true)}>
          {t("workshop:method.change")}
        </Button>
      ) : null}
      <StepList workshop={workshop} />
    </section>
  );
}
