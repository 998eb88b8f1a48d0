import { describe, expect, it } from "vitest";
import { buildVTimezone, findTransitions, formatOffset, offsetMinutesAt } from "./time-zone-rules";

describe("time-zone rules from Intl", () => {
  it("reads offsets east of UTC in minutes", () => {
    expect(offsetMinutesAt("Africa/Nairobi", Date.UTC(2027, 2, 15, 6))).toBe(180);
    expect(offsetMinutesAt("Europe/Stockholm", Date.UTC(2027, 6, 1))).toBe(120);
    expect(offsetMinutesAt("Europe/Stockholm", Date.UTC(2027, 0, 1))).toBe(60);
    expect(offsetMinutesAt("America/St_Johns", Date.UTC(2027, 0, 1))).toBe(-210);
    expect(offsetMinutesAt("Asia/Kathmandu", Date.UTC(2027, 0, 1))).toBe(345);
  });

  it("finds Stockholm's 2027 changes to the minute (01:00 UTC on the last Sundays)", () => {
    const found = findTransitions("Europe/Stockholm", Date.UTC(2027, 0, 1), Date.UTC(2028, 0, 1));
    expect(found.map((t) => [new Date(t.atMs).toISOString(), t.from, t.to])).toEqual([
      ["2027-03-28T01:00:00.000Z", 60, 120],
      ["2027-10-31T01:00:00.000Z", 120, 60],
    ]);
  });

  it("formats offsets as RFC 5545 wants them", () => {
    expect(formatOffset(180)).toBe("+0300");
    expect(formatOffset(-210)).toBe("-0330");
    expect(formatOffset(0)).toBe("+0000");
  });

  it("gives a zone without changes one STANDARD observance", () => {
    expect(buildVTimezone("Africa/Nairobi", 2027, 2027)).toEqual([
      "BEGIN:VTIMEZONE",
      "TZID:Africa/Nairobi",
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      "TZOFFSETFROM:+0300",
      "TZOFFSETTO:+0300",
      "END:STANDARD",
      "END:VTIMEZONE",
    ]);
  });

  it("states Stockholm's rule once, starting a year before the events", () => {
    const lines = buildVTimezone("Europe/Stockholm", 2027, 2028);
    expect(lines).toContain("DTSTART:20260329T020000");
    expect(lines).toContain("DTSTART:20261025T030000");
    expect(lines.filter((l) => l.startsWith("RRULE:"))).toEqual([
      "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
      "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    ]);
  });

  it("uses nth-weekday rules where they fit (New York: 2nd Sunday of March, 1st of November)", () => {
    const rules = buildVTimezone("America/New_York", 2027, 2027).filter((l) =>
      l.startsWith("RRULE:"),
    );
    expect(rules).toEqual([
      "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
      "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
    ]);
  });
});
