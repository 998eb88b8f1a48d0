/**
 * VTIMEZONE blocks (RFC 5545 §3.6.5) generated from the runtime's own time-zone database
 * through `Intl`, so an exported activity carries the rules of its IANA zone and any calendar
 * client computes the same UTC instants we mean.
 *
 * Approach: find the zone's actual UTC-offset transitions in the years the events fall in
 * (one year before to one year after, by scanning `Intl` offsets and narrowing each change to
 * the minute). A zone without transitions gets one STANDARD observance. A zone whose changes
 * follow one yearly "nth (or last) weekday of a month at a local time" rule in every scanned
 * year (most of Europe, North America, Chile, ...) gets a DAYLIGHT and a STANDARD observance
 * with that RRULE. Anything else (Morocco's Ramadan changes, a zone that abolishes summer time
 * mid-range) gets one observance per actual transition, exact for the scanned years.
 */

const minuteMs = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall-clock fields of a UTC instant in a zone. */
function wallClock(zone: string, ms: number): Record<string, number> {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(ms))) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  return fields;
}

/** The zone's UTC offset at an instant, in whole minutes east of UTC (+180 for Nairobi). */
export function offsetMinutesAt(zone: string, ms: number): number {
  const f = wallClock(zone, ms);
  const asUtc = Date.UTC(f.year ?? 0, (f.month ?? 1) - 1, f.day ?? 1, f.hour, f.minute, f.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / minuteMs);
}

/** One change of a zone's offset: at `atMs` (UTC) it goes from `from` to `to` minutes. */
export type ZoneTransition = { atMs: number; from: number; to: number };

/** Every offset change of `zone` between two UTC instants, to the minute. */
export function findTransitions(zone: string, fromMs: number, toMs: number): ZoneTransition[] {
  // Daily probes: no zone in use today changes its offset twice within one day.
  const step = 24 * 60 * minuteMs;
  const found: ZoneTransition[] = [];
  let before = fromMs;
  let offset = offsetMinutesAt(zone, before);
  for (let at = fromMs + step; at <= toMs + step; at += step) {
    const next = offsetMinutesAt(zone, at);
    if (next !== offset) {
      let low = before;
      let high = at;
      while (high - low > minuteMs) {
        const mid = low + Math.floor((high - low) / 2 / minuteMs) * minuteMs;
        if (offsetMinutesAt(zone, mid) === offset) low = mid;
        else high = mid;
      }
      found.push({ atMs: high, from: offset, to: next });
      offset = next;
    }
    before = at;
  }
  return found.filter((t) => t.atMs >= fromMs && t.atMs <= toMs);
}

const weekdays = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];
const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

/** `+0300`, `-0330`: an offset as TZOFFSETFROM/TZOFFSETTO want it. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
}

/** A transition's local wall time in the offset in force before it (how DTSTART states it). */
function localBefore(t: ZoneTransition): Date {
  return new Date(t.atMs + t.from * minuteMs);
}

/** `YYYYMMDDTHHMMSS` of a Date's UTC fields (used for already-shifted local times). */
export function formatLocalStamp(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(
    d.getUTCHours(),
  )}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

type Rule = { month: number; byDay: string; time: string; from: number; to: number };

function ruleOf(t: ZoneTransition): { rule: Rule; nth: number; isLast: boolean } {
  const local = localBefore(t);
  const day = local.getUTCDate();
  const daysInMonth = new Date(
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0),
  ).getUTCDate();
  const rule = {
    month: local.getUTCMonth() + 1,
    byDay: weekdays[local.getUTCDay()] ?? "SU",
    time: formatLocalStamp(local).slice(9),
    from: t.from,
    to: t.to,
  };
  return { rule, nth: Math.ceil(day / 7), isLast: day + 7 > daysInMonth };
}

/** The one yearly rule all these transitions follow (one per year), or null. */
function findYearlyRule(transitions: ZoneTransition[], years: number): string | null {
  if (transitions.length !== years) return null;
  const read = transitions.map(ruleOf);
  const first = read[0];
  if (!first) return null;
  const same = read.every(
    ({ rule }) =>
      rule.month === first.rule.month &&
      rule.byDay === first.rule.byDay &&
      rule.time === first.rule.time &&
      rule.from === first.rule.from &&
      rule.to === first.rule.to,
  );
  if (!same) return null;
  const byMonth = `FREQ=YEARLY;BYMONTH=${first.rule.month}`;
  if (read.every((r) => r.isLast)) return `${byMonth};BYDAY=-1${first.rule.byDay}`;
  if (read.every((r) => r.nth === first.nth))
    return `${byMonth};BYDAY=${first.nth}${first.rule.byDay}`;
  return null;
}

function observance(kind: "STANDARD" | "DAYLIGHT", start: string, from: number, to: number) {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${start}`,
    `TZOFFSETFROM:${formatOffset(from)}`,
    `TZOFFSETTO:${formatOffset(to)}`,
  ];
}

function kindOf(t: ZoneTransition): "STANDARD" | "DAYLIGHT" {
  return t.to > t.from ? "DAYLIGHT" : "STANDARD";
}

const built = new Map<string, string[]>();

/**
 * The VTIMEZONE lines (unfolded, without line ends) for `zone`, valid for events in the years
 * `fromYear`..`toYear`. TZID is the IANA name itself. Results are kept (the runtime's zone
 * data does not change while it runs), so feeds do not rescan.
 */
export function buildVTimezone(zone: string, fromYear: number, toYear: number): string[] {
  const key = `${zone}|${fromYear}|${toYear}`;
  let lines = built.get(key);
  if (!lines) {
    if (built.size > 500) built.clear();
    lines = scanVTimezone(zone, fromYear, toYear);
    built.set(key, lines);
  }
  return [...lines];
}

function scanVTimezone(zone: string, fromYear: number, toYear: number): string[] {
  const startMs = Date.UTC(fromYear - 1, 0, 1);
  const endMs = Date.UTC(toYear + 2, 0, 1) - 1;
  const transitions = findTransitions(zone, startMs, endMs);
  const lines = ["BEGIN:VTIMEZONE", `TZID:${zone}`];
  if (transitions.length === 0) {
    const offset = offsetMinutesAt(zone, startMs);
    lines.push(...observance("STANDARD", "19700101T000000", offset, offset), "END:STANDARD");
    return [...lines, "END:VTIMEZONE"];
  }
  const years = toYear - fromYear + 3;
  const toDaylight = transitions.filter((t) => kindOf(t) === "DAYLIGHT");
  const toStandard = transitions.filter((t) => kindOf(t) === "STANDARD");
  const daylightRule = findYearlyRule(toDaylight, years);
  const standardRule = findYearlyRule(toStandard, years);
  if (daylightRule && standardRule && toDaylight[0] && toStandard[0]) {
    for (const [first, rule] of [
      [toDaylight[0], daylightRule],
      [toStandard[0], standardRule],
    ] as const) {
      const start = formatLocalStamp(localBefore(first));
      lines.push(...observance(kindOf(first), start, first.from, first.to), `RRULE:${rule}`);
      lines.push(`END:${kindOf(first)}`);
    }
    return [...lines, "END:VTIMEZONE"];
  }
  const initial = transitions[0]?.from ?? 0;
  const initialKind =
    transitions[0] && kindOf(transitions[0]) === "DAYLIGHT" ? "STANDARD" : "DAYLIGHT";
  lines.push(...observance(initialKind, formatLocalStamp(new Date(startMs)), initial, initial));
  lines.push(`END:${initialKind}`);
  for (const t of transitions) {
    lines.push(...observance(kindOf(t), formatLocalStamp(localBefore(t)), t.from, t.to));
    lines.push(`END:${kindOf(t)}`);
  }
  return [...lines, "END:VTIMEZONE"];
}
