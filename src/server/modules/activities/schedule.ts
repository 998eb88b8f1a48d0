import type { ActivityFormat } from "../../../domain/catalogue/formats";
import { countDaysBetween, subtractDays } from "../../../domain/catalogue/logistics-checklist";
import { invalidField } from "../../errors";

/** When an activity happens: dates, optional local times, and the zone they are in. */
export type Schedule = {
  startsOn: string;
  endsOn: string;
  startTime: string | null;
  endTime: string | null;
  timeZone: string;
};

/** The ISO date `days` after `isoDate` (negative goes back). */
export function addDays(isoDate: string, days: number): string {
  return subtractDays(isoDate, -days);
}

/** Today's date in UTC, the calendar the checklist and reminders run on. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The last day of a format's typical shortest run from `startsOn` (at least the same day). */
export function defaultEndsOn(format: ActivityFormat, startsOn: string): string {
  return addDays(startsOn, Math.max(1, Math.ceil(format.durationDays.min)) - 1);
}

/**
 * Refuses a schedule that cannot be: the end before the start, a start time without an end
 * time (or the other way round), or an end time not after the start time on a one-day activity.
 */
export function checkSchedule(s: Schedule): void {
  if (s.endsOn < s.startsOn) {
    throw invalidField("endsOn", "ends_before_start", "The last day is before the first day");
  }
  if ((s.startTime === null) !== (s.endTime === null)) {
    throw invalidField("endTime", "times_in_pairs", "Give both a start and an end time, or none");
  }
  if (s.startsOn === s.endsOn && s.startTime && s.endTime && s.endTime <= s.startTime) {
    throw invalidField("endTime", "ends_before_start", "The end time is not after the start time");
  }
}

/** Length in days as the catalogue counts it: a one-day activity of up to 4½ hours is ½ day. */
export function countDurationDays(s: Schedule): number {
  const days = countDaysBetween(s.startsOn, s.endsOn) + 1;
  if (days > 1 || s.startTime === null || s.endTime === null) return days;
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return minutes(s.endTime) - minutes(s.startTime) <= 270 ? 0.5 : 1;
}
