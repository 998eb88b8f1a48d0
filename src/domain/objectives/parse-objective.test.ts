import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectObjectiveLanguage } from "./detect-language";
import { parseObjective } from "./parse-objective";

describe("parseObjective", () => {
  it("reads the four parts of an English objective", () => {
    expect(
      parseObjective(
        "After the study visit, the project team are able to identify the key components of gender mainstreaming.",
      ),
    ).toEqual({
      lang: "en",
      stem: "After the study visit",
      audience: "the project team",
      behaviour: "identify",
      verb: { lemma: "identify", kind: "observable" },
      extraVerbs: [],
      content: "the key components of gender mainstreaming",
    });
  });

  it("reads the four parts of a Swedish objective, keeping kunna in the behaviour", () => {
    expect(
      parseObjective(
        "Efter studiebesöket ska projektgruppen kunna ta fram en handlingsplan för avfallsinsamling.",
      ),
    ).toEqual({
      lang: "sv",
      stem: "Efter studiebesöket",
      audience: "projektgruppen",
      behaviour: "kunna ta fram",
      verb: { lemma: "ta fram", kind: "observable" },
      extraVerbs: [],
      content: "en handlingsplan för avfallsinsamling",
    });
  });

  it("reads a Swedish particle verb split by the subject", () => {
    const parts = parseObjective(
      "Efter besöket tar projektgruppen fram en plan för medborgardialog.",
    );
    expect(parts.audience).toBe("projektgruppen");
    expect(parts.verb).toEqual({ lemma: "ta fram", kind: "observable" });
    expect(parts.content).toBe("en plan för medborgardialog");
  });

  it("takes an unknown word after the modal as the verb, so unusual verbs are not flagged", () => {
    const parts = parseObjective(
      "After the visit, the team are able to co-design a youth consultation.",
    );
    expect(parts.verb).toEqual({ lemma: "co-design", kind: "unknown" });
    expect(parts.content).toBe("a youth consultation");
  });

  it("does not read a noun such as 'plan' after 'and' as a second behaviour", () => {
    const parts = parseObjective(
      "After the visit, the team are able to compare the budget and plan documents of both councils.",
    );
    expect(parts.extraVerbs).toEqual([]);
  });

  it("does not take a verb inside a comma-closed stem as the behaviour", () => {
    const parts = parseObjective(
      "After the visit to see the landfill, participants will be able to assess its capacity.",
    );
    expect(parts.stem).toBe("After the visit to see the landfill");
    expect(parts.verb?.lemma).toBe("assess");
  });

  it("keeps a list of places inside the stem", () => {
    const parts = parseObjective(
      "After the study visit to Botkyrka, Uppsala and Malmö, the youth officers are able to compare the three youth councils.",
    );
    expect(parts.stem).toBe("After the study visit to Botkyrka, Uppsala and Malmö");
    expect(parts.audience).toBe("the youth officers");
  });

  it.each([
    [
      "The aim is that after the visit, participants can compare the budget processes.",
      "after the visit",
      "participants",
    ],
    [
      "Målet är att deltagarna efter besöket ska kunna jämföra budgetprocesserna.",
      "efter besöket",
      "deltagarna",
    ],
    [
      "Deltagarna kommer efter besöket att kunna jämföra budgetprocesserna.",
      "efter besöket",
      "Deltagarna",
    ],
  ])(
    "drops an announcing preamble and finds a stem after the subject: %s",
    (text, stem, audience) => {
      const parts = parseObjective(text);
      expect(parts.stem).toBe(stem);
      expect(parts.audience).toBe(audience);
      expect(parts.verb?.kind).toBe("observable");
    },
  );

  it("never throws and only returns text taken from the input", () => {
    const words = fc.constantFrom(
      "after",
      "the",
      "visit",
      ",",
      "team",
      "are",
      "able",
      "to",
      "identify",
      "and",
      "compare",
      "ska",
      "kunna",
      "efter",
      "deltagarna",
      "jämföra",
      "och",
      "känner",
      "till",
      "will",
      "understand",
      "plan",
      ".",
      ":",
      "be",
      "aware",
      "of",
      "få",
      "insikt",
      "i",
    );
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 25 }),
        fc.constantFrom("en", "sv", undefined),
        (list, lang) => {
          const text = list.join(" ");
          const parts = parseObjective(text, lang);
          for (const part of [parts.stem, parts.audience, parts.behaviour, parts.content]) {
            if (part !== null) expect(text).toContain(part);
          }
        },
      ),
    );
    fc.assert(fc.property(fc.string(), (text) => void parseObjective(text)));
  });
});

describe("detectObjectiveLanguage", () => {
  it.each([
    ["After the visit, participants can compare fees.", "en"],
    ["Efter besöket ska deltagarna kunna jämföra avgifterna.", "sv"],
    ["Deltagarna jämför avgifterna.", "sv"],
    ["", "en"],
  ] as const)("%s -> %s", (text, lang) => {
    expect(detectObjectiveLanguage(text)).toBe(lang);
  });
});
