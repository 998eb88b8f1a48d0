import { maxObjectivesPerActivity } from "../objectives/advise-objective";
import type { ActivityFormat } from "./formats";
import { countDaysBetween } from "./logistics-checklist";

/** Ways a plan can contradict its format; the web app translates them (namespace "catalogue"). */
export const planWarningCodes = [
  "participants_above_typical",
  "participants_below_typical",
  "duration_above_typical",
  "duration_below_typical",
  "preparation_too_short",
  "starts_before_preparation",
  "no_objectives",
  "too_many_objectives",
  "online_with_venue",
  "in_person_without_place",
] as const;

/** One plan warning code. */
export type PlanWarningCode = (typeof planWarningCodes)[number];

/**
 * A warning about a plan, with the numbers its message needs. Where a number can be 1,
 * it is passed as `count` so the message can use plural forms.
 */
export interface PlanWarning {
  code: PlanWarningCode;
  params: Record<string, number>;
}

/** What is planned for one activity, as far as it is known; unknown values are null. */
export interface ActivityPlan {
  participantCount: number | null;
  /** Days; half a day is 0.5. */
  durationDays: number | null;
  /** Learning objectives as written; blank ones are ignored. */
  objectives: readonly string[];
  /** ISO date the activity starts. */
  startsOn: string | null;
  /** ISO date preparation starts: today for a new plan. */
  preparationStartsOn: string | null;
  /** Town or site ("Kisumu", "Uppsala city hall"). */
  place: string | null;
  /** Booked room or hall. */
  venue: string | null;
}

/** The i18n key of a plan warning's message. */
export function planWarningTextKey(code: PlanWarningCode): string {
  return `catalogue:planWarnings.${code}`;
}

function isBlank(value: string | null): boolean {
  return value === null || value.trim() === "";
}

function checkRange(
  value: number | null,
  range: { min: number; max: number },
  above: PlanWarningCode,
  below: PlanWarningCode,
): PlanWarning[] {
  if (value === null) return [];
  if (value > range.max) return [{ code: above, params: { count: value, max: range.max } }];
  if (value < range.min) return [{ code: below, params: { count: value, min: range.min } }];
  return [];
}

function checkPreparation(plan: ActivityPlan, format: ActivityFormat): PlanWarning[] {
  if (plan.startsOn === null || plan.preparationStartsOn === null) return [];
  const days = countDaysBetween(plan.preparationStartsOn, plan.startsOn);
  if (days < 0) return [{ code: "starts_before_preparation", params: {} }];
  if (days >= format.minPreparationWeeks * 7) return [];
  const params = { count: Math.floor(days / 7), days, minWeeks: format.minPreparationWeeks };
  return [{ code: "preparation_too_short", params }];
}

function checkObjectives(plan: ActivityPlan): PlanWarning[] {
  const count = plan.objectives.filter((objective) => objective.trim() !== "").length;
  if (count === 0) return [{ code: "no_objectives", params: {} }];
  if (count > maxObjectivesPerActivity) {
    return [{ code: "too_many_objectives", params: { count, max: maxObjectivesPerActivity } }];
  }
  return [];
}

function checkPlace(plan: ActivityPlan, format: ActivityFormat): PlanWarning[] {
  if (!format.isInPerson)
    return isBlank(plan.venue) ? [] : [{ code: "online_with_venue", params: {} }];
  return isBlank(plan.place) && isBlank(plan.venue)
    ? [{ code: "in_person_without_place", params: {} }]
    : [];
}

/**
 * Where an activity plan contradicts its format: more or fewer people or days than usual,
 * too little preparation time, no or too many learning objectives, a venue for an online
 * session or no place for an in-person one. Warnings never block saving the plan.
 */
export function checkActivityPlan(plan: ActivityPlan, format: ActivityFormat): PlanWarning[] {
  return [
    ...checkRange(
      plan.participantCount,
      format.participants,
      "participants_above_typical",
      "participants_below_typical",
    ),
    ...checkRange(
      plan.durationDays,
      format.durationDays,
      "duration_above_typical",
      "duration_below_typical",
    ),
    ...checkPreparation(plan, format),
    ...checkObjectives(plan),
    ...checkPlace(plan, format),
  ];
}
