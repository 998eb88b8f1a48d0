import { describe, expect, it } from "vitest";
import { buildPeerFeatures } from "./peer-features";
import { buildPeer } from "./peer-fixtures";
import { dotSparse } from "./term-vectors";

describe("buildPeerFeatures", () => {
  const peers = [
    buildPeer({
      id: "a",
      challenges: [
        { text: "Managing budgets", tags: ["Finance"] },
        { text: "budget delays", tags: ["finance", "audit"] },
      ],
      offers: "budget training",
      wants: "audit skills",
    }),
    buildPeer({
      id: "b",
      lang: "sv",
      challenges: [{ text: "Budgeten är försenad", tags: [] }],
      offers: "revision",
    }),
    buildPeer({ id: "c" }),
  ];
  const features = buildPeerFeatures(peers);

  it("vectorises every peer's texts, one document per peer and kind", () => {
    expect(features.count).toBe(3);
    expect(features.challenge[2]!.ids).toHaveLength(0);
    expect(dotSparse(features.challenge[0]!, features.challenge[0]!)).toBeCloseTo(1, 12);
    expect(dotSparse(features.challenge[0]!, features.challenge[1]!)).toBeGreaterThan(0);
  });

  it("merges repeated tags case-insensitively", () => {
    expect([...features.tags[0]!.ids].map((id) => features.tagNames[id])).toEqual([
      "finance",
      "audit",
    ]);
  });

  it("puts offers and wants in one space so they compare", () => {
    expect(dotSparse(features.offers[0]!, features.offers[0]!)).toBeCloseTo(1, 12);
    expect(dotSparse(features.wants[0]!, features.offers[1]!)).toBe(0);
  });

  it("keeps the most common written form of each stem", () => {
    const budgetId = features.challenge[0]!.ids.find(
      (id) => features.surfaces[id]?.startsWith("budget") === true,
    );
    expect(budgetId).toBeDefined();
    expect(features.surfaces[budgetId!]).toBe("budget");
  });
});
