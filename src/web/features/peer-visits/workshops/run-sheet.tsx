import { useState } from "preact/hooks";
import {
  buildRunSheet,
  sumWorkshopMinutes,
  type WorkshopMethod,
} from "../../../../domain/peer-visit/workshop-methods";
import { useT } from "../../../i18n/use-t";
import { TextField } from "../../../ui/form-field";
import { pvKey } from "../peer-visit-keys";
import { addMinutesToClock } from "./clock-time";

type RunSheetProps = {
  method: WorkshopMethod;
  /** Prefix for element ids, so two run sheets on one page stay apart. */
  idPrefix: string;
  /** Local `HH:mm` the workshop starts at, when the activity already has one. */
  initialStart?: string;
};

/**
 * A method's steps as a timed run sheet: clock times from a start time the reader can change,
 * each step's length and who leads it. The timings come from the domain's method definition.
 */
export function RunSheet({ method, idPrefix, initialStart = "09:00" }: RunSheetProps) {
  const t = useT();
  const [start, setStart] = useState(initialStart);
  const steps = buildRunSheet(method);
  const clockOf = (minute: number) => addMinutesToClock(start, minute);
  const headingId = `${idPrefix}-steps-title`;
  return (
    <section class="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("peer-visit:library.steps")}</h2>
      <p>{t("peer-visit:library.totalTime", { count: sumWorkshopMinutes(method) })}</p>
      <TextField
        id={`${idPrefix}-start`}
        type="time"
        class="input--short"
        label={t("peer-visit:library.startsAt")}
        hint={t("peer-visit:library.startsAtHint")}
        value={start}
        isOptional
        onValue={setStart}
      />
      <ol class="run-sheet">
        {steps.map((step, index) => {
          const from = clockOf(step.startsAtMinute);
          const to = clockOf(step.endsAtMinute);
          return (
            <li key={step.key} class="run-sheet__step">
              <h3 class="run-sheet__title">
                {t("peer-visit:library.stepNumber", { number: index + 1 })}
                {from && to ? (
                  <span class="run-sheet__clock">
                    {" "}
                    {t("peer-visit:library.clockRange", { from, to })}
                  </span>
                ) : null}
              </h3>
              <p class="run-sheet__text">{t(pvKey(step.key))}</p>
              <p class="run-sheet__meta muted">
                {t("peer-visit:library.minutes", { count: step.durationMinutes })}
                {" · "}
                {t("peer-visit:library.ledBy", {
                  role: t(pvKey(`workshop.role.${step.ledBy}`)),
                })}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
