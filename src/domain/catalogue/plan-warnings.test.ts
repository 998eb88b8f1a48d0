import { describe, expect, it } from "vitest";
import { type ActivityFormat, activityFormats, getActivityFormat } from "./formats";
import { subtractDays } from "./logistics-checklist";
import {
  type ActivityPlan,
  checkActivityPlan,
  type PlanWarningCode,
  planWarningCodes,
} from "./plan-warnings";

const today = "2026-01-12";

function addDays(iso: string, days: number): string {
  return subtractDays(iso, -days);
}

/** A plan right in the middle of what the format expects. */
function typicalPlan(format: ActivityFormat): ActivityPlan {
  return {
    participantCount: Math.round((format.participants.min + format.participants.max) / 2),
    durationDays: (format.durationDays.min + format.durationDays.max) / 2,
    objectives: ["After the visit, the team are able to compare the two waste fee models."],
    startsOn: addDays(today, format.minPreparationWeeks * 7),
    preparationStartsOn: today,
    place: format.isInPerson ? "Kisumu" : null,
    venue: null,
  };
}

function plan(key: Parameters<typeof getActivityFormat>[0], changes: Partial<ActivityPlan>) {
  const format = getActivityFormat(key);
  return checkActivityPlan({ ...typicalPlan(format), ...changes }, format);
}

describe("checkActivityPlan", () => {
  it.each(activityFormats.map((format) => [format.key, format] as const))(
    "finds nothing wrong with a typical %s",
    (_key, format) => {
      expect(checkActivityPlan(typicalPlan(format), format)).toEqual([]);
    },
  );

  it("warns when a study tour takes 40 people", () => {
    expect(plan("study_tour", { participantCount: 40 })).toEqual([
      { code: "participants_above_typical", params: { count: 40, max: 20 } },
    ]);
  });

  it("warns when five people shadow one colleague", () => {
    expect(plan("work_shadowing", { participantCount: 5 })).toEqual([
      { code: "participants_above_typical", params: { count: 5, max: 2 } },
    ]);
  });

  it("warns when a study tour is too small to be worth the trip", () => {
    expect(plan("study_tour", { participantCount: 4 })).toEqual([
      { code: "participants_below_typical", params: { count: 4, min: 10 } },
    ]);
  });

  it("warns when a peer visit gets less than three months of preparation", () => {
    expect(plan("peer_visit", { startsOn: addDays(today, 45) })).toEqual([
      { code: "preparation_too_short", params: { count: 6, days: 45, minWeeks: 13 } },
    ]);
  });

  it("accepts a peer visit with exactly the minimum preparation", () => {
    expect(plan("peer_visit", { startsOn: addDays(today, 91) })).toEqual([]);
    expect(
      plan("peer_visit", { startsOn: addDays(today, 90) }).map((warning) => warning.code),
    ).toEqual(["preparation_too_short"]);
  });

  it("warns when the start date lies before preparation begins", () => {
    expect(plan("seminar", { startsOn: subtractDays(today, 1) })).toEqual([
      { code: "starts_before_preparation", params: {} },
    ]);
  });

  it("skips the preparation check while a date is unknown", () => {
    expect(plan("peer_visit", { startsOn: null })).toEqual([]);
    expect(plan("peer_visit", { preparationStartsOn: null, startsOn: addDays(today, 3) })).toEqual(
      [],
    );
  });

  it("warns about an activity without learning objectives, ignoring blank ones", () => {
    expect(plan("study_visit", { objectives: [] })).toEqual([
      { code: "no_objectives", params: {} },
    ]);
    expect(plan("study_visit", { objectives: ["  ", ""] })).toEqual([
      { code: "no_objectives", params: {} },
    ]);
  });

  it("warns about more than two learning objectives", () => {
    const objectives = ["Identify ...", "Compare ...", "Draft ..."];
    expect(plan("study_visit", { objectives })).toEqual([
      { code: "too_many_objectives", params: { count: 3, max: 2 } },
    ]);
    expect(plan("study_visit", { objectives: objectives.slice(0, 2) })).toEqual([]);
  });

  it("warns when a seminar runs longer or shorter than usual", () => {
    expect(plan("seminar", { durationDays: 7 })).toEqual([
      { code: "duration_above_typical", params: { count: 7, max: 5 } },
    ]);
    expect(plan("study_tour", { durationDays: 1 })).toEqual([
      { code: "duration_below_typical", params: { count: 1, min: 3 } },
    ]);
  });

  it("warns about a venue for an online session", () => {
    expect(plan("online_session", { venue: "Room 4, city hall" })).toEqual([
      { code: "online_with_venue", params: {} },
    ]);
    expect(plan("online_session", { venue: "  " })).toEqual([]);
  });

  it("warns about an in-person activity with neither place nor venue", () => {
    expect(plan("peer_visit", { place: null })).toEqual([
      { code: "in_person_without_place", params: {} },
    ]);
    expect(plan("peer_visit", { place: " ", venue: null })).toEqual([
      { code: "in_person_without_place", params: {} },
    ]);
    expect(plan("peer_visit", { place: null, venue: "Kisumu county hall" })).toEqual([]);
  });

  it("reports several contradictions together, in a stable order", () => {
    const codes = plan("work_shadowing", {
      participantCount: 6,
      durationDays: 5,
      startsOn: addDays(today, 7),
      objectives: [],
      place: null,
    }).map((warning) => warning.code);
    expect(codes).toEqual([
      "participants_above_typical",
      "duration_above_typical",
      "preparation_too_short",
      "no_objectives",
      "in_person_without_place",
    ]);
  });

  it("has a test above for every warning code", () => {
    const tested: PlanWarningCode[] = [
      "participants_above_typical",
      "participants_below_typical",
      "duration_above_typical",
      "duration_below_typical",
      "preparation_too_short",
      "starts_before_preparation",
      "no_objectives",
      "too_many_objectives",
      "online_with_venue",
      "in_person_without_place",
    ];
    expect([...planWarningCodes].sort()).toEqual([...tested].sort());
  });
});

describe("activity formats", () => {
  it.each(activityFormats.map((format) => [format.key, format] as const))(
    "%s has coherent typical figures",
    (_key, format) => {
      expect(format.participants.min).toBeGreaterThanOrEqual(1);
      expect(format.participants.min).toBeLessThanOrEqual(format.participants.max);
      expect(format.durationDays.min).toBeLessThanOrEqual(format.durationDays.max);
      expect(format.stages.length).toBeGreaterThan(0);
      for (const stage of format.stages) expect([1, 2, 3, 4]).toContain(stage);
      expect(format.defaultLevels.length).toBeGreaterThan(0);
      expect(format.texts.objectiveStem).toBe(`catalogue:formats.${format.key}.objectiveStem`);
    },
  );

  it("follows the guides where they give figures", () => {
    expect(getActivityFormat("work_shadowing").participants).toEqual({ min: 1, max: 2 });
    expect(getActivityFormat("work_shadowing").durationDays).toEqual({ min: 1, max: 2 });
    expect(getActivityFormat("study_tour").participants).toEqual({ min: 10, max: 20 });
    expect(getActivityFormat("seminar").durationDays).toEqual({ min: 1, max: 5 });
    expect(getActivityFormat("peer_visit").minPreparationWeeks).toBe(13);
    expect(getActivityFormat("study_visit").themes).toEqual([
      "localising_global_goals",
      "gender_mainstreaming",
      "political_leadership",
    ]);
    expect(getActivityFormat("online_session").isInPerson).toBe(false);
  });
});
