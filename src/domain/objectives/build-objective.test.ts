import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adviseObjective } from "./advise-objective";
import { buildObjective } from "./build-objective";
import { parseObjective } from "./parse-objective";

describe("buildObjective", () => {
  it("composes the ICLD-style English sentence", () => {
    const sentence = buildObjective({
      stem: "After the study visit",
      audience: "the project team",
      behaviour: "identify",
      content: "the key components of gender mainstreaming",
      lang: "en",
    });
    expect(sentence).toBe(
      "After the study visit, the project team are able to identify the key components of gender mainstreaming.",
    );
  });

  it("puts the Swedish verb second after the stem and adds kunna", () => {
    const sentence = buildObjective({
      stem: "Efter studiebesöket",
      audience: "projektgruppen",
      behaviour: "identifiera",
      content: "de viktigaste delarna av jämställdhetsintegrering",
      lang: "sv",
    });
    expect(sentence).toBe(
      "Efter studiebesöket ska projektgruppen kunna identifiera de viktigaste delarna av jämställdhetsintegrering.",
    );
  });

  it("starts with the audience when there is no stem", () => {
    expect(
      buildObjective({
        audience: "deltagarna",
        behaviour: "kunna jämföra",
        content: "avfallstaxorna",
        lang: "sv",
      }),
    ).toBe("Deltagarna ska kunna jämföra avfallstaxorna.");
    expect(
      buildObjective({
        stem: null,
        audience: "the host",
        behaviour: "be able to propose",
        content: "a pilot",
        lang: "en",
      }),
    ).toBe("The host is able to propose a pilot.");
  });

  it("tidies spaces, trailing commas and full stops", () => {
    const sentence = buildObjective({
      stem: "  After the peer visit, ",
      audience: " politicians ",
      behaviour: " define ",
      content: "their role as a steering group. ",
      lang: "en",
    });
    expect(sentence).toBe(
      "After the peer visit, politicians are able to define their role as a steering group.",
    );
  });

  it("returns an empty string for an empty draft", () => {
    expect(buildObjective({ stem: "", audience: "", behaviour: "", content: "", lang: "en" })).toBe(
      "",
    );
  });

  const english = {
    stem: ["After the study visit", "By the end of the workshop", "After the peer visit to Kisumu"],
    audience: ["the project team", "participants", "the budget officers", "councillors"],
    behaviour: ["identify", "compare", "draft", "assess", "propose", "explain", "give examples of"],
    content: [
      "the key components of gender mainstreaming",
      "three options for separate collection of organic waste",
      "a plan for citizen dialogue in the new district",
    ],
  };
  const swedish = {
    stem: ["Efter studiebesöket", "Efter workshopen", "Efter det kollegiala besöket i Kisumu"],
    audience: ["projektgruppen", "deltagarna", "budgethandläggarna", "de förtroendevalda"],
    behaviour: ["identifiera", "jämföra", "ta fram", "bedöma", "föreslå", "förklara", "räkna upp"],
    content: [
      "de viktigaste delarna av jämställdhetsintegrering",
      "tre alternativ för separat insamling av matavfall",
      "en plan för medborgardialog i det nya området",
    ],
  };

  for (const [lang, pool] of [
    ["en", english],
    ["sv", swedish],
  ] as const) {
    it(`round-trips through the parser with no advice (${lang})`, () => {
      const draft = fc.record({
        stem: fc.constantFrom(...pool.stem),
        audience: fc.constantFrom(...pool.audience),
        behaviour: fc.constantFrom(...pool.behaviour),
        content: fc.constantFrom(...pool.content),
      });
      fc.assert(
        fc.property(draft, (parts) => {
          const sentence = buildObjective({ ...parts, lang });
          const parsed = parseObjective(sentence);
          expect(parsed.lang).toBe(lang);
          expect(parsed.stem).toBe(parts.stem);
          expect(parsed.audience).toBe(parts.audience);
          expect(parsed.verb?.lemma).toBe(parts.behaviour);
          expect(parsed.content).toBe(parts.content);
          expect(adviseObjective(sentence).advice).toEqual([]);
        }),
      );
    });
  }
});
