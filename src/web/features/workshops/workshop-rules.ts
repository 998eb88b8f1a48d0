import type { Workshop } from "../../../shared/contracts/workshops";
import { addMinutesToClock } from "../peer-visits/workshops/clock-time";

/** One captured output, as the GET answer carries it. */
export type WorkshopOutput = Workshop["outputs"][number];
/** Insight, idea, agreed action or open question. */
export type WorkshopOutputKind = WorkshopOutput["kind"];
/** One timed step of the workshop's run sheet. */
export type TimedStep = Workshop["method"]["runSheet"][number];

/** Name key per output kind ("Insight"), in the order the page shows them. */
export const outputKindKeys: Record<WorkshopOutputKind, string> = {
  insight: "workshop:output.kind.insight",
  idea: "workshop:output.kind.idea",
  action: "workshop:output.kind.action",
  question: "workshop:output.kind.question",
};

/** Group heading key per output kind, plural by `count` ("Insights (3)"). */
export const outputGroupKeys: Record<WorkshopOutputKind, string> = {
  insight: "workshop:output.group.insight",
  idea: "workshop:output.group.idea",
  action: "workshop:output.group.action",
  question: "workshop:output.group.question",
};

/** The output kinds in page order (the contract's `workshopOutputKinds`; no zod in the bundle). */
export const outputKinds = Object.keys(outputKindKeys) as WorkshopOutputKind[];

/** A run-sheet step with its clock times; null times when the workshop has no start time. */
export type ClockedStep = TimedStep & { from: string | null; to: string | null };

/** The run sheet with local clock times from `startTime` (`HH:mm`), wrapping past midnight. */
export function clockRunSheet(
  runSheet: readonly TimedStep[],
  startTime: string | null,
): ClockedStep[] {
  return runSheet.map((step) => ({
    ...step,
    from: startTime ? addMinutesToClock(startTime, step.startsAtMinute) : null,
    to: startTime ? addMinutesToClock(startTime, step.endsAtMinute) : null,
  }));
}

/** The outputs of each kind, oldest first; kinds without outputs are left out. */
export function groupOutputsByKind(
  outputs: readonly WorkshopOutput[],
): { kind: WorkshopOutputKind; outputs: WorkshopOutput[] }[] {
  return outputKinds
    .map((kind) => ({
      kind,
      outputs: outputs
        .filter((output) => output.kind === kind)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
    }))
    .filter((group) => group.outputs.length > 0);
}

/** A draft of the output form: the step is "" when the output belongs to no step. */
export type OutputDraft = { kind: WorkshopOutputKind; stepKey: string; text: string };

/**
 * The body of a capture (POST) or edit (PATCH): trimmed text, no step as null, and a step that
 * is no longer part of the method (the method was changed) dropped rather than refused.
 */
export function outputBody(draft: OutputDraft, runSheet: readonly TimedStep[]) {
  const isKnownStep = runSheet.some((step) => step.key === draft.stepKey);
  return {
    kind: draft.kind,
    stepKey: isKnownStep ? draft.stepKey : null,
    text: draft.text.trim(),
  };
}

/** The number (1-based) of a step in the run sheet, or null when it is not part of it. */
export function stepNumberOf(runSheet: readonly TimedStep[], stepKey: string | null) {
  if (stepKey === null) return null;
  const index = runSheet.findIndex((step) => step.key === stepKey);
  return index < 0 ? null : index + 1;
}
