import { describe, expect, it } from "vitest";
import type { IntakeResponse } from "../../../shared/contracts/intake";
import {
  checkSurvey,
  fieldForIssue,
  newChallenge,
  parseOtherLanguages,
  toSubmitBody,
  toSurveyValues,
} from "./survey-values";

const saved: IntakeResponse = {
  personId: "p1",
  challenges: [{ text: "Fees do not cover collection", tags: ["tariffs-and-fees"] }],
  offers: "Route planning",
  wants: "Composting",
  currentInitiative: "Waste plan",
  availability: "March",
  languages: ["sw", "en", "am"],
  answerLanguage: "en",
  isChampion: true,
  version: 3,
  submittedAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-02T00:00:00Z",
};

describe("survey form values", () => {
  it("start from the saved answers, splitting ticked and typed languages", () => {
    const values = toSurveyValues(saved, "sv");
    expect(values.challenges.map((c) => [c.text, c.tags])).toEqual([
      ["Fees do not cover collection", ["tariffs-and-fees"]],
    ]);
    expect(values.languages).toEqual(["sw", "en"]);
    expect(values.otherLanguages).toBe("am");
    expect(values.answerLanguage).toBe("en");
    expect(toSubmitBody(values, 3)).toEqual({
      challenges: [{ text: "Fees do not cover collection", tags: ["tariffs-and-fees"] }],
      offers: "Route planning",
      wants: "Composting",
      currentInitiative: "Waste plan",
      availability: "March",
      languages: ["sw", "en", "am"],
      answerLanguage: "en",
      isChampion: true,
      version: 3,
    });
  });

  it("start empty with one challenge row, writing in the interface language when the matcher reads it", () => {
    const sv = toSurveyValues(null, "sv");
    expect(sv.challenges).toHaveLength(1);
    expect(sv.answerLanguage).toBe("sv");
    expect(toSurveyValues(null, "de").answerLanguage).toBe("en");
    expect(newChallenge().key).not.toBe(newChallenge().key);
  });

  it("name every problem before sending", () => {
    const empty = toSurveyValues(null, "en");
    expect(checkSurvey(empty)).toEqual({
      "challenges.0.text": "intake:errors.challengeRequired",
      languages: "intake:errors.languageRequired",
    });
    const values = {
      ...toSurveyValues(saved, "en"),
      challenges: [newChallenge("Collection", ["a", "b", "c", "d", "e", "f"]), newChallenge("  ")],
      otherLanguages: "pt, not-a-code",
    };
    expect(checkSurvey(values)).toEqual({
      "challenges.0.tags": "intake:errors.tooManyTags",
      "challenges.1.text": "intake:errors.challengeBlank",
      otherLanguages: "intake:errors.languageCodes",
    });
    expect(checkSurvey(toSurveyValues(saved, "en"))).toEqual({});
  });

  it("read typed language codes and place API issues on form fields", () => {
    expect(parseOtherLanguages(" PT; am ,,so ")).toEqual(["pt", "am", "so"]);
    expect(fieldForIssue("challenges.2.tags.1")).toBe("challenges.2.tags");
    expect(fieldForIssue("challenges.2.tags")).toBe("challenges.2.tags");
    expect(fieldForIssue("languages.4")).toBe("languages");
    expect(fieldForIssue("challenges.0.text")).toBe("challenges.0.text");
    expect(fieldForIssue("offers")).toBe("offers");
  });
});
