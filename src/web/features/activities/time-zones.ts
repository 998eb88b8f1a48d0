/** One choice of the time-zone select. */
export type TimeZoneOption = { value: string; label: string };

/** The zones this browser knows (IANA names), plus `extra` (a saved zone) when missing. */
export function listTimeZones(extra?: string): string[] {
  const known =
    typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  const zones = new Set<string>(known.length > 0 ? known : ["UTC"]);
  if (!zones.has("UTC")) zones.add("UTC");
  if (extra) zones.add(extra);
  return [...zones].sort((a, b) => a.localeCompare(b, "en"));
}

/** The browser's own zone, or UTC when it cannot say. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

/**
 * The zone's offset from UTC at noon on `isoDate` ("UTC+01:00", "UTC−03:30", "UTC"), so the
 * label matches the season the activity happens in. Empty when the zone is unknown.
 */
export function offsetLabel(zone: string, isoDate: string): string {
  const at = /^\d{4}-\d{2}-\d{2}$/.test(isoDate)
    ? new Date(`${isoDate}T12:00:00Z`)
    : new Date(Date.UTC(2000, 0, 1, 12));
  try {
    const part = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value;
    if (!part) return "";
    if (/^GMT([+-]00:?00)?$/.test(part)) return "UTC";
    return part.replace("GMT", "UTC").replace("-", "\u2212");
  } catch {
    return "";
  }
}

/** Select options "Europe/Stockholm (UTC+02:00)" for every zone, offsets as on `isoDate`. */
export function timeZoneOptions(isoDate: string, current?: string): TimeZoneOption[] {
  return listTimeZones(current).map((zone) => {
    const offset = offsetLabel(zone, isoDate);
    const name = zone.replace(/_/g, " ");
    return { value: zone, label: offset ? `${name} (${offset})` : name };
  });
}
