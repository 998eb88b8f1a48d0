const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const millisecondsPerDay = 86_400_000;

/**
 * A calendar date `YYYY-MM-DD` as whole days since 1970-01-01 (UTC), or null when the text is
 * not a real date (wrong shape, month 13, 31 February ...). Pure: no clock, no time zone.
 */
export function toEpochDay(isoDate: string): number | null {
  const match = isoDatePattern.exec(isoDate);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const millis = Date.UTC(year, month - 1, day);
  const check = new Date(millis);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    return null;
  }
  return Math.round(millis / millisecondsPerDay);
}

/** Days from `from` to `to` (negative when `to` is earlier); null if either is not a real date. */
export function countDaysBetween(from: string, to: string): number | null {
  const start = toEpochDay(from);
  const end = toEpochDay(to);
  if (start === null || end === null) return null;
  return end - start;
}
