import type { ActivityFormat } from "../../../domain/catalogue/formats";
import { countDaysBetween } from "../../../domain/catalogue/logistics-checklist";
import { checkActivityPlan, type PlanWarning } from "../../../domain/catalogue/plan-warnings";
import { type ActivityValues, isIsoDate, parseCount } from "./activity-form-values";

/** What the plan preview knows beyond the form: the plan's history and its people. */
export type PlanContext = {
  /** The day preparation started: today for a new plan, the creation day for a saved one. */
  preparationStartsOn: string;
  /** People already added (used when no planned count is typed). */
  participantCount: number;
  /** The objectives written so far; null on the create form, where they come next. */
  objectives: readonly string[] | null;
  /** Name of the chosen host organisation, which counts as the place when no address is given. */
  hostOrganisationName: string | null;
};

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * Length in days as the catalogue counts it (as the server does): whole days, except that a
 * one-day activity of at most 4½ hours counts as half a day. Null while the dates are unusable.
 */
export function countPlanDays(
  values: Pick<ActivityValues, "startsOn" | "endsOn" | "startTime" | "endTime">,
): number | null {
  const endsOn = values.endsOn || values.startsOn;
  if (!isIsoDate(values.startsOn) || !isIsoDate(endsOn) || endsOn < values.startsOn) return null;
  const days = countDaysBetween(values.startsOn, endsOn) + 1;
  if (days > 1 || values.startTime === "" || values.endTime === "") return days;
  return minutesOf(values.endTime) - minutesOf(values.startTime) <= 270 ? 0.5 : 1;
}

/**
 * The plan warnings for what is typed right now, computed with the catalogue's own rules so
 * they match what the server will say after saving. On the create form (no objectives yet)
 * the "no objectives" warning is left out: objectives are written on the next page.
 */
export function previewPlanWarnings(
  values: ActivityValues,
  format: ActivityFormat,
  context: PlanContext,
): PlanWarning[] {
  const address = values.address.trim();
  const warnings = checkActivityPlan(
    {
      participantCount:
        parseCount(values.plannedParticipantCount) ?? (context.participantCount || null),
      durationDays: countPlanDays(values),
      objectives: context.objectives ?? [],
      startsOn: isIsoDate(values.startsOn) ? values.startsOn : null,
      preparationStartsOn: context.preparationStartsOn,
      place: address || context.hostOrganisationName,
      venue: format.isInPerson ? null : address || null,
    },
    format,
  );
  return context.objectives === null
    ? warnings.filter((w) => w.code !== "no_objectives")
    : warnings;
}
