import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { MatchExplanationBody } from "../../../shared/contracts/matching-explanation";
import { addMessages, setLocale, t } from "../../i18n/i18n";
import { describeMatch, type ExplainOptions } from "./explanation-sentences";

const names: Record<string, string> = {
  erik: "Erik Lindqvist",
  amina: "Amina Otieno",
  johan: "Johan Berg",
};
const tagLabels: Record<string, string> = {
  "tariffs-and-fees": "Tariffs and fees",
  "waste-collection": "Waste collection",
};

function options(meId?: string): ExplainOptions {
  return {
    t,
    nameOf: (id) => names[id] ?? id,
    meId,
    tagLabel: (key) => tagLabels[key] ?? key,
    languageName: (code) => (code === "en" ? "English" : code),
    list: (items) => new Intl.ListFormat("en", { type: "conjunction" }).format(items),
    unitList: (items) => new Intl.ListFormat("en", { type: "unit" }).format(items),
  };
}

const pair: MatchExplanationBody = {
  sharedChallengeTerms: ["collection", "fees"],
  sharedTags: ["tariffs-and-fees", "waste-collection"],
  sharedInitiativeTerms: [],
  isSameLevel: true,
  sharedLanguages: ["en"],
  members: [
    {
      peerId: "erik",
      level: "managerial",
      position: "Head of waste management",
      yearsOfService: 12,
      side: "champion",
    },
    {
      peerId: "amina",
      level: "managerial",
      position: "Head of environment department",
      yearsOfService: 9,
      side: "learner",
    },
  ],
  exchanges: [{ offeredBy: "erik", wantedBy: "amina", terms: ["routes"] }],
};

describe("a match explained in plain words", () => {
  beforeAll(async () => {
    const file = join(import.meta.dirname, "../../i18n/locales/en/matching.json");
    addMessages(
      "en",
      "matching",
      JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>,
    );
    await setLocale("en");
  });

  it("tells the facilitator what the two share, their level, years and who offers what", () => {
    expect(describeMatch(pair, options())).toEqual([
      "Both face challenges in these reform areas: Tariffs and fees, Waste collection.",
      "Their challenges have words in common: “collection” and “fees”.",
      "Same level (management): Head of waste management and Head of environment department.",
      "9 and 12 years of service.",
      "Erik Lindqvist can offer what Amina Otieno wants to learn: “routes”.",
      "Erik Lindqvist has made a practice work and can be visited as a champion.",
      "They can work together in English.",
    ]);
  });

  it("speaks to the peer as “you” on their own page", () => {
    const sentences = describeMatch(pair, options("amina"));
    expect(sentences[0]).toBe(
      "You both face challenges in these reform areas: Tariffs and fees, Waste collection.",
    );
    expect(sentences).toContain("Erik Lindqvist can offer what you want to learn: “routes”.");
    expect(sentences.at(-1)).toBe("You can work together in English.");
    expect(describeMatch(pair, options("erik"))).toContain(
      "You can offer what Amina Otieno wants to learn: “routes”.",
    );
  });

  it("words groups, missing facts and thin matches honestly", () => {
    const group: MatchExplanationBody = {
      ...pair,
      sharedChallengeTerms: [],
      sharedInitiativeTerms: ["plan"],
      isSameLevel: false,
      members: [
        ...pair.members,
        { peerId: "johan", level: "technical", position: "", yearsOfService: null, side: null },
      ],
      exchanges: [],
    };
    expect(describeMatch(group, options())).toEqual([
      "Several of them face challenges in these reform areas: Tariffs and fees, Waste collection.",
      "Their current work has words in common: “plan”.",
      "Erik Lindqvist has made a practice work and can be visited as a champion.",
      "They can work together in English.",
    ]);
    const thin: MatchExplanationBody = {
      ...group,
      sharedTags: [],
      sharedInitiativeTerms: [],
      sharedLanguages: [],
      members: group.members.map((m) => ({ ...m, side: null })),
    };
    expect(describeMatch(thin, options())).toEqual([
      "Their answers have little in common that the matching can see; the score parts show what counted.",
    ]);
  });
});
