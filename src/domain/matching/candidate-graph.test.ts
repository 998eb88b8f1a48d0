import { describe, expect, it } from "vitest";
import { buildCandidateGraph } from "./candidate-graph";
import { defaultWeights } from "./criteria";
import { compileRules, defaultHardRules } from "./hard-rules";
import type { MatchingPeer } from "./matching-peer";
import { createPairScorer } from "./pair-scorer";
import { buildPeerFeatures } from "./peer-features";
import { buildPeer } from "./peer-fixtures";
import { createSeededRandom } from "./seeded-random";

const topics = [
  "budget planning transparency audit fiscal",
  "procurement tenders suppliers contracts bidding",
  "school teachers pupils curriculum training",
  "waste recycling landfill collection sorting",
  "water sanitation pipes leakage tariffs",
  "digital services registry identity portal",
];

function generatePeers(count: number, seed: number): MatchingPeer[] {
  const random = createSeededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const topic = pick(topics).split(" ");
    const words = Array.from({ length: 4 }, () => pick(topic)).join(" ");
    return buildPeer({
      id: `p${i}`,
      organisationId: `o${i % 7}`,
      languages: random() < 0.9 ? ["en"] : ["fr"],
      level: pick(["political", "managerial", "technical"] as const),
      yearsOfService: Math.floor(random() * 30),
      challenges: random() < 0.1 ? [] : [{ text: words, tags: [topic[0]!] }],
    });
  });
}

function setUp(count: number, seed: number) {
  const peers = generatePeers(count, seed);
  const features = buildPeerFeatures(peers);
  const scorer = createPairScorer(peers, features, defaultWeights);
  const rules = compileRules(peers, defaultHardRules);
  const members = Int32Array.from(peers.map((_, i) => i));
  return { peers, features, scorer, rules, members };
}

describe("buildCandidateGraph", () => {
  it("lists every allowed pair with its exact score below the exhaustive threshold", () => {
    const { features, scorer, rules, members } = setUp(40, 1);
    const graph = buildCandidateGraph(features, {
      members,
      isAllowed: rules.isAllowed,
      rankOverlap: scorer.rankOverlap,
      scorePair: scorer.score,
    });
    expect(graph.isExhaustive).toBe(true);
    let allowed = 0;
    for (let i = 0; i < 40; i++)
      for (let j = i + 1; j < 40; j++) if (rules.isAllowed(i, j)) allowed++;
    expect(graph.edges).toHaveLength(allowed);
    for (const e of graph.edges) expect(e.score).toBe(scorer.score(e.a, e.b));
  });

  it.each([
    [1e9, 1e9, "every term walked"],
    [200, 2000, "common terms only complete admitted peers"],
    [0, 1e9, "nothing admitted, everything completed"],
    [0, 0, "every term skipped"],
  ])(
    "bounds every partner left out of a peer's candidates (budgets %d/%d: %s)",
    (admitPostings, updatePostings) => {
      const { features, scorer, rules, members } = setUp(300, 2);
      const k = 8;
      const graph = buildCandidateGraph(features, {
        members,
        k,
        exhaustiveBelow: 0,
        isAllowed: rules.isAllowed,
        rankOverlap: scorer.rankOverlap,
        scorePair: scorer.score,
        channelBounds: scorer.channelBounds,
        attributeBound: scorer.attributeBound,
        admitPostings,
        updatePostings,
      });
      expect(graph.isExhaustive).toBe(false);
      expect(graph.edges.length).toBeLessThan((300 * 299) / 2 / 4);
      const neighbours = new Map<number, Map<number, number>>();
      for (const e of graph.edges) {
        expect(e.a).toBeLessThan(e.b);
        expect(rules.isAllowed(e.a, e.b)).toBe(true);
        for (const [x, y] of [
          [e.a, e.b],
          [e.b, e.a],
        ] as const) {
          const m = neighbours.get(x) ?? new Map<number, number>();
          m.set(y, e.score);
          neighbours.set(x, m);
        }
      }
      const beaten: [number, number][] = [];
      for (let i = 0; i < 300; i++) {
        const mine = neighbours.get(i) ?? new Map<number, number>();
        for (let j = 0; j < 300; j++) {
          if (j === i || mine.has(j) || !rules.isAllowed(i, j)) continue;
          if (scorer.score(i, j) > graph.outsideBound[i]! + 1e-9) beaten.push([i, j]);
        }
      }
      expect(beaten).toEqual([]);
    },
  );

  it("gives a peer without any shared words candidates all the same", () => {
    const { peers } = setUp(250, 3);
    const loner = buildPeer({ id: "loner", challenges: [{ text: "zebra xylophone", tags: [] }] });
    const all = [...peers, loner];
    const features = buildPeerFeatures(all);
    const allRules = compileRules(all, defaultHardRules);
    const allScorer = createPairScorer(all, features, defaultWeights);
    const graph = buildCandidateGraph(features, {
      members: Int32Array.from(all.map((_, i) => i)),
      k: 5,
      exhaustiveBelow: 0,
      isAllowed: allRules.isAllowed,
      rankOverlap: allScorer.rankOverlap,
      scorePair: allScorer.score,
    });
    const lonerIndex = all.length - 1;
    expect(graph.edges.filter((e) => e.b === lonerIndex).length).toBeGreaterThanOrEqual(5);
  });

  it("is deterministic", () => {
    const { features, scorer, rules, members } = setUp(260, 4);
    const build = () =>
      buildCandidateGraph(features, {
        members,
        exhaustiveBelow: 0,
        isAllowed: rules.isAllowed,
        rankOverlap: scorer.rankOverlap,
        scorePair: scorer.score,
      });
    expect(build()).toEqual(build());
  });
});
