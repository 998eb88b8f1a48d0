import { describe, expect, it } from "vitest";
import { compileRules, defaultHardRules, findRuleViolations, type HardRules } from "./hard-rules";
import { buildPeer } from "./peer-fixtures";

const peers = [
  buildPeer({ id: "a", organisationId: "o1", country: "SE", languages: ["en", "sv"] }),
  buildPeer({ id: "b", organisationId: "o1", country: "SE", languages: ["EN"] }),
  buildPeer({ id: "c", organisationId: "o2", country: "SE", languages: ["sv"] }),
  buildPeer({ id: "d", organisationId: "o3", country: "KE", languages: ["en", "sw"] }),
  buildPeer({ id: "e", organisationId: null, country: null, languages: ["fr"] }),
];

describe("compileRules", () => {
  it("separates organisations by default and checks a shared language", () => {
    const r = compileRules(peers, defaultHardRules);
    expect(r.isAllowed(0, 1)).toBe(false);
    expect(r.isAllowed(0, 2)).toBe(true);
    expect(r.isAllowed(1, 2)).toBe(false);
    expect(r.isAllowed(1, 3)).toBe(true);
    expect(r.isAllowed(0, 4)).toBe(false);
    expect(r.isAllowed(0, 0)).toBe(false);
  });

  it("can separate countries instead, or nothing", () => {
    const byCountry = compileRules(peers, { ...defaultHardRules, separation: "different_country" });
    expect(byCountry.isAllowed(0, 2)).toBe(false);
    expect(byCountry.isAllowed(0, 3)).toBe(true);
    const off = compileRules(peers, { ...defaultHardRules, separation: "off" });
    expect(off.isAllowed(0, 1)).toBe(true);
  });

  it("forbids forbidden pairs and lets required pairs override the separation only", () => {
    const rules: HardRules = {
      separation: "different_organisation",
      forbiddenPairs: [["a", "c"]],
      requiredPairs: [
        ["a", "b"],
        ["b", "e"],
        ["c", "a"],
        ["a", "zz"],
        ["d", "d"],
      ],
    };
    const r = compileRules(peers, rules);
    expect(r.isAllowed(0, 2)).toBe(false);
    expect(r.isAllowed(0, 1)).toBe(true);
    expect(r.requiredPairs).toEqual([[0, 1]]);
    expect(r.issues.map((i) => i.code).sort()).toEqual([
      "required_pair_invalid",
      "required_pair_invalid",
      "self_pair",
      "unknown_peer",
    ]);
  });

  it("allows only learner-champion pairs when cross-side", () => {
    const sided = [
      buildPeer({ id: "l1", side: "learner" }),
      buildPeer({ id: "l2", side: "learner" }),
      buildPeer({ id: "c1", side: "champion" }),
      buildPeer({ id: "x" }),
    ];
    const r = compileRules(sided, { ...defaultHardRules, isCrossSideOnly: true });
    expect(r.isAllowed(0, 2)).toBe(true);
    expect(r.isAllowed(0, 1)).toBe(false);
    expect(r.isAllowed(2, 3)).toBe(false);
  });

  it("checks a language common to a whole group", () => {
    const r = compileRules(peers, { ...defaultHardRules, separation: "off" });
    expect(r.hasCommonLanguage([0, 1], 3)).toBe(true);
    expect(r.hasCommonLanguage([0, 2], 3)).toBe(false);
    expect(r.hasCommonLanguage([0, 2], 3, 2)).toBe(true);
  });

  it("handles more than 32 languages", () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      buildPeer({ id: `p${i}`, languages: [`l${i}`, "zz"] }),
    );
    const r = compileRules(many, defaultHardRules);
    expect(r.isAllowed(0, 39)).toBe(true);
    expect(r.hasCommonLanguage([0, 1, 2], 39)).toBe(true);
    const alone = [...many, buildPeer({ id: "solo", languages: ["l39"] })];
    const r2 = compileRules(alone, defaultHardRules);
    expect(r2.isAllowed(39, 40)).toBe(true);
    expect(r2.isAllowed(0, 40)).toBe(false);
  });
});

describe("findRuleViolations", () => {
  it("finds nothing in a clean result", () => {
    const result = { matches: [{ peerIds: ["a", "c"] }, { peerIds: ["b", "d"] }] };
    expect(findRuleViolations(result, peers, defaultHardRules)).toEqual([]);
  });

  it("reports each kind of broken rule", () => {
    const rules: HardRules = {
      ...defaultHardRules,
      forbiddenPairs: [["c", "d"]],
      requiredPairs: [["a", "d"]],
    };
    const result = {
      matches: [
        { peerIds: ["a", "b"], isLocked: true },
        { peerIds: ["c", "d", "zz"] },
        { peerIds: ["a", "e"] },
      ],
    };
    const codes = findRuleViolations(result, peers, rules).map((v) => [
      v.code,
      v.matchIndex,
      v.isLocked,
    ]);
    expect(codes).toEqual([
      ["same_organisation", 0, true],
      ["unknown_peer", 1, false],
      ["forbidden_pair", 1, false],
      ["no_shared_language", 1, false],
      ["duplicate_peer", 2, false],
      ["required_pair_split", null, true],
    ]);
  });

  it("does not flag a required pair for sharing an organisation", () => {
    const rules: HardRules = { ...defaultHardRules, requiredPairs: [["a", "b"]] };
    expect(findRuleViolations({ matches: [{ peerIds: ["a", "b"] }] }, peers, rules)).toEqual([]);
  });

  it("flags same-side matches in learner-champion mode", () => {
    const sided = [
      buildPeer({ id: "l1", side: "learner" }),
      buildPeer({ id: "l2", side: "learner" }),
    ];
    const rules: HardRules = { ...defaultHardRules, isCrossSideOnly: true };
    expect(
      findRuleViolations({ matches: [{ peerIds: ["l1", "l2"] }] }, sided, rules)[0]?.code,
    ).toBe("same_side");
  });
});
