import { buildVTimezone } from "./time-zone-rules";

/**
 * Our small iCalendar (RFC 5545) writer for activities: pure functions, no I/O. Timed events
 * are written in local time with `TZID=<IANA zone>` and a VTIMEZONE block generated from
 * `Intl` (see time-zone-rules.ts); all-day events use DATE values.
 */

/** One activity as a calendar event. */
export type CalendarEvent = {
  /** Stable per activity, so re-imports and feeds update rather than duplicate. */
  uid: string;
  /** Grows with every edit (the activity's version - 1), so clients take the newer copy. */
  sequence: number;
  summary: string;
  description: string;
  /** A physical place; null when none. */
  location: string | null;
  /** An online link (http/https); null when none. */
  url: string | null;
  startsOn: string;
  endsOn: string;
  /** Local `HH:mm`; both null means an all-day event. */
  startTime: string | null;
  endTime: string | null;
  timeZone: string;
  status: "TENTATIVE" | "CONFIRMED" | "CANCELLED";
  /** UTC ISO time of the last change. */
  lastModified: string;
};

/** Options of a whole calendar. */
export type CalendarOptions = {
  /** Calendar name shown by clients (X-WR-CALNAME); omitted when null. */
  name: string | null;
  /** The moment of export (DTSTAMP). */
  now: Date;
};

/** Our product identifier (PRODID). */
export const PRODUCT_ID = "-//Kollega//Kollega peer learning//EN";

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash,
 * every line break becomes `\n`; other control characters are dropped.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\p{Cc}/gu, (c) => (c === "\n" || c === "\t" ? c : ""))
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

/** A URI value with anything that may not stand in a content line percent-encoded. */
export function sanitiseUri(uri: string): string {
  return uri.replace(/[\p{Cc}\s"]/gu, (c) => encodeURIComponent(c));
}

/** A parameter value, quoted when it holds `:`, `;` or `,` (RFC 5545 §3.2). */
export function formatParamValue(value: string): string {
  const clean = value.replace(/[\p{Cc}"]/gu, "");
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

const encoder = new TextEncoder();

/**
 * Folds a content line so no physical line exceeds 75 octets (RFC 5545 §3.1): continuation
 * lines start with one space. Never splits a UTF-8 character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** `20261123T120000Z`: a UTC instant as DATE-TIME. */
export function formatUtcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

function compactDate(isoDate: string): string {
  return isoDate.replace(/-/g, "");
}

function nextDay(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
}

function isTimed(event: CalendarEvent): boolean {
  return event.startTime !== null && event.endTime !== null;
}

function eventTimes(event: CalendarEvent): string[] {
  if (!isTimed(event)) {
    return [
      `DTSTART;VALUE=DATE:${compactDate(event.startsOn)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(event.endsOn))}`,
    ];
  }
  const tzid = formatParamValue(event.timeZone);
  const local = (date: string, time: string | null) =>
    `${compactDate(date)}T${(time ?? "00:00").replace(":", "")}00`;
  return [
    `DTSTART;TZID=${tzid}:${local(event.startsOn, event.startTime)}`,
    `DTEND;TZID=${tzid}:${local(event.endsOn, event.endTime)}`,
  ];
}

function renderEvent(event: CalendarEvent, now: Date): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${formatUtcStamp(now)}`,
    `LAST-MODIFIED:${formatUtcStamp(new Date(event.lastModified))}`,
    `SEQUENCE:${event.sequence}`,
    ...eventTimes(event),
    `SUMMARY:${escapeText(event.summary)}`,
    `STATUS:${event.status}`,
  ];
  if (event.description !== "") lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${sanitiseUri(event.url)}`);
  lines.push("END:VEVENT");
  return lines;
}

/** The years timed events fall in, per zone, so each VTIMEZONE covers its events. */
function yearsByZone(events: readonly CalendarEvent[]): Map<string, { from: number; to: number }> {
  const zones = new Map<string, { from: number; to: number }>();
  for (const event of events.filter(isTimed)) {
    const from = Number(event.startsOn.slice(0, 4));
    const to = Number(event.endsOn.slice(0, 4));
    const known = zones.get(event.timeZone);
    zones.set(event.timeZone, {
      from: Math.min(from, known?.from ?? from),
      to: Math.max(to, known?.to ?? to),
    });
  }
  return zones;
}

/**
 * A whole VCALENDAR (METHOD:PUBLISH) with one VTIMEZONE per zone used by timed events and one
 * VEVENT per event; lines folded at 75 octets and ended with CRLF.
 */
export function renderCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODUCT_ID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
  ];
  if (options.name !== null) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const [zone, years] of yearsByZone(events)) {
    lines.push(...buildVTimezone(zone, years.from, years.to));
  }
  for (const event of events) lines.push(...renderEvent(event, options.now));
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
