const clockPattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight for a local `HH:mm`, or null when it is not a valid time. */
export function parseClockTime(value: string): number | null {
  const match = clockPattern.exec(value);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * The local `HH:mm` that lies `minutes` after `start`, wrapping past midnight (a workshop that
 * starts at 23:30 and runs 60 minutes ends at 00:30). Null when `start` is not a valid time.
 */
export function addMinutesToClock(start: string, minutes: number): string | null {
  const base = parseClockTime(start);
  if (base === null) return null;
  const total = (((base + minutes) % 1440) + 1440) % 1440;
  const hours = Math.floor(total / 60);
  return `${String(hours).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}
