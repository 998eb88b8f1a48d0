import { describe, expect, it } from "vitest";
import { getActivityFormat } from "../../../domain/catalogue/formats";
import { addDays, defaultValuesFor } from "./activity-form-values";
import { countPlanDays, previewPlanWarnings } from "./plan-preview";

const today = "2027-01-10";
const create = {
  preparationStartsOn: today,
  participantCount: 0,
  objectives: null,
  hostOrganisationName: null,
};

describe("countPlanDays", () => {
  it("counts whole days, and a short single day as half a day", () => {
    const day = { startsOn: "2027-05-10", endsOn: "2027-05-10" };
    expect(countPlanDays({ ...day, startTime: "", endTime: "" })).toBe(1);
    expect(countPlanDays({ ...day, startTime: "09:00", endTime: "13:30" })).toBe(0.5);
    expect(countPlanDays({ ...day, startTime: "09:00", endTime: "13:31" })).toBe(1);
    expect(
      countPlanDays({ ...day, endsOn: "2027-05-12", startTime: "09:00", endTime: "10:00" }),
    ).toBe(3);
    expect(countPlanDays({ ...day, endsOn: "", startTime: "", endTime: "" })).toBe(1);
    expect(countPlanDays({ ...day, endsOn: "2027-05-09", startTime: "", endTime: "" })).toBeNull();
  });
});

describe("previewPlanWarnings", () => {
  it("warns about a study tour of 40 people, and stops once the group is typical", () => {
    const tour = getActivityFormat("study_tour");
    const values = { ...defaultValuesFor(tour, today, "UTC"), title: "Tour", address: "Kisumu" };
    const big = previewPlanWarnings({ ...values, plannedParticipantCount: "40" }, tour, create);
    expect(big).toEqual([{ code: "participants_above_typical", params: { count: 40, max: 20 } }]);
    expect(previewPlanWarnings({ ...values, plannedParticipantCount: "15" }, tour, create)).toEqual(
      [],
    );
  });

  it("asks for a place in person, and counts the host organisation as one", () => {
    const visit = getActivityFormat("peer_visit");
    const values = defaultValuesFor(visit, today, "UTC");
    expect(previewPlanWarnings(values, visit, create).map((w) => w.code)).toEqual([
      "in_person_without_place",
    ]);
    expect(
      previewPlanWarnings(values, visit, { ...create, hostOrganisationName: "Sjöby kommun" }),
    ).toEqual([]);
  });

  it("warns about short preparation, and about objectives only once they can be written", () => {
    const visit = getActivityFormat("peer_visit");
    const soon = {
      ...defaultValuesFor(visit, today, "UTC"),
      address: "Sjöby",
      startsOn: addDays(today, 20),
      endsOn: "",
    };
    expect(previewPlanWarnings(soon, visit, create)).toEqual([
      { code: "preparation_too_short", params: { count: 2, days: 20, minWeeks: 13 } },
    ]);
    const saved = { ...create, objectives: [] as string[] };
    expect(previewPlanWarnings(soon, visit, saved).map((w) => w.code)).toContain("no_objectives");
  });

  it("falls back to the people added when no count is typed", () => {
    const shadow = getActivityFormat("work_shadowing");
    const values = { ...defaultValuesFor(shadow, today, "UTC"), address: "Ziwani" };
    const warnings = previewPlanWarnings(values, shadow, { ...create, participantCount: 4 });
    expect(warnings).toEqual([
      { code: "participants_above_typical", params: { count: 4, max: 2 } },
    ]);
  });
});
