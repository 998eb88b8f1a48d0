import { describe, expect, it } from "vitest";
import { criterionKeys, defaultWeights } from "./criteria";
import { compileRules, defaultHardRules } from "./hard-rules";
import { assembleMatch, dedupePeers, resolveLocks, scoreMatch } from "./match-assembly";
import type { MatchingIssue } from "./matching-result";
import { createPairScorer } from "./pair-scorer";
import { buildPeerFeatures } from "./peer-features";
import { buildPeer } from "./peer-fixtures";

const peers = ["budget reform", "budget planning", "school meals"].map((text, i) =>
  buildPeer({ id: `p${i}`, challenges: [{ text, tags: [] }] }),
);
const features = buildPeerFeatures(peers);
const scorer = createPairScorer(peers, features, defaultWeights);

describe("scoreMatch", () => {
  it("averages totals and parts over the match's pairs", () => {
    const s = scoreMatch(scorer, [0, 1, 2]);
    const pairs = [scorer.scoreParts(0, 1), scorer.scoreParts(0, 2), scorer.scoreParts(1, 2)];
    expect(s.pairCount).toBe(3);
    expect(s.total).toBeCloseTo(pairs.reduce((sum, p) => sum + p.total, 0) / 3, 12);
    for (const k of criterionKeys) {
      expect(s.parts[k]).toBeCloseTo(pairs.reduce((sum, p) => sum + p.parts[k], 0) / 3, 12);
    }
  });
});

describe("assembleMatch", () => {
  it("marks locked and required matches", () => {
    const rules = compileRules(peers, { ...defaultHardRules, requiredPairs: [["p0", "p1"]] });
    const context = { peers, features, scorer, rules };
    expect(assembleMatch(context, [1, 0], true)).toMatchObject({
      peerIds: ["p1", "p0"],
      isLocked: true,
      isRequired: true,
    });
    expect(assembleMatch(context, [0, 2], false)).toMatchObject({
      isLocked: false,
      isRequired: false,
    });
  });
});

describe("input clean-up", () => {
  it("drops repeated peer ids and reports them", () => {
    const issues: MatchingIssue[] = [];
    expect(dedupePeers([...peers, peers[1]!], issues).map((p) => p.id)).toEqual(["p0", "p1", "p2"]);
    expect(issues).toEqual([{ code: "duplicate_peer_id", peerIds: ["p1"] }]);
  });

  it("resolves locks, dropping unknown, repeated and too-small ones", () => {
    const issues: MatchingIssue[] = [];
    const locks = resolveLocks(
      peers,
      [
        ["p0", "p1", "x"],
        ["p1", "p2"],
        ["p2", "p2"],
      ],
      issues,
    );
    expect(locks).toEqual([[0, 1]]);
    expect(issues.map((i) => i.code)).toEqual([
      "unknown_peer",
      "peer_locked_twice",
      "lock_too_small",
      "peer_locked_twice",
      "lock_too_small",
    ]);
  });
});
