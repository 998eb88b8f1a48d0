import { describe, expect, it } from "vitest";
import { criterionKeys, defaultWeights, learnerChampionWeights } from "./criteria";
import { accumulateOverlaps, createOverlapScratch } from "./overlap-accumulation";
import { buildOverlapIndex, overlapChannels } from "./overlap-index";
import { createPairScorer } from "./pair-scorer";
import { buildPeerFeatures } from "./peer-features";
import { buildPeer } from "./peer-fixtures";
import { challengeSimilarity } from "./similarity";

const peers = [
  buildPeer({
    id: "a",
    level: "managerial",
    position: "head of finance",
    field: "public finance",
    yearsOfService: 10,
    challenges: [{ text: "Budget planning is slow and opaque", tags: ["public-finance"] }],
    currentInitiative: "programme budgeting reform",
    wants: "performance audit methods",
    offers: "medium-term budget framework",
  }),
  buildPeer({
    id: "b",
    level: "managerial",
    position: "finance director",
    field: "public finance",
    yearsOfService: 14,
    challenges: [
      { text: "Our budget planning process lacks transparency", tags: ["public-finance"] },
    ],
    currentInitiative: "budgeting reform for programmes",
    wants: "budget framework design",
    offers: "performance audit",
  }),
  buildPeer({
    id: "c",
    level: "political",
    position: "councillor",
    field: "education",
    yearsOfService: 2,
    challenges: [{ text: "Teacher shortages in rural schools", tags: ["education"] }],
    currentInitiative: "school meals",
  }),
];
const features = buildPeerFeatures(peers);

describe("createPairScorer", () => {
  const scorer = createPairScorer(peers, features, defaultWeights);

  it("scores a pair sharing challenge, level, initiative and field above an unrelated one", () => {
    expect(scorer.score(0, 1)).toBeGreaterThan(scorer.score(0, 2) + 0.3);
  });

  it("mixes challenge text and tags as challengeSimilarity does", () => {
    const parts = scorer.scoreParts(0, 1).parts;
    expect(parts.sharedChallenges).toBeCloseTo(
      defaultWeights.sharedChallenges * challengeSimilarity(features, 0, 1, 0.4),
      12,
    );
  });

  it("is symmetric and its parts sum to the total", () => {
    const s = scorer.scoreParts(0, 1);
    expect(scorer.score(1, 0)).toBeCloseTo(s.total, 12);
    const sum = criterionKeys.reduce((acc, k) => acc + s.parts[k], 0);
    expect(sum).toBeCloseTo(s.total, 12);
    for (const k of criterionKeys) expect(s.parts[k]).toBeGreaterThan(0);
  });

  it("weighs each part by its configured weight", () => {
    const onlyLevel = createPairScorer(
      peers,
      features,
      {
        ...Object.fromEntries(criterionKeys.map((k) => [k, 0])),
        samePosition: 1,
      } as typeof defaultWeights,
      { levelShare: 1 },
    );
    expect(onlyLevel.score(0, 1)).toBe(1);
    expect(onlyLevel.score(0, 2)).toBe(0);
  });

  it("ranks from accumulated overlaps exactly as it scores", () => {
    const index = buildOverlapIndex(features, Int32Array.from([0, 1, 2]));
    const scratch = createOverlapScratch(3);
    accumulateOverlaps(index, 0, 1, scratch);
    expect(scorer.rankOverlap(0, 1, scratch.accumulators)).toBeCloseTo(scorer.score(0, 1), 12);
  });

  it("never lets a pair sharing no words beat the attribute bound", () => {
    expect(scorer.score(0, 2)).toBeLessThanOrEqual(scorer.attributeBound);
  });

  it("bounds each channel's worth so skipped terms cannot add more", () => {
    const perUnit = new Float64Array(overlapChannels.length);
    const caps = new Float64Array(overlapChannels.length);
    scorer.channelBounds(0, perUnit, caps);
    const index = buildOverlapIndex(features, Int32Array.from([0, 1, 2]));
    const scratch = createOverlapScratch(3);
    const budget = { admitPostings: 0, updatePostings: 0, perUnit, caps };
    const round = accumulateOverlaps(index, 0, 1, scratch, budget);
    expect(round.touchedCount).toBe(0);
    for (const j of [1, 2]) {
      expect(scorer.score(0, j)).toBeLessThanOrEqual(
        scorer.attributeBound + round.untouchedSlack + 1e-12,
      );
    }
    const sum = caps.reduce((s, x) => s + x, 0);
    expect(round.untouchedSlack).toBeLessThanOrEqual(sum);
  });

  it("counts only the learner's wants against the champion's offers when directional", () => {
    const sided = [
      { ...peers[0]!, side: "learner" as const },
      { ...peers[1]!, side: "champion" as const },
      peers[2]!,
    ];
    const directional = createPairScorer(sided, features, learnerChampionWeights, {
      isDirectional: true,
    });
    const mutual = createPairScorer(sided, features, learnerChampionWeights);
    const wantsA = directional.scoreParts(0, 1).parts.complementarity;
    expect(wantsA).toBeGreaterThan(0);
    expect(directional.scoreParts(1, 0).parts.complementarity).toBeCloseTo(wantsA, 12);
    expect(mutual.scoreParts(0, 1).parts.complementarity).not.toBeCloseTo(wantsA, 6);
  });
});

describe("score (fast path)", () => {
  const words = ["budget", "audit", "tenders", "schools", "water", "digital", "reform", "planning"];
  const peerOf = (k: number, side?: "learner" | "champion") =>
    buildPeer({
      id: `q${k}`,
      level: (["political", "managerial", "technical", null] as const)[k % 4]!,
      yearsOfService: k % 5 === 0 ? null : (k * 7) % 30,
      position: `${words[k % 8]} officer`,
      field: words[(k * 3) % 8]!,
      challenges: [
        {
          text: `${words[k % 8]} ${words[(k + 3) % 8]} problems`,
          tags: k % 3 ? [words[k % 8]!] : [],
        },
      ],
      currentInitiative: `${words[(k + 1) % 8]} reform`,
      offers: `${words[(k + 2) % 8]} ${words[(k + 5) % 8]}`,
      wants: `${words[(k + 4) % 8]}`,
      ...(side ? { side } : {}),
    });

  it.each([false, true])("equals the sum of the parts (directional: %s)", (isDirectional) => {
    const sides = ["learner", "champion", undefined] as const;
    const many = Array.from({ length: 24 }, (_, k) => peerOf(k, sides[k % 3]));
    const f = buildPeerFeatures(many);
    const s = createPairScorer(many, f, learnerChampionWeights, { isDirectional });
    for (let i = 0; i < many.length; i++) {
      for (let j = 0; j < many.length; j++) {
        if (i !== j) expect(s.score(i, j)).toBeCloseTo(s.scoreParts(i, j).total, 12);
      }
    }
  });
});
