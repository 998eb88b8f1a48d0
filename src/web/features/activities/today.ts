/** Today in UTC, the calendar the server's checklist, preparation and RSVP rules run on. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
