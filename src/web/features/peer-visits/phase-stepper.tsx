import { phaseKey, transitionRejectionKey } from "../../../domain/peer-visit/message-keys";
import type { GateFailure, PeerVisitPhase } from "../../../domain/peer-visit/phase-gates";
import { peerVisitPhases } from "../../../domain/peer-visit/phase-gates";
import { useT } from "../../i18n/use-t";
import { pvKey } from "./peer-visit-keys";

/** Where a phase stands relative to the visit's current phase. */
export type PhaseProgress = "done" | "current" | "upcoming";

/** The four working phases, in order (`closed` is the end state, not a step). */
export const workingPhases = peerVisitPhases.filter((phase) => phase !== "closed");

/** Each working phase's progress when the visit is in `current`; all done once closed. */
export function describePhaseProgress(
  current: PeerVisitPhase,
): { phase: PeerVisitPhase; progress: PhaseProgress }[] {
  const at = peerVisitPhases.indexOf(current);
  return workingPhases.map((phase, index) => ({
    phase,
    progress: index < at ? "done" : index === at ? "current" : "upcoming",
  }));
}

const progressKeys: Record<PhaseProgress, string> = {
  done: "peer-visit:stepper.done",
  current: "peer-visit:stepper.current",
  upcoming: "peer-visit:stepper.upcoming",
};

/**
 * The four phases of a peer visit as numbered steps: finished ones ticked, the current one
 * marked `aria-current="step"`, the rest ahead. Says "closed" once the visit is over.
 */
export function PhaseStepper({ phase }: { phase: PeerVisitPhase }) {
  const t = useT();
  return (
    <nav class="phase-stepper" aria-label={t("peer-visit:stepper.label")}>
      <ol class="phase-stepper__list">
        {describePhaseProgress(phase).map(({ phase: step, progress }, index) => (
          <li
            key={step}
            class={`phase-stepper__step phase-stepper__step--${progress}`}
            aria-current={progress === "current" ? "step" : undefined}
          >
            <span class="phase-stepper__number" aria-hidden="true">
              {progress === "done" ? "✓" : index + 1}
            </span>
            <span class="phase-stepper__name">{t(pvKey(phaseKey(step)))}</span>
            <span class="visually-hidden"> ({t(progressKeys[progress])})</span>
          </li>
        ))}
      </ol>
      {phase === "closed" ? (
        <p class="phase-stepper__closed">{t("peer-visit:stepper.closed")}</p>
      ) : null}
    </nav>
  );
}

/**
 * What still keeps the visit in its phase (the domain's gates), as a list the people who can
 * act on it read before pressing "move on". Nothing is shown when every gate is met.
 */
export function GateList({ failures, headingId }: { failures: GateFailure[]; headingId: string }) {
  const t = useT();
  if (failures.length === 0) return null;
  return (
    <div class="notice notice--warning">
      <h3 id={headingId} class="notice__title">
        {t("peer-visit:stepper.gatesTitle")}
      </h3>
      <ul aria-labelledby={headingId}>
        {failures.map((failure) => (
          <li key={failure.code}>
            {t(pvKey(transitionRejectionKey(failure.code)), failure.params)}
          </li>
        ))}
      </ul>
    </div>
  );
}
