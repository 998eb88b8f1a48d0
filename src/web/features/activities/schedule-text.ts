import { formatDate } from "../../ui/format";

/** When an activity happens, as the contracts carry it. */
export type ScheduleFacts = {
  startsOn: string;
  endsOn: string;
  startTime: string | null;
  endTime: string | null;
  timeZone: string;
};

/**
 * When an activity happens in the interface language: "12 Mar 2027, 09:00–16:00
 * (Europe/Stockholm)", "12 Mar 2027 09:00 – 13 Mar 2027 12:00 (Africa/Nairobi)", or the dates
 * alone for an all-day activity. Local times always name their zone, never converted.
 */
export function describeSchedule(s: ScheduleFacts): string {
  const first = formatDate(s.startsOn);
  const last = formatDate(s.endsOn);
  const isOneDay = s.startsOn === s.endsOn;
  if (s.startTime === null || s.endTime === null) return isOneDay ? first : `${first} – ${last}`;
  const span = isOneDay
    ? `${first}, ${s.startTime}–${s.endTime}`
    : `${first} ${s.startTime} – ${last} ${s.endTime}`;
  return `${span} (${s.timeZone.replace(/_/g, " ")})`;
}
