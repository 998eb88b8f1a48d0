import { describe, expect, it } from "vitest";
import { describeSchedule } from "./schedule-text";

const base = { startsOn: "2027-03-15", endsOn: "2027-03-15", timeZone: "Europe/Stockholm" };

describe("describeSchedule", () => {
  it("writes all-day activities as dates only", () => {
    expect(describeSchedule({ ...base, startTime: null, endTime: null })).toBe("15 Mar 2027");
    expect(
      describeSchedule({ ...base, endsOn: "2027-03-17", startTime: null, endTime: null }),
    ).toBe("15 Mar 2027 – 17 Mar 2027");
  });

  it("names the zone of local times", () => {
    expect(describeSchedule({ ...base, startTime: "09:00", endTime: "16:00" })).toBe(
      "15 Mar 2027, 09:00–16:00 (Europe/Stockholm)",
    );
    expect(
      describeSchedule({
        ...base,
        endsOn: "2027-03-16",
        startTime: "09:00",
        endTime: "12:00",
        timeZone: "America/St_Johns",
      }),
    ).toBe("15 Mar 2027 09:00 – 16 Mar 2027 12:00 (America/St Johns)");
  });
});
