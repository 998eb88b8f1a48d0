import { getLocale } from "../i18n/i18n";

/** The formatting locale: English dates are written the British way (day month year). */
function formatLocale(): string {
  const locale = getLocale();
  return locale === "en" ? "en-GB" : locale;
}

/** A calendar date (`YYYY-MM-DD`) or timestamp shown in the active language, e.g. "3 March 2026". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "";
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(formatLocale(), { dateStyle: "medium", timeZone: "UTC" }).format(
    date,
  );
}

/** A timestamp with its time of day (UTC), for logs such as the mail outbox. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(formatLocale(), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(date);
}

/** A list page's 1-based `page` query value turned into an API offset. */
export function offsetOf(pageQuery: string | undefined, limit: number): number {
  const page = Number.parseInt(pageQuery ?? "1", 10);
  return Number.isFinite(page) && page > 1 ? (page - 1) * limit : 0;
}
