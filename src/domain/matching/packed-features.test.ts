import { describe, expect, it } from "vitest";
import {
  countPacked,
  dotPacked,
  dotRuns,
  packCombinedRuns,
  packedChannel,
  packFeatures,
} from "./packed-features";
import { buildPeerFeatures } from "./peer-features";
import { buildPeer } from "./peer-fixtures";
import { dotSparse } from "./term-vectors";

describe("packFeatures", () => {
  const peers = [
    buildPeer({
      id: "a",
      challenges: [{ text: "budget audit reform", tags: ["x"] }],
      wants: "audit",
      field: "finance",
    }),
    buildPeer({
      id: "b",
      challenges: [{ text: "audit capacity", tags: ["x", "y"] }],
      offers: "audit training",
    }),
    buildPeer({ id: "c" }),
  ];
  const features = buildPeerFeatures(peers);
  const packed = packFeatures(features);

  it("gives the same dot products as the unpacked vectors, for every channel pair used", () => {
    const c = packedChannel;
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        expect(dotPacked(packed, i, c.challenge, j, c.challenge)).toBeCloseTo(
          dotSparse(features.challenge[i]!, features.challenge[j]!),
          12,
        );
        expect(dotPacked(packed, i, c.wants, j, c.offers)).toBeCloseTo(
          dotSparse(features.wants[i]!, features.offers[j]!),
          12,
        );
        expect(dotPacked(packed, i, c.tags, j, c.tags)).toBe(
          dotSparse(features.tags[i]!, features.tags[j]!),
        );
      }
    }
    expect(dotPacked(packed, 0, c.wants, 1, c.offers)).toBeGreaterThan(0);
  });

  it("keeps each run's length", () => {
    expect(countPacked(packed, 1, packedChannel.tags)).toBe(2);
    expect(countPacked(packed, 2, packedChannel.challenge)).toBe(0);
  });
});

describe("packCombinedRuns", () => {
  it("gives one merge the sum of the blocks' scaled dot products", () => {
    const peers = [
      buildPeer({ id: "a", field: "public finance", wants: "audit", offers: "budget law" }),
      buildPeer({ id: "b", field: "finance", wants: "budget", offers: "audit training" }),
    ];
    const f = buildPeerFeatures(peers);
    const query = packCombinedRuns(
      2,
      [
        { vectors: f.field, scale: () => 0.5 },
        { vectors: f.wants, scale: (p) => (p === 0 ? 2 : 0) },
      ],
      f.termCount,
    );
    const target = packCombinedRuns(
      2,
      [
        { vectors: f.field, scale: () => 1 },
        { vectors: f.offers, scale: () => 1 },
      ],
      f.termCount,
    );
    const expected =
      0.5 * dotSparse(f.field[0]!, f.field[1]!) + 2 * dotSparse(f.wants[0]!, f.offers[1]!);
    expect(expected).toBeGreaterThan(0);
    expect(dotRuns(query, 0, target, 1)).toBeCloseTo(expected, 12);
    expect(dotRuns(query, 1, target, 0)).toBeCloseTo(0.5 * dotSparse(f.field[1]!, f.field[0]!), 12);
  });
});
