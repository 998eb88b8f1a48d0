import { describe, expect, it } from "vitest";
import { accumulateOverlaps, createOverlapScratch } from "./overlap-accumulation";
import { buildOverlapIndex, channelCount, channelIndex, overlapChannels } from "./overlap-index";
import { buildPeerFeatures } from "./peer-features";
import { buildPeer } from "./peer-fixtures";
import { countSharedIds, dotSparse } from "./term-vectors";

const peers = [
  buildPeer({
    id: "a",
    challenges: [{ text: "budget planning reform", tags: ["finance"] }],
    wants: "audit skills",
    offers: "budget law",
  }),
  buildPeer({
    id: "b",
    challenges: [{ text: "budget transparency", tags: ["finance", "audit"] }],
    offers: "audit training",
  }),
  buildPeer({ id: "c", challenges: [{ text: "school meals", tags: [] }], wants: "budget law" }),
  buildPeer({ id: "d", field: "school", position: "teacher" }),
];
const features = buildPeerFeatures(peers);
const index = buildOverlapIndex(features, Int32Array.from([0, 1, 2, 3]));

describe("accumulateOverlaps", () => {
  it("gives each touched peer exactly the pairwise dot products", () => {
    const scratch = createOverlapScratch(peers.length);
    const round = accumulateOverlaps(index, 0, 1, scratch);
    expect([round.touchedSlack, round.untouchedSlack]).toEqual([0, 0]);
    const touchedPeers = [...scratch.touched.subarray(0, round.touchedCount)].sort();
    expect(touchedPeers).toEqual([0, 1, 2]);
    const acc = (j: number, c: keyof typeof channelIndex) =>
      scratch.accumulators[j * channelCount + channelIndex[c]];
    for (const j of touchedPeers) {
      const dot = (x: "challenge" | "wants" | "offers", y: "challenge" | "wants" | "offers") =>
        dotSparse(features[x][0]!, features[y][j]!);
      expect(acc(j, "challenge")).toBeCloseTo(dot("challenge", "challenge"), 12);
      expect(acc(j, "tags")).toBe(countSharedIds(features.tags[0]!, features.tags[j]!));
      expect(acc(j, "wantsOffers")).toBeCloseTo(dot("wants", "offers"), 12);
      expect(acc(j, "offersWants")).toBeCloseTo(dot("offers", "wants"), 12);
    }
    expect(acc(2, "offersWants")).toBeGreaterThan(0);
  });

  const ones = new Float64Array(overlapChannels.length).fill(1);

  it("skips every term with no budget and bounds what they could add", () => {
    const scratch = createOverlapScratch(peers.length);
    const budget = { admitPostings: 0, updatePostings: 0, perUnit: ones, caps: ones };
    const round = accumulateOverlaps(index, 0, 1, scratch, budget);
    expect(round.touchedCount).toBe(0);
    expect(round.touchedSlack).toBeGreaterThan(0);
    expect(round.untouchedSlack).toBe(round.touchedSlack);
    expect(round.untouchedSlack).toBeLessThanOrEqual(overlapChannels.length);
    const caps = new Float64Array(overlapChannels.length).fill(0.01);
    const capped = accumulateOverlaps(index, 0, 2, scratch, { ...budget, caps });
    expect(capped.untouchedSlack).toBeLessThanOrEqual(0.07 + 1e-12);
  });

  it("admits peers within the budget, then completes them exactly", () => {
    const scratch = createOverlapScratch(peers.length);
    const budget = { admitPostings: 1, updatePostings: 1e9, perUnit: ones, caps: ones };
    const round = accumulateOverlaps(index, 0, 1, scratch, budget);
    expect(round.touchedCount).toBe(1);
    expect(round.touchedSlack).toBe(0);
    expect(round.untouchedSlack).toBeGreaterThan(0);
    const j = scratch.touched[0]!;
    expect(scratch.accumulators[j * channelCount + channelIndex.challenge]).toBeCloseTo(
      dotSparse(features.challenge[0]!, features.challenge[j]!),
      12,
    );
  });
});
