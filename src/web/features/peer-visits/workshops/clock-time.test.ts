import { describe, expect, it } from "vitest";
import { addMinutesToClock, parseClockTime } from "./clock-time";

describe("parseClockTime", () => {
  it("reads a 24-hour time as minutes after midnight", () => {
    expect(parseClockTime("00:00")).toBe(0);
    expect(parseClockTime("09:05")).toBe(545);
    expect(parseClockTime("23:59")).toBe(1439);
  });

  it("refuses what is not HH:mm", () => {
    for (const value of ["", "9:00", "24:00", "12:60", "noon", "12:00:00"]) {
      expect(parseClockTime(value)).toBeNull();
    }
  });
});

describe("addMinutesToClock", () => {
  it("adds minutes within the day", () => {
    expect(addMinutesToClock("09:00", 0)).toBe("09:00");
    expect(addMinutesToClock("09:00", 75)).toBe("10:15");
    expect(addMinutesToClock("13:45", 15)).toBe("14:00");
  });

  it("wraps past midnight", () => {
    expect(addMinutesToClock("23:30", 60)).toBe("00:30");
    expect(addMinutesToClock("00:10", -20)).toBe("23:50");
  });

  it("gives null for an invalid start", () => {
    expect(addMinutesToClock("25:00", 10)).toBeNull();
  });
});
