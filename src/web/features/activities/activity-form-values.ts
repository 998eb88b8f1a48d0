import type { ActivityFormat, FormatKey, StudyVisitTheme } from "../../../domain/catalogue/formats";
import { subtractDays } from "../../../domain/catalogue/logistics-checklist";
import type {
  Activity,
  ActivityStatus,
  UpdateActivity,
} from "../../../shared/contracts/activities";
import type { FieldErrorKeys } from "../../ui/use-form-submit";
import type { Level } from "./activity-labels";

/** What the activity form edits, as the controls hold it (numbers and dates as typed). */
export type ActivityValues = {
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  hostOrganisationId: string;
  address: string;
  onlineUrl: string;
  levels: Level[];
  theme: string;
  plannedParticipantCount: string;
  isInternational: boolean;
  isHighLevel: boolean;
  status: ActivityStatus;
  /** Stages the activity serves; the format's own when not changed. */
  stages: number[];
};

/** The ISO date `days` after `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  return subtractDays(isoDate, -days);
}

/** The last day of the format's shortest typical run from `startsOn` (the server's default). */
export function defaultEndsOn(format: ActivityFormat, startsOn: string): string {
  if (!isIsoDate(startsOn)) return "";
  return addDays(startsOn, Math.max(1, Math.ceil(format.durationDays.min)) - 1);
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * A new plan with the format's defaults: it starts once the format's usual preparation time
 * has passed, lasts its shortest typical length, addresses its default levels, and counts as
 * international (in person) and high level (political level) like the server assumes.
 */
export function defaultValuesFor(
  format: ActivityFormat,
  today: string,
  timeZone: string,
): ActivityValues {
  const startsOn = addDays(today, format.minPreparationWeeks * 7);
  return {
    title: "",
    description: "",
    startsOn,
    endsOn: defaultEndsOn(format, startsOn),
    startTime: "",
    endTime: "",
    timeZone,
    hostOrganisationId: "",
    address: "",
    onlineUrl: "",
    levels: [...format.defaultLevels],
    theme: "",
    plannedParticipantCount: "",
    isInternational: format.isInPerson,
    isHighLevel: format.defaultLevels.includes("political"),
    status: "planned",
    stages: [...format.stages],
  };
}

/** Switches a plan to another format: the format's defaults replace the old format's ones. */
export function applyFormat(
  values: ActivityValues,
  from: ActivityFormat,
  to: ActivityFormat,
): ActivityValues {
  const keptEnd = values.endsOn !== defaultEndsOn(from, values.startsOn);
  return {
    ...values,
    endsOn: keptEnd ? values.endsOn : defaultEndsOn(to, values.startsOn),
    levels: [...to.defaultLevels],
    isInternational: to.isInPerson,
    isHighLevel: to.defaultLevels.includes("political"),
    stages: [...to.stages],
    theme: to.themes.includes(values.theme as StudyVisitTheme) ? values.theme : "",
  };
}

/** The form's values for an existing activity. */
export function valuesOfActivity(activity: Activity): ActivityValues {
  return {
    title: activity.title,
    description: activity.description,
    startsOn: activity.startsOn,
    endsOn: activity.endsOn,
    startTime: activity.startTime ?? "",
    endTime: activity.endTime ?? "",
    timeZone: activity.timeZone,
    hostOrganisationId: activity.hostOrganisationId ?? "",
    address: activity.address,
    onlineUrl: activity.onlineUrl ?? "",
    levels: [...activity.levels],
    theme: activity.theme ?? "",
    plannedParticipantCount:
      activity.plannedParticipantCount === null ? "" : String(activity.plannedParticipantCount),
    isInternational: activity.isInternational,
    isHighLevel: activity.isHighLevel,
    status: activity.status,
    stages: [...activity.stages],
  };
}

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** A whole number from a typed count, or null when empty or not a number. */
export function parseCount(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

/** The fields both creating and editing send. */
function editableBody(values: ActivityValues, format: ActivityFormat) {
  const hasTimes = values.startTime !== "" && values.endTime !== "";
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    startsOn: values.startsOn,
    endsOn: values.endsOn || values.startsOn,
    startTime: hasTimes ? values.startTime : null,
    endTime: hasTimes ? values.endTime : null,
    timeZone: values.timeZone,
    hostOrganisationId: values.hostOrganisationId || null,
    address: values.address.trim(),
    onlineUrl: values.onlineUrl.trim() || null,
    levels: values.levels,
    theme: format.themes.length > 0 && values.theme ? (values.theme as StudyVisitTheme) : null,
    plannedParticipantCount: parseCount(values.plannedParticipantCount),
    isInternational: values.isInternational,
    isHighLevel: values.isHighLevel,
    stages: sameSet(values.stages, format.stages) ? null : [...values.stages].sort(),
  };
}

/** `POST .../activities` body; stages are left to the format unless changed. */
export function toCreateBody(formatKey: FormatKey, values: ActivityValues, format: ActivityFormat) {
  const { stages, ...rest } = editableBody(values, format);
  return { formatKey, ...rest, status: values.status, ...(stages ? { stages } : {}) };
}

/** `PATCH .../activities/:activityId` body with every editable field and the version seen. */
export function toUpdateBody(
  values: ActivityValues,
  format: ActivityFormat,
  version: number,
): UpdateActivity {
  return { ...editableBody(values, format), status: values.status, version };
}

const urlPattern = /^https?:\/\/[^\s]+$/i;

/**
 * What stops the plan from being saved, per field (the server checks the same rules): a title,
 * real dates in order, both times or neither, an end after the start, a zone, an http(s) link
 * and a whole number of participants.
 */
export function validateActivity(values: ActivityValues): FieldErrorKeys {
  const problems: FieldErrorKeys = {};
  if (!values.title.trim()) problems.title = "common:fieldError.required";
  if (!isIsoDate(values.startsOn)) problems.startsOn = "activities:fieldError.date";
  if (values.endsOn && !isIsoDate(values.endsOn)) problems.endsOn = "activities:fieldError.date";
  else if (values.endsOn && values.endsOn < values.startsOn)
    problems.endsOn = "activities:fieldError.endsBeforeStart";
  if ((values.startTime === "") !== (values.endTime === "")) {
    problems[values.startTime === "" ? "startTime" : "endTime"] =
      "activities:fieldError.timesInPairs";
  } else if (
    values.startTime &&
    (values.endsOn || values.startsOn) === values.startsOn &&
    values.endTime <= values.startTime
  ) {
    problems.endTime = "activities:fieldError.endTimeBeforeStart";
  }
  if (!values.timeZone) problems.timeZone = "common:fieldError.required";
  if (values.onlineUrl.trim() && !urlPattern.test(values.onlineUrl.trim()))
    problems.onlineUrl = "activities:fieldError.url";
  const count = values.plannedParticipantCount.trim();
  if (count && (parseCount(count) === null || Number(count) < 1 || Number(count) > 10_000))
    problems.plannedParticipantCount = "activities:fieldError.count";
  if (values.stages.length === 0) problems.stages = "activities:fieldError.stages";
  return problems;
}

/**
 * The values after an edit, keeping the last day in step with the first: when the first day
 * moves and the last day still held the format's default, the default moves along.
 */
export function followStartDate(
  previous: ActivityValues,
  next: ActivityValues,
  format: ActivityFormat,
): ActivityValues {
  const wasDefault = previous.endsOn === defaultEndsOn(format, previous.startsOn);
  if (next.startsOn === previous.startsOn || !wasDefault || next.endsOn !== previous.endsOn)
    return next;
  return { ...next, endsOn: defaultEndsOn(format, next.startsOn) };
}
