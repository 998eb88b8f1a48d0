import { describe, expect, it } from "vitest";
import { buildOverlapIndex, channelCount, channelIndex, overlapChannels } from "./overlap-index";
import { buildPeerFeatures } from "./peer-features";
import { buildPeer } from "./peer-fixtures";

describe("buildOverlapIndex", () => {
  const peers = [
    buildPeer({ id: "a", challenges: [{ text: "budget audit", tags: [] }], wants: "audit" }),
    buildPeer({ id: "b", challenges: [{ text: "budget", tags: [] }], offers: "audit" }),
    buildPeer({ id: "c", challenges: [{ text: "budget schools", tags: [] }] }),
  ];
  const features = buildPeerFeatures(peers);

  it("lists, per term, the member peers holding it with weights and the largest weight", () => {
    const index = buildOverlapIndex(features, Int32Array.from([0, 2]));
    const challenge = index[channelIndex.challenge]!;
    const budget = features.challenge[1]!.ids[0]!;
    const { offsets, peers: holders, weights, maxWeights } = challenge.postings;
    const from = offsets[budget]!;
    const to = offsets[budget + 1]!;
    expect([...holders.subarray(from, to)]).toEqual([0, 2]);
    expect(maxWeights[budget]).toBe(Math.max(...weights.subarray(from, to)));
  });

  it("looks wants up among offers and offers among wants", () => {
    const index = buildOverlapIndex(features, Int32Array.from([0, 1, 2]));
    expect(index.map((c) => c.name)).toEqual([...overlapChannels]);
    expect(index[channelIndex.wantsOffers]!.query).toBe(features.wants);
    expect(index[channelIndex.offersWants]!.query).toBe(features.offers);
  });
});

describe("channelIndex", () => {
  it("numbers the channels in overlapChannels order", () => {
    expect(overlapChannels.map((c) => channelIndex[c])).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(channelCount).toBe(7);
  });
});
