import type { Activity } from "../../../shared/contracts/activities";

/** The parts of an activity's page, each its own address under the activity. */
export const activityParts = [
  "",
  "people",
  "programme",
  "budget",
  "objectives",
  "reflection",
  "checklist",
] as const;

/** One part; "" is the overview with the activity's details. */
export type ActivityPart = (typeof activityParts)[number];

/** i18n keys of the parts' names, in navigation order. */
export const activityPartKeys: Record<ActivityPart, string> = {
  "": "activities:part.overview",
  people: "activities:part.people",
  programme: "activities:part.programme",
  budget: "activities:part.budget",
  objectives: "activities:part.objectives",
  reflection: "activities:part.reflection",
  checklist: "activities:part.checklist",
};

/** The part a path points at (`/initiatives/x/activities/y/checklist` → "checklist"). */
export function partFromPath(path: string, activityId: string): ActivityPart {
  const segments = path.split("?")[0]?.split("/").filter(Boolean) ?? [];
  const at = segments.indexOf(activityId);
  const next = at >= 0 ? (segments[at + 1] ?? "") : "";
  return activityParts.find((p) => p === next) ?? "";
}

/**
 * The parts this reader sees: reflection only for participants and those who review it;
 * everything else for everyone who may open the activity.
 */
export function visibleParts(activity: Pick<Activity, "myParticipant" | "permissions">) {
  return activityParts.filter(
    (p) =>
      p !== "reflection" ||
      activity.myParticipant !== null ||
      activity.permissions.canReviewReflection,
  );
}
