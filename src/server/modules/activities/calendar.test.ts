import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import {
  type CalendarEvent,
  escapeText,
  foldLine,
  formatParamValue,
  renderCalendar,
  sanitiseUri,
} from "./calendar";

const now = new Date("2026-11-23T10:15:30.000Z");

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: "0190a1b2-0000-7000-8000-000000000001@kollega",
    sequence: 2,
    summary: "Peer visit to Ziwani",
    description: "",
    location: "Ziwani Municipal Council, Lake Road",
    url: null,
    startsOn: "2027-03-15",
    endsOn: "2027-03-15",
    startTime: "09:00",
    endTime: "16:00",
    timeZone: "Africa/Nairobi",
    status: "CONFIRMED",
    lastModified: "2026-11-20T08:00:00.000Z",
    ...overrides,
  };
}

/** Parses with the independent ical.js and returns the VEVENTs as ical.js events. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    calendar,
    events: calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)),
  };
}

function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

describe("renderCalendar, read back by ical.js", () => {
  it("writes a VCALENDAR with PRODID, VERSION, and the event's stable fields", () => {
    const text = renderCalendar([event()], { name: "Sjöby–Ziwani", now });
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//Kollega//Kollega peer learning//EN");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Sjöby–Ziwani");
    const e = only(events);
    expect(e.uid).toBe("0190a1b2-0000-7000-8000-000000000001@kollega");
    expect(e.summary).toBe("Peer visit to Ziwani");
    expect(e.location).toBe("Ziwani Municipal Council, Lake Road");
    expect(e.sequence).toBe(2);
    expect(e.component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-11-23T10:15:30Z");
    expect(e.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.split("\r\n").every((line) => !line.includes("\n"))).toBe(true);
  });

  it("puts a visit in Africa/Nairobi at 09:00 local at 06:00 UTC", () => {
    const text = renderCalendar([event()], { name: null, now });
    expect(text).toContain("DTSTART;TZID=Africa/Nairobi:20270315T090000\r\n");
    const e = only(parse(text).events);
    expect(e.startDate.zone?.tzid).toBe("Africa/Nairobi");
    expect(e.startDate.toJSDate().toISOString()).toBe("2027-03-15T06:00:00.000Z");
    expect(e.endDate.toJSDate().toISOString()).toBe("2027-03-15T13:00:00.000Z");
  });

  it("gives Europe/Stockholm +02:00 in summer and +01:00 in winter, with yearly rules", () => {
    const summer = event({ uid: "s@k", startsOn: "2027-06-10", endsOn: "2027-06-11" });
    const winter = event({ uid: "w@k", startsOn: "2027-01-20", endsOn: "2027-01-20" });
    const zone = { timeZone: "Europe/Stockholm" };
    const text = renderCalendar(
      [
        { ...summer, ...zone },
        { ...winter, ...zone },
      ],
      {
        name: null,
        now,
      },
    );
    expect(text).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
    expect(text).toContain("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    const [s, w] = parse(text).events;
    expect(s?.startDate.toJSDate().toISOString()).toBe("2027-06-10T07:00:00.000Z");
    expect(s?.endDate.toJSDate().toISOString()).toBe("2027-06-11T14:00:00.000Z");
    expect(w?.startDate.toJSDate().toISOString()).toBe("2027-01-20T08:00:00.000Z");
  });

  it("handles the southern hemisphere (America/Santiago) on both sides of its changes", () => {
    const zone = { timeZone: "America/Santiago" };
    const text = renderCalendar(
      [
        event({ ...zone, uid: "a@k", startsOn: "2027-01-15", endsOn: "2027-01-15" }),
        event({ ...zone, uid: "b@k", startsOn: "2027-07-15", endsOn: "2027-07-15" }),
      ],
      { name: null, now },
    );
    const [january, july] = parse(text).events;
    expect(january?.startDate.toJSDate().toISOString()).toBe("2027-01-15T12:00:00.000Z");
    expect(july?.startDate.toJSDate().toISOString()).toBe("2027-07-15T13:00:00.000Z");
  });

  it("lists each change where no yearly rule fits (Morocco's Ramadan hour)", () => {
    const zone = { timeZone: "Africa/Casablanca" };
    const text = renderCalendar(
      [
        event({ ...zone, uid: "a@k", startsOn: "2027-02-20", endsOn: "2027-02-20" }),
        event({ ...zone, uid: "b@k", startsOn: "2027-05-20", endsOn: "2027-05-20" }),
      ],
      { name: null, now },
    );
    expect(text).not.toContain("RRULE");
    const [ramadan, after] = parse(text).events;
    expect(ramadan?.startDate.toJSDate().toISOString()).toBe("2027-02-20T09:00:00.000Z");
    expect(after?.startDate.toJSDate().toISOString()).toBe("2027-05-20T08:00:00.000Z");
  });

  it("writes all-day events as DATE values with an exclusive end and no VTIMEZONE", () => {
    const text = renderCalendar(
      [event({ startTime: null, endTime: null, startsOn: "2027-03-15", endsOn: "2027-03-17" })],
      { name: null, now },
    );
    expect(text).not.toContain("VTIMEZONE");
    const e = only(parse(text).events);
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe("2027-03-15");
    expect(e.endDate.toString()).toBe("2027-03-18");
  });

  it("keeps hostile text intact through escaping and folding", () => {
    const hostile =
      'Budget; "costs", fees \\ and\r\nBEGIN:VEVENT\nDTSTART:19700101T000000Z, över ✓ 🌍 '.repeat(
        4,
      );
    const text = renderCalendar(
      [event({ summary: hostile, description: hostile, location: "Sjöby; hall 3, floor 2" })],
      { name: "A;B,C\\D", now },
    );
    const { calendar, events } = parse(text);
    const e = only(events);
    expect(e.summary).toBe(hostile.replace(/\r\n/g, "\n"));
    expect(e.description).toBe(hostile.replace(/\r\n/g, "\n"));
    expect(e.location).toBe("Sjöby; hall 3, floor 2");
    // ical.js leaves unknown X- properties unescaped; the line itself shows RFC 5545 TEXT.
    expect(text).toContain("\r\nX-WR-CALNAME:A\\;B\\,C\\\\D\r\n");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("A\\;B\\,C\\\\D");
    for (const line of text.split("\r\n")) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
  });

  it("marks cancelled activities and carries online links as URL", () => {
    const text = renderCalendar(
      [event({ status: "CANCELLED", location: null, url: "https://meet.example.org/ziwani room" })],
      { name: null, now },
    );
    const e = only(parse(text).events);
    expect(e.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(e.component.getFirstPropertyValue("url")).toBe("https://meet.example.org/ziwani%20room");
    expect(e.location).toBeNull();
  });

  it("round-trips any text (property): what goes in comes out", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        const clean = text
          .replace(/\r\n?/g, "\n")
          .replace(/\p{Cc}/gu, (c) => (c === "\n" || c === "\t" ? c : ""));
        const e = only(
          parse(renderCalendar([event({ summary: text })], { name: null, now })).events,
        );
        expect(e.summary).toBe(clean);
      }),
      { numRuns: 150 },
    );
  });
});

describe("escaping and folding", () => {
  it("escapes backslash, semicolon, comma and line breaks as RFC 5545 says", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
    expect(escapeText("bell\u0007tab\t")).toBe("belltab\t");
  });

  it("folds at 75 octets without splitting a UTF-8 character", () => {
    const line = `SUMMARY:${"ö".repeat(100)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(2);
    for (const [i, part] of physical.entries()) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(" ")).toBe(true);
    }
    expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
    expect(foldLine("SHORT:line")).toBe("SHORT:line");
  });

  it("quotes parameter values that need it and encodes unsafe URI characters", () => {
    expect(formatParamValue("Europe/Stockholm")).toBe("Europe/Stockholm");
    expect(formatParamValue('a:b"c')).toBe('"a:bc"');
    expect(sanitiseUri("https://x.org/a b\nc")).toBe("https://x.org/a%20b%0Ac");
  });
});
