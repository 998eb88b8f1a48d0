import { describe, expect, it } from "vitest";
import type { Person } from "../../../shared/contracts/people";
import { checkProfile, parseLanguages, profileValuesOf, updateBodyOf } from "./profile-values";

const person: Person = {
  id: "0190f0a0-0000-7000-8000-000000000001",
  email: "erik@example.org",
  displayName: "Erik Lindqvist",
  systemRole: "member",
  locale: "sv",
  organisationId: null,
  organisationName: null,
  position: "Head of planning",
  level: null,
  field: "",
  yearsOfService: 12,
  languages: ["sv", "en"],
  version: 3,
  createdAt: "2026-01-01T00:00:00.000Z",
};

describe("profile values", () => {
  it("round-trips a profile through the form values into a PATCH body", () => {
    const values = profileValuesOf(person);
    expect(values.languages).toBe("sv, en");
    expect(values.yearsOfService).toBe("12");
    expect(
      updateBodyOf({ ...values, level: "technical", yearsOfService: "" }, person.version),
    ).toEqual({
      version: 3,
      displayName: "Erik Lindqvist",
      organisationId: null,
      position: "Head of planning",
      level: "technical",
      field: "",
      yearsOfService: null,
      languages: ["sv", "en"],
      locale: "sv",
    });
  });

  it("parses language lists written with commas or spaces, without duplicates", () => {
    expect(parseLanguages(" SV, en  sw;en ")).toEqual(["sv", "en", "sw"]);
    expect(parseLanguages("")).toEqual([]);
  });

  it("flags an empty name, non-numeric years and malformed language codes", () => {
    const values = {
      ...profileValuesOf(person),
      displayName: " ",
      yearsOfService: "ten",
      languages: "sv, english",
    };
    expect(checkProfile(values)).toEqual({
      displayName: "common:fieldError.required",
      yearsOfService: "profile:form.yearsFormat",
      languages: "profile:form.languagesFormat",
    });
    expect(checkProfile(profileValuesOf(person))).toEqual({});
  });
});
