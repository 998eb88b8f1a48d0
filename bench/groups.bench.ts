import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCandidateGraph } from "../src/domain/matching/candidate-graph";
import { defaultWeights } from "../src/domain/matching/criteria";
import { formGroups } from "../src/domain/matching/groups";
import { compileRules, defaultHardRules } from "../src/domain/matching/hard-rules";
import type { MatchingMode, MatchingResult } from "../src/domain/matching/matching-result";
import { createPairScorer } from "../src/domain/matching/pair-scorer";
import { buildPeerFeatures } from "../src/domain/matching/peer-features";
import { runMatching } from "../src/domain/matching/run-matching";
import { generatePeers } from "./peer-generator";

/** One measured case: medians over the runs, and the quality figures of the last run. */
export interface GroupsBenchRow {
  readonly name: string;
  readonly peers: number;
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly details: Readonly<Record<string, number | string | null>>;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function measure<T>(
  name: string,
  peers: number,
  runs: number,
  work: () => T,
  describe: (last: T) => GroupsBenchRow["details"],
): GroupsBenchRow {
  const times: number[] = [];
  let last: T | undefined;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    last = work();
    times.push(performance.now() - start);
  }
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    name,
    peers,
    runs,
    medianMs: round(median(times)),
    minMs: round(Math.min(...times)),
    maxMs: round(Math.max(...times)),
    details: describe(last as T),
  };
}

function describeResult(result: MatchingResult): GroupsBenchRow["details"] {
  const placed = result.matches.reduce((sum, m) => sum + m.peerIds.length, 0);
  const reasons = new Map<string, number>();
  for (const u of result.unmatched) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
  return {
    matches: result.matches.length,
    placed,
    unmatched: [...reasons].map(([r, c]) => `${r}:${c}`).join(" ") || "none",
    candidateEdges: result.stats.candidateEdges,
    objective: Math.round(result.stats.objective * 10) / 10,
    upperBound:
      result.stats.upperBound === null ? null : Math.round(result.stats.upperBound * 10) / 10,
    gap: result.stats.gap === null ? null : Math.round(result.stats.gap * 1000) / 1000,
    searchPasses: result.stats.searchPasses,
  };
}

/** Times the candidate graph alone (features, scorer, rules and index included). */
function timeCandidateGraph(count: number, runs: number): GroupsBenchRow {
  const peers = generatePeers({ count, seed: 7 });
  return measure(
    "buildCandidateGraph (features + index + top-20)",
    count,
    runs,
    () => {
      const features = buildPeerFeatures(peers);
      const scorer = createPairScorer(peers, features, defaultWeights);
      const rules = compileRules(peers, defaultHardRules);
      return buildCandidateGraph(features, {
        members: Int32Array.from(peers, (_, i) => i),
        isAllowed: rules.isAllowed,
        rankOverlap: scorer.rankOverlap,
        scorePair: scorer.score,
        channelBounds: scorer.channelBounds,
        attributeBound: scorer.attributeBound,
      });
    },
    (graph) => ({ candidateEdges: graph.edges.length }),
  );
}

/** Splits one groups-of-4 run into its phases (CPU-bound, single thread; wall ms each). */
function timeGroupPhases(count: number, runs: number): GroupsBenchRow {
  const peers = generatePeers({ count, seed: 7 });
  const lap = (start: number) => Math.round(performance.now() - start);
  return measure(
    "groups of 4, by phase",
    count,
    runs,
    () => {
      let start = performance.now();
      const features = buildPeerFeatures(peers);
      const scorer = createPairScorer(peers, features, defaultWeights);
      const rules = compileRules(peers, defaultHardRules);
      const featuresMs = lap(start);
      start = performance.now();
      const members = Int32Array.from(peers, (_, i) => i);
      const graph = buildCandidateGraph(features, {
        members,
        isAllowed: rules.isAllowed,
        rankOverlap: scorer.rankOverlap,
        scorePair: scorer.score,
        channelBounds: scorer.channelBounds,
        attributeBound: scorer.attributeBound,
      });
      const graphMs = lap(start);
      start = performance.now();
      const grouping = formGroups({
        peerCount: count,
        members: [...members],
        groupSize: 4,
        edges: graph.edges,
        score: scorer.score,
        rules,
        outsideBound: graph.outsideBound,
        seed: 1,
      });
      return {
        featuresMs,
        graphMs,
        groupsMs: lap(start),
        passes: grouping.passes,
        gap: grouping.gap,
      };
    },
    (last) => ({ ...last, gap: Math.round(last.gap * 1000) / 1000 }),
  );
}

function timeRun(mode: MatchingMode, count: number, runs: number): GroupsBenchRow {
  const peers = generatePeers({ count, seed: 7 });
  const label = mode === "groups" ? "runMatching groups of 4" : `runMatching ${mode}`;
  return measure(
    label,
    count,
    runs,
    () => runMatching({ peers, mode, groupSize: 4 }),
    describeResult,
  );
}

/**
 * Benchmarks purposeful matching on synthetic peers (see `peer-generator.ts`): the candidate
 * graph, pairs matching and groups of 4 at 1,000 and 10,000 peers, medians over `runs` runs.
 * Writes bench/results/groups.json and returns the rows.
 */
export function runGroupsBench(runs = 3): GroupsBenchRow[] {
  const rows: GroupsBenchRow[] = [];
  for (const count of [1_000, 10_000]) {
    rows.push(timeCandidateGraph(count, runs));
    rows.push(timeRun("pairs", count, runs));
    rows.push(timeRun("learner-champion", count, runs));
    rows.push(timeRun("groups", count, runs));
    rows.push(timeGroupPhases(count, runs));
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const file = join(here, "results", "groups.json");
  mkdirSync(dirname(file), { recursive: true });
  const environment = { node: process.version, platform: `${process.platform}-${process.arch}` };
  writeFileSync(file, `${JSON.stringify({ environment, runs, rows }, null, 2)}\n`);
  return rows;
}

/** The rows as a Markdown table. */
export function formatGroupsBench(rows: readonly GroupsBenchRow[]): string {
  const lines = [
    "| case | peers | median ms | min-max ms | details |",
    "| --- | ---: | ---: | ---: | --- |",
    ...rows.map((r) => {
      const details = Object.entries(r.details)
        .map(([k, v]) => `${k}=${v}`)
        .join(", ");
      return `| ${r.name} | ${r.peers} | ${r.medianMs} | ${r.minMs}-${r.maxMs} | ${details} |`;
    }),
  ];
  return lines.join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  console.log(formatGroupsBench(runGroupsBench(runs)));
}
