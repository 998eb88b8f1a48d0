import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activityFormats, type FormatKey, getActivityFormat } from "./formats";
import {
  type ChecklistContext,
  type ChecklistItemKey,
  countDaysBetween,
  generateChecklist,
  subtractDays,
} from "./logistics-checklist";

const startsOn = "2026-06-01";
const abroadHighLevel: ChecklistContext = {
  isHighLevelDelegation: true,
  isInternational: true,
  startsOn,
  today: "2026-01-15",
};
const homeOrdinary: ChecklistContext = {
  ...abroadHighLevel,
  isHighLevelDelegation: false,
  isInternational: false,
};

// Written out in full (not taken from the source) so a change to a format's tasks shows here.
const trip: ChecklistItemKey[] = [
  "budget_approved",
  "visas_applied",
  "invitations_sent",
  "travel_booked",
  "confirmations_received",
  "appointments_confirmed",
  "embassies_informed",
  "media_informed",
  "insurance_arranged",
  "briefing_material_sent",
];
const tripWithVenue: ChecklistItemKey[] = [
  "budget_approved",
  "venue_booked",
  "visas_applied",
  "invitations_sent",
  "travel_booked",
  "confirmations_received",
  "appointments_confirmed",
  "embassies_informed",
  "media_informed",
  "insurance_arranged",
  "briefing_material_sent",
];
const meeting: ChecklistItemKey[] = [
  "venue_booked",
  "invitations_sent",
  "confirmations_received",
  "briefing_material_sent",
];
const online: ChecklistItemKey[] = [
  "invitations_sent",
  "confirmations_received",
  "briefing_material_sent",
  "link_tested",
];
const contextOnly = new Set<ChecklistItemKey>([
  "visas_applied",
  "embassies_informed",
  "media_informed",
]);

const expectedKeys: Record<FormatKey, ChecklistItemKey[]> = {
  peer_visit: tripWithVenue,
  study_visit: trip,
  work_shadowing: trip,
  peer_learning_workshop: ["budget_approved", ...meeting],
  structured_peer_assessment: meeting,
  delegation_visit: tripWithVenue,
  study_tour: trip,
  seminar: tripWithVenue,
  conference: tripWithVenue,
  pilot_area_visit: trip,
  fair: tripWithVenue,
  online_session: online,
  lessons_learnt_workshop: meeting,
  reverse_visit: tripWithVenue,
};

const expectedDueOn: Record<ChecklistItemKey, string> = {
  budget_approved: "2026-03-09",
  venue_booked: "2026-04-06",
  visas_applied: "2026-04-06",
  invitations_sent: "2026-04-20",
  travel_booked: "2026-04-20",
  confirmations_received: "2026-05-04",
  appointments_confirmed: "2026-05-11",
  embassies_informed: "2026-05-11",
  media_informed: "2026-05-18",
  insurance_arranged: "2026-05-18",
  briefing_material_sent: "2026-05-25",
  link_tested: "2026-05-30",
};

describe("generateChecklist", () => {
  it("covers every format in the catalogue", () => {
    expect(Object.keys(expectedKeys).sort()).toEqual(
      activityFormats.map((format) => format.key).sort(),
    );
  });

  for (const format of activityFormats) {
    describe(format.key, () => {
      it("lists every task abroad for a high-level delegation, with due dates", () => {
        const items = generateChecklist(format, abroadHighLevel);
        expect(items.map((item) => item.key)).toEqual(expectedKeys[format.key]);
        if (format.isInPerson) {
          for (const item of items) expect(item.dueOn).toBe(expectedDueOn[item.key]);
        }
      });

      it("drops visas, embassies and media at home for an ordinary group", () => {
        const items = generateChecklist(format, homeOrdinary);
        const expected = expectedKeys[format.key].filter((key) => !contextOnly.has(key));
        expect(items.map((item) => item.key)).toEqual(expected);
      });

      it("gives each task an owner and a translatable label", () => {
        for (const item of generateChecklist(format, abroadHighLevel)) {
          expect(["facilitator", "host", "participant"]).toContain(item.defaultOwnerRole);
          expect(item.textKey).toBe(`catalogue:checklist.items.${item.key}`);
        }
      });
    });
  }

  it("needs visas abroad even without a high-level delegation, but tells no embassy or media", () => {
    const keys = generateChecklist(getActivityFormat("study_tour"), {
      ...homeOrdinary,
      isInternational: true,
    }).map((item) => item.key);
    expect(keys).toContain("visas_applied");
    expect(keys).not.toContain("embassies_informed");
    expect(keys).not.toContain("media_informed");
  });

  it("tells the media but no embassy for a high-level delegation at home", () => {
    const keys = generateChecklist(getActivityFormat("delegation_visit"), {
      ...homeOrdinary,
      isHighLevelDelegation: true,
    }).map((item) => item.key);
    expect(keys).toContain("media_informed");
    expect(keys).not.toContain("embassies_informed");
  });

  it("gives an online session short lead times, a link test and no travel, visas or venue", () => {
    const items = generateChecklist(getActivityFormat("online_session"), abroadHighLevel);
    expect(items.map((item) => [item.key, item.dueOn])).toEqual([
      ["invitations_sent", "2026-05-18"],
      ["confirmations_received", "2026-05-25"],
      ["briefing_material_sent", "2026-05-29"],
      ["link_tested", "2026-05-30"],
    ]);
  });

  it("marks tasks due before today as overdue", () => {
    const items = generateChecklist(getActivityFormat("peer_visit"), {
      ...abroadHighLevel,
      today: "2026-04-20",
    });
    const overdue = items.filter((item) => item.isOverdue).map((item) => item.key);
    expect(overdue).toEqual(["budget_approved", "venue_booked", "visas_applied"]);
  });

  it("sorts tasks by due date for any start date", () => {
    const dates = fc
      .integer({ min: 0, max: 3650 })
      .map((offset) => subtractDays("2035-12-31", offset));
    fc.assert(
      fc.property(dates, fc.constantFrom(...activityFormats), (date, format) => {
        const items = generateChecklist(format, {
          ...abroadHighLevel,
          startsOn: date,
          today: date,
        });
        const dueDates = items.map((item) => item.dueOn);
        expect(dueDates).toEqual([...dueDates].sort());
        for (const item of items) expect(countDaysBetween(item.dueOn, date)).toBeGreaterThan(0);
      }),
    );
  });

  it("rejects a malformed date", () => {
    const format = getActivityFormat("seminar");
    expect(() => generateChecklist(format, { ...abroadHighLevel, startsOn: "2026-02-30" })).toThrow(
      RangeError,
    );
    expect(() => generateChecklist(format, { ...abroadHighLevel, today: "15/01/2026" })).toThrow(
      RangeError,
    );
  });
});

describe("date arithmetic", () => {
  it("crosses month, year and leap-day boundaries", () => {
    expect(subtractDays("2024-03-01", 1)).toBe("2024-02-29");
    expect(subtractDays("2026-01-05", 7)).toBe("2025-12-29");
    expect(countDaysBetween("2025-12-29", "2026-01-05")).toBe(7);
    expect(countDaysBetween("2026-01-05", "2025-12-29")).toBe(-7);
  });
});
