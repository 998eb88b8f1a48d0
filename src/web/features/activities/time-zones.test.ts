import { describe, expect, it } from "vitest";
import { listTimeZones, offsetLabel, timeZoneOptions } from "./time-zones";

describe("time zones", () => {
  it("shows the offset of the season the activity falls in", () => {
    expect(offsetLabel("Europe/Stockholm", "2027-01-15")).toBe("UTC+01:00");
    expect(offsetLabel("Europe/Stockholm", "2027-07-15")).toBe("UTC+02:00");
    expect(offsetLabel("Africa/Nairobi", "2027-07-15")).toBe("UTC+03:00");
    expect(offsetLabel("America/St_Johns", "2027-01-15")).toBe("UTC\u221203:30");
    expect(offsetLabel("UTC", "2027-01-15")).toBe("UTC");
    expect(offsetLabel("Mars/Olympus", "2027-01-15")).toBe("");
  });

  it("lists the known zones sorted, with a saved one kept", () => {
    const zones = listTimeZones("Etc/GMT-3");
    expect(zones).toContain("Europe/Stockholm");
    expect(zones).toContain("UTC");
    expect(zones).toContain("Etc/GMT-3");
    expect([...zones].sort((a, b) => a.localeCompare(b, "en"))).toEqual(zones);
  });

  it("labels options readably", () => {
    const option = timeZoneOptions("2027-07-15").find((o) => o.value === "America/St_Johns");
    expect(option?.label).toBe("America/St Johns (UTC\u221202:30)");
  });
});
