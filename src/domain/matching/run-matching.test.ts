import { describe, expect, it } from "vitest";
import { findRuleViolations } from "./hard-rules";
import type { MatchingPeer } from "./matching-peer";
import { buildPeer } from "./peer-fixtures";
import { runMatching } from "./run-matching";

const finance = "Budget planning is slow and the budget process lacks transparency";
const procurement = "Public procurement tenders attract few suppliers and contracts are delayed";

function peer(
  id: string,
  org: string,
  text: string,
  extra: Partial<MatchingPeer> = {},
): MatchingPeer {
  return buildPeer({ id, organisationId: org, challenges: [{ text, tags: [] }], ...extra });
}

const peers = [
  peer("f1", "o1", finance, {
    level: "managerial",
    position: "budget director",
    yearsOfService: 12,
  }),
  peer("f2", "o2", finance, {
    level: "managerial",
    position: "head of budget",
    yearsOfService: 10,
  }),
  peer("p1", "o1", procurement),
  peer("p2", "o3", procurement),
  peer("x1", "o4", "Street lighting", { languages: ["fr"] }),
];

describe("runMatching in pairs mode", () => {
  const result = runMatching({ peers, mode: "pairs" });

  it("pairs people with shared challenges from different organisations", () => {
    expect(result.matches.map((m) => [...m.peerIds].sort())).toEqual([
      ["f1", "f2"],
      ["p1", "p2"],
    ]);
    expect(
      findRuleViolations(result, peers, {
        separation: "different_organisation",
        forbiddenPairs: [],
        requiredPairs: [],
      }),
    ).toEqual([]);
  });

  it("explains a match with data: shared words as written, level, languages", () => {
    const e = result.matches[0]!.explanation;
    expect(e.sharedChallengeTerms).toContain("budget");
    expect(e.isSameLevel).toBe(true);
    expect(e.sharedLanguages).toEqual(["en"]);
    expect(e.members.map((m) => [m.position, m.yearsOfService])).toEqual([
      ["budget director", 12],
      ["head of budget", 10],
    ]);
    expect(result.matches[0]!.score.parts.sharedChallenges).toBeGreaterThan(0);
    expect(result.matches[0]!.score.pairCount).toBe(1);
  });

  it("gives the left-out peer a reason", () => {
    expect(result.unmatched).toEqual([{ peerId: "x1", reason: "no_compatible_peer" }]);
    expect(result.stats.poolSize).toBe(5);
    expect(result.stats.upperBound).toBeNull();
  });

  it("keeps locked matches and reports peers only compatible with locked ones", () => {
    const locked = runMatching({ peers, mode: "pairs", lockedMatches: [["f1", "p2"]] });
    expect(locked.matches[0]).toMatchObject({ peerIds: ["f1", "p2"], isLocked: true });
    expect(locked.matches.slice(1).map((m) => [...m.peerIds].sort())).toEqual([["f2", "p1"]]);
    const solo = runMatching({
      peers: [...peers.slice(0, 2), peer("p1", "o1", procurement, { languages: ["fr"] })],
      mode: "pairs",
      lockedMatches: [["f1", "f2"]],
    });
    expect(solo.unmatched).toEqual([{ peerId: "p1", reason: "no_compatible_peer" }]);
    const blocked = runMatching({
      peers: peers.slice(0, 3),
      mode: "pairs",
      lockedMatches: [["f2", "p1"]],
    });
    expect(blocked.unmatched).toEqual([{ peerId: "f1", reason: "locked_elsewhere" }]);
  });

  it("honours required and forbidden pairs", () => {
    const r = runMatching({
      peers,
      mode: "pairs",
      requiredPairs: [["f1", "p1"]],
      forbiddenPairs: [["f2", "p2"]],
    });
    expect(r.matches.map((m) => [[...m.peerIds].sort(), m.isRequired])).toEqual([
      [["f1", "p1"], true],
    ]);
    expect(r.unmatched.map((u) => [u.peerId, u.reason])).toEqual([
      ["f2", "locked_elsewhere"],
      ["p2", "locked_elsewhere"],
      ["x1", "no_compatible_peer"],
    ]);
  });

  it("reports input problems instead of failing", () => {
    const r = runMatching({
      peers: [...peers, peers[0]!],
      mode: "pairs",
      lockedMatches: [
        ["f1", "ghost"],
        ["f2", "p2"],
        ["p2", "x1"],
      ],
      requiredPairs: [["f2", "x1"]],
    });
    expect(r.issues.map((i) => i.code)).toEqual([
      "duplicate_peer_id",
      "required_pair_invalid",
      "unknown_peer",
      "lock_too_small",
      "peer_locked_twice",
      "lock_too_small",
    ]);
    expect(r.matches.filter((m) => m.isLocked).map((m) => m.peerIds)).toEqual([["f2", "p2"]]);
  });

  it("marks an odd one out", () => {
    const three = [peer("a", "o1", finance), peer("b", "o2", finance), peer("c", "o3", finance)];
    expect(runMatching({ peers: three, mode: "pairs" }).unmatched.map((u) => u.reason)).toEqual([
      "odd_count",
    ]);
  });
});

describe("runMatching in learner-champion mode", () => {
  const sided = [
    peer("l1", "o1", finance, { side: "learner", wants: "budget transparency portal" }),
    peer("l2", "o2", procurement, { side: "learner", wants: "e-procurement platform" }),
    peer("c1", "o3", finance, { side: "champion", offers: "our open budget transparency portal" }),
    peer("c2", "o4", procurement, {
      side: "champion",
      offers: "an e-procurement platform for tenders",
    }),
    peer("n1", "o5", finance),
  ];

  it("pairs each learner with the champion offering what they want", () => {
    const r = runMatching({ peers: sided, mode: "learner-champion" });
    expect(r.matches.map((m) => [...m.peerIds].sort())).toEqual([
      ["c1", "l1"],
      ["c2", "l2"],
    ]);
    expect(r.unmatched).toEqual([{ peerId: "n1", reason: "no_side" }]);
    const exchange = r.matches[0]!.explanation.exchanges[0]!;
    expect(exchange).toMatchObject({ offeredBy: "c1", wantedBy: "l1" });
    expect(exchange.terms).toContain("transparency");
  });

  it("lets a champion take two learners and says when learners outnumber champions", () => {
    const few = [...sided.slice(0, 3), peer("l3", "o6", finance, { side: "learner" })];
    const one = runMatching({ peers: few, mode: "learner-champion" });
    expect(one.matches).toHaveLength(1);
    expect(one.unmatched.map((u) => u.reason)).toEqual(["outnumbered", "outnumbered"]);
    const two = runMatching({ peers: few, mode: "learner-champion", championCapacity: 2 });
    expect(two.matches).toHaveLength(2);
  });
});

describe("runMatching in groups mode", () => {
  const many = Array.from({ length: 14 }, (_, i) =>
    peer(`g${i}`, `o${i % 5}`, i % 2 === 0 ? finance : procurement, {
      level: i % 3 === 0 ? "political" : "technical",
    }),
  );

  it("makes groups within the planned sizes with a bound and a gap", () => {
    const r = runMatching({ peers: many, mode: "groups", groupSize: 4 });
    expect(r.matches.map((m) => m.peerIds.length).sort()).toEqual([4, 5, 5]);
    expect(r.unmatched).toEqual([]);
    expect(r.stats.upperBound).toBeGreaterThanOrEqual(r.stats.objective);
    expect(r.stats.gap).toBeGreaterThanOrEqual(0);
    expect(
      findRuleViolations(r, many, {
        separation: "different_organisation",
        forbiddenPairs: [],
        requiredPairs: [],
      }),
    ).toEqual([]);
  });

  it("keeps required pairs together and clamps the group size", () => {
    const r = runMatching({
      peers: many,
      mode: "groups",
      groupSize: 9,
      requiredPairs: [["g0", "g1"]],
    });
    expect(r.issues.map((i) => i.code)).toEqual(["group_size_out_of_range"]);
    const withG0 = r.matches.find((m) => m.peerIds.includes("g0"))!;
    expect(withG0.peerIds).toContain("g1");
    expect(withG0.isRequired).toBe(true);
    expect(r.matches.every((m) => m.peerIds.length >= 5 && m.peerIds.length <= 6)).toBe(true);
  });

  it("reports the remainder when the pool is too small for a group", () => {
    const r = runMatching({ peers: many.slice(0, 2), mode: "groups", groupSize: 4 });
    expect(r.matches).toEqual([]);
    expect(r.unmatched.map((u) => u.reason)).toEqual(["group_remainder", "group_remainder"]);
  });
});
