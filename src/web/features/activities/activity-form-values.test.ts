import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getActivityFormat } from "../../../domain/catalogue/formats";
import {
  addDays,
  applyFormat,
  defaultEndsOn,
  defaultValuesFor,
  followStartDate,
  isIsoDate,
  parseCount,
  toCreateBody,
  toUpdateBody,
  validateActivity,
} from "./activity-form-values";

const peerVisit = getActivityFormat("peer_visit");
const studyVisit = getActivityFormat("study_visit");
const studyTour = getActivityFormat("study_tour");
const today = "2027-01-10";

function filled(format = peerVisit) {
  return { ...defaultValuesFor(format, today, "Europe/Stockholm"), title: "Visit" };
}

describe("defaults from the format", () => {
  it("starts after the format's preparation time and lasts its shortest typical run", () => {
    const v = defaultValuesFor(studyTour, today, "Africa/Nairobi");
    expect(v.startsOn).toBe(addDays(today, 12 * 7));
    expect(v.endsOn).toBe(addDays(v.startsOn, 2));
    expect(v).toMatchObject({
      levels: ["technical"],
      stages: [2, 3],
      isInternational: true,
      isHighLevel: false,
      timeZone: "Africa/Nairobi",
      status: "planned",
    });
  });

  it("treats political formats as high level and online ones as not crossing a border", () => {
    expect(defaultValuesFor(getActivityFormat("delegation_visit"), today, "UTC").isHighLevel).toBe(
      true,
    );
    expect(
      defaultValuesFor(getActivityFormat("online_session"), today, "UTC").isInternational,
    ).toBe(false);
  });

  it("switching format replaces its defaults, keeps a hand-set last day, drops a foreign theme", () => {
    const study = { ...filled(studyVisit), theme: "gender_mainstreaming" };
    const tour = applyFormat(study, studyVisit, studyTour);
    expect(tour.theme).toBe("");
    expect(tour.endsOn).toBe(defaultEndsOn(studyTour, study.startsOn));
    expect(tour.levels).toEqual(["technical"]);
    const handSet = { ...study, endsOn: addDays(study.startsOn, 1) };
    expect(applyFormat(handSet, studyVisit, studyTour).endsOn).toBe(handSet.endsOn);
  });

  it("moves a default last day along with the first day, but not a hand-set one", () => {
    const before = filled(studyTour);
    const moved = followStartDate(
      before,
      { ...before, startsOn: addDays(before.startsOn, 7) },
      studyTour,
    );
    expect(moved.endsOn).toBe(addDays(before.endsOn, 7));
    const handSet = { ...before, endsOn: addDays(before.startsOn, 5) };
    const kept = followStartDate(
      handSet,
      { ...handSet, startsOn: addDays(handSet.startsOn, 1) },
      studyTour,
    );
    expect(kept.endsOn).toBe(handSet.endsOn);
  });
});

describe("request bodies", () => {
  it("leaves stages to the format unless changed, and sends times only in pairs", () => {
    const body = toCreateBody("peer_visit", { ...filled(), startTime: "09:00" }, peerVisit);
    expect(body).not.toHaveProperty("stages");
    expect(body).toMatchObject({ formatKey: "peer_visit", startTime: null, endTime: null });
    const changed = toCreateBody(
      "peer_visit",
      { ...filled(), stages: [4, 2], startTime: "09:00", endTime: "16:00" },
      peerVisit,
    );
    expect(changed).toMatchObject({ stages: [2, 4], startTime: "09:00", endTime: "16:00" });
  });

  it("sends a theme only for formats that have themes, and blanks as null", () => {
    const v = {
      ...filled(),
      theme: "gender_mainstreaming",
      onlineUrl: "  ",
      plannedParticipantCount: "6",
    };
    expect(toCreateBody("peer_visit", v, peerVisit)).toMatchObject({
      theme: null,
      onlineUrl: null,
      hostOrganisationId: null,
      plannedParticipantCount: 6,
    });
    expect(toCreateBody("study_visit", v, studyVisit).theme).toBe("gender_mainstreaming");
  });

  it("an update carries every field, the status and the version seen", () => {
    const body = toUpdateBody({ ...filled(), status: "confirmed" }, peerVisit, 7);
    expect(body).toMatchObject({ version: 7, status: "confirmed", stages: null, title: "Visit" });
  });
});

describe("validation", () => {
  it("accepts the defaults with a title", () => {
    expect(validateActivity(filled())).toEqual({});
  });

  it("names each blocking problem on its field", () => {
    const v = filled();
    expect(validateActivity({ ...v, title: " " })).toEqual({ title: "common:fieldError.required" });
    expect(validateActivity({ ...v, endsOn: addDays(v.startsOn, -1) })).toEqual({
      endsOn: "activities:fieldError.endsBeforeStart",
    });
    expect(validateActivity({ ...v, startsOn: "2027-02-30" }).startsOn).toBe(
      "activities:fieldError.date",
    );
    expect(validateActivity({ ...v, endTime: "10:00" })).toEqual({
      startTime: "activities:fieldError.timesInPairs",
    });
    expect(validateActivity({ ...v, startTime: "14:00", endTime: "09:00" })).toEqual({
      endTime: "activities:fieldError.endTimeBeforeStart",
    });
    expect(validateActivity({ ...v, onlineUrl: "javascript:alert(1)" })).toEqual({
      onlineUrl: "activities:fieldError.url",
    });
    expect(validateActivity({ ...v, plannedParticipantCount: "0" })).toEqual({
      plannedParticipantCount: "activities:fieldError.count",
    });
    expect(validateActivity({ ...v, stages: [] })).toEqual({
      stages: "activities:fieldError.stages",
    });
  });

  it("lets a multi-day activity end earlier in the day than it started", () => {
    const v = filled();
    const multi = { ...v, endsOn: addDays(v.startsOn, 1), startTime: "14:00", endTime: "09:00" };
    expect(validateActivity(multi)).toEqual({});
  });

  it("never reports date problems for real dates in order", () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays("2025-01-01", n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 30 }), (start, length) => {
        const problems = validateActivity({
          ...filled(),
          startsOn: start,
          endsOn: addDays(start, length),
        });
        return problems.startsOn === undefined && problems.endsOn === undefined;
      }),
    );
  });

  it("reads dates and counts strictly", () => {
    expect(isIsoDate("2027-02-28")).toBe(true);
    expect(isIsoDate("2027-02-29")).toBe(false);
    expect(isIsoDate("27-2-1")).toBe(false);
    expect(parseCount(" 12 ")).toBe(12);
    expect(parseCount("1.5")).toBeNull();
    expect(parseCount("")).toBeNull();
  });
});
