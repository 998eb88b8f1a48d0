import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ClusterableItem, clusterFeedbackItems } from "./clustering";

const englishItems: ClusterableItem[] = [
  { id: "f1", kind: "weakness", text: "Applicants queue for over an hour at the permit desk." },
  {
    id: "f2",
    kind: "weakness",
    text: "The permit desk has no queue numbers, so people lose their place.",
  },
  { id: "f3", kind: "weakness", text: "Budget reports are published six months late." },
  { id: "f4", kind: "strength", text: "The permit desk staff explain every form patiently." },
  { id: "f5", kind: "idea", text: "A ticket machine could shorten the queue at the permit desk." },
  { id: "f6", kind: "weakness", text: "Late budget reports leave councillors guessing." },
  { id: "f7", kind: "strength", text: "Ward meetings are open to every resident." },
];

describe("clusterFeedbackItems", () => {
  it("groups by kind first and then by shared terms", () => {
    expect(clusterFeedbackItems(englishItems, { lang: "en" })).toEqual([
      { kind: "strength", sharedTerms: [], itemIds: ["f4"] },
      { kind: "strength", sharedTerms: [], itemIds: ["f7"] },
      { kind: "weakness", sharedTerms: ["desk", "permit", "queue"], itemIds: ["f1", "f2"] },
      { kind: "weakness", sharedTerms: ["budget", "late", "reports"], itemIds: ["f3", "f6"] },
      { kind: "idea", sharedTerms: [], itemIds: ["f5"] },
    ]);
  });

  it("matches Swedish inflections through a crude stem", () => {
    const items: ClusterableItem[] = [
      { id: "s1", kind: "weakness", text: "Blanketten för bygglov är svår att förstå." },
      { id: "s2", kind: "weakness", text: "Blanketterna för bygglov saknar exempel." },
      { id: "s3", kind: "weakness", text: "Protokollen publiceras sent." },
    ];
    expect(clusterFeedbackItems(items, { lang: "sv" })).toEqual([
      { kind: "weakness", sharedTerms: ["blanketten", "bygglov"], itemIds: ["s1", "s2"] },
      { kind: "weakness", sharedTerms: [], itemIds: ["s3"] },
    ]);
  });

  it("links fewer items when the overlap threshold rises", () => {
    const strict = clusterFeedbackItems(englishItems, { lang: "en", minOverlap: 0.9 });
    expect(strict.every((cluster) => cluster.itemIds.length === 1)).toBe(true);
    expect(strict).toHaveLength(englishItems.length);
  });

  it("returns the same clusters for the items in any order", () => {
    const expected = clusterFeedbackItems(englishItems, { lang: "en" });
    fc.assert(
      fc.property(
        fc.shuffledSubarray(englishItems, { minLength: englishItems.length }),
        (shuffled) => {
          expect(clusterFeedbackItems(shuffled, { lang: "en" })).toEqual(expected);
        },
      ),
      { numRuns: 100, seed: 3 },
    );
  });

  it("puts every item in exactly one cluster of its own kind", () => {
    const itemArb = fc.record({
      id: fc.uuid(),
      kind: fc.constantFrom("strength" as const, "weakness" as const, "idea" as const),
      text: fc.constantFrom(...englishItems.map((item) => item.text), "", "Queue", "Budget desk"),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(itemArb, { selector: (item) => item.id, maxLength: 20 }),
        (items) => {
          const clusters = clusterFeedbackItems(items, { lang: "en" });
          const placed = clusters.flatMap((cluster) => cluster.itemIds);
          expect([...placed].sort()).toEqual(items.map((item) => item.id).sort());
          for (const cluster of clusters) {
            for (const id of cluster.itemIds) {
              expect(items.find((item) => item.id === id)?.kind).toBe(cluster.kind);
            }
          }
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });
});
