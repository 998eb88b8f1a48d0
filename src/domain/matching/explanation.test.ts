import { describe, expect, it } from "vitest";
import { explainMatch } from "./explanation";
import { buildPeerFeatures } from "./peer-features";
import { buildPeer } from "./peer-fixtures";

const peers = [
  buildPeer({
    id: "a",
    level: "managerial",
    position: "budget director",
    yearsOfService: 12,
    languages: ["en", "sv"],
    challenges: [
      { text: "Budgeting delays and weak budget transparency", tags: ["Public Finance", "audit"] },
    ],
    currentInitiative: "programme budgeting reform",
    wants: "audit methods",
    offers: "open budget portal",
  }),
  buildPeer({
    id: "b",
    level: "managerial",
    position: "head of finance",
    yearsOfService: 9,
    languages: ["SV", "fr"],
    challenges: [{ text: "Our budget lacks transparency", tags: ["public-finance"] }],
    currentInitiative: "budgeting reform",
    wants: "a budget portal",
    offers: "performance audit methods",
    side: "champion",
  }),
  buildPeer({ id: "c", level: "technical", challenges: [{ text: "Street lighting", tags: [] }] }),
];
const features = buildPeerFeatures(peers);

describe("explainMatch", () => {
  const e = explainMatch(peers, features, [0, 1]);

  it("lists shared challenge words as written, and shared tags", () => {
    expect(e.sharedChallengeTerms).toEqual(expect.arrayContaining(["budget", "transparency"]));
    expect(e.sharedChallengeTerms).not.toContain("delays");
    expect(e.sharedTags).toEqual(["public-finance"]);
    expect(e.sharedInitiativeTerms).toEqual(expect.arrayContaining(["budget", "reform"]));
  });

  it("gives level, languages and each member's facts as data", () => {
    expect(e.isSameLevel).toBe(true);
    expect(e.sharedLanguages).toEqual(["sv"]);
    expect(e.members).toEqual([
      {
        peerId: "a",
        level: "managerial",
        position: "budget director",
        yearsOfService: 12,
        side: null,
      },
      {
        peerId: "b",
        level: "managerial",
        position: "head of finance",
        yearsOfService: 9,
        side: "champion",
      },
    ]);
  });

  it("names what one wants that the other offers, both ways", () => {
    expect(e.exchanges).toEqual([
      { offeredBy: "a", wantedBy: "b", terms: expect.arrayContaining(["budget", "portal"]) },
      { offeredBy: "b", wantedBy: "a", terms: expect.arrayContaining(["audit", "methods"]) },
    ]);
  });

  it("stays empty where nothing is shared", () => {
    const none = explainMatch(peers, features, [0, 2]);
    expect(none.sharedChallengeTerms).toEqual([]);
    expect(none.sharedTags).toEqual([]);
    expect(none.isSameLevel).toBe(false);
    expect(none.exchanges).toEqual([]);
  });

  it("caps the number of terms", () => {
    expect(explainMatch(peers, features, [0, 1], 1).sharedChallengeTerms).toHaveLength(1);
  });
});
