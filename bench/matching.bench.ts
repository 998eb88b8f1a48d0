/**
 * Benchmark of the exact maximum-weight matcher on sparse random peer graphs (average degree
 * 20, integer weights 1..1000), against networkx's max_weight_matching as the reference.
 *
 * Run: `node --import tsx bench/matching.bench.ts` (KOLLEGA_BENCH_FULL=1 also runs networkx at
 * n = 10,000, which takes very long). Prints a markdown table and writes
 * bench/results/matching.json.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { maxWeightMatching } from "../src/domain/matching/max-weight-matching";
import { generatePeerGraph, type WeightedEdge } from "./random-graph";

/** What networkx did on the same graph. */
export interface ReferenceResult {
  readonly tool: string;
  /** Time of the matching call alone (graph construction excluded), in ms. */
  readonly ms: number;
  readonly totalWeight: number;
  /** Our total weight equals networkx's within 1e-6 relative. */
  readonly weightMatches: boolean;
  /** networkx time / our median time. */
  readonly speedup: number;
}

/**
 * One benchmark case. Times are wall-clock milliseconds of `maxWeightMatching` alone (graph
 * generation excluded) over `runs` runs after one warm-up; `cpuMedianMs` is the median process
 * CPU time, which shows how much a busy machine inflated the wall time.
 */
export interface BenchResult {
  readonly suite: "matching";
  readonly name: string;
  readonly vertexCount: number;
  readonly edgeCount: number;
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly cpuMedianMs: number;
  readonly totalWeight: number;
  readonly matchedPairs: number;
  /** null when networkx was not run; `referenceNote` says why. */
  readonly reference: ReferenceResult | null;
  readonly referenceNote: string;
}

const sizes = [1_000, 3_000, 10_000, 100_000];
const averageDegree = 20;
const referenceScript = fileURLToPath(new URL("./reference/networkx_matching.py", import.meta.url));
const resultsFile = fileURLToPath(new URL("./results/matching.json", import.meta.url));

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function measureMatching(edges: readonly WeightedEdge[], mate: readonly number[]) {
  const weightOf = new Map<string, number>();
  for (const [u, v, w] of edges) weightOf.set(`${Math.min(u, v)},${Math.max(u, v)}`, w);
  let totalWeight = 0;
  let matchedPairs = 0;
  mate.forEach((p, v) => {
    if (p <= v) return;
    totalWeight += weightOf.get(`${v},${p}`) ?? Number.NaN;
    matchedPairs++;
  });
  return { totalWeight, matchedPairs };
}

function timeMatching(edges: WeightedEdge[], runs: number) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let mate: number[] = [];
  for (let r = 0; r < runs; r++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    mate = maxWeightMatching(edges);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    mate,
    medianMs: round(median(wall)),
    minMs: round(Math.min(...wall)),
    cpuMedianMs: round(median(cpu)),
  };
}

function isNetworkxAvailable(): boolean {
  return spawnSync("python3", ["-c", "import networkx"], { stdio: "ignore" }).status === 0;
}

function runNetworkx(edges: readonly WeightedEdge[]): { ms: number; weight: number; tool: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kollega-matching-"));
  try {
    const file = path.join(dir, "edges.txt");
    writeFileSync(file, `${edges.map((e) => e.join(" ")).join("\n")}\n`);
    const run = spawnSync("python3", [referenceScript, file], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`networkx reference failed: ${run.stderr}`);
    const out = JSON.parse(run.stdout) as { seconds: number; weight: number; networkx: string };
    return {
      ms: Math.round(out.seconds * 1000),
      weight: out.weight,
      tool: `networkx ${out.networkx}`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function referenceFor(n: number, hasNetworkx: boolean, full: boolean) {
  if (!hasNetworkx) return { run: false, note: "skipped: python3 with networkx not available" };
  if (n <= 3_000 || (n === 10_000 && full)) return { run: true, note: "" };
  if (n === 10_000) return { run: false, note: "skipped: set KOLLEGA_BENCH_FULL=1 (very slow)" };
  return { run: false, note: "skipped: too slow for networkx" };
}

function benchSize(n: number, hasNetworkx: boolean, full: boolean): BenchResult {
  const edges = generatePeerGraph({ vertexCount: n, averageDegree, seed: 2026 + n });
  const runs = n <= 10_000 ? 5 : 3;
  const timing = timeMatching(edges, runs);
  const ours = measureMatching(edges, timing.mate);
  const plan = referenceFor(n, hasNetworkx, full);
  let reference: ReferenceResult | null = null;
  if (plan.run) {
    const nx = runNetworkx(edges);
    const gap = Math.abs(nx.weight - ours.totalWeight);
    reference = {
      tool: nx.tool,
      ms: nx.ms,
      totalWeight: nx.weight,
      weightMatches: gap <= 1e-6 * Math.max(1, Math.abs(nx.weight)),
      speedup: Math.round(nx.ms / timing.medianMs),
    };
  }
  return {
    suite: "matching",
    name: `max-weight matching, n=${n}`,
    vertexCount: n,
    edgeCount: edges.length,
    runs,
    medianMs: timing.medianMs,
    minMs: timing.minMs,
    cpuMedianMs: timing.cpuMedianMs,
    ...ours,
    reference,
    referenceNote: plan.note,
  };
}

function formatTable(results: readonly BenchResult[]): string {
  const rows = results.map((r) => {
    const ref = r.reference;
    const cells = [
      r.vertexCount.toLocaleString("en"),
      r.edgeCount.toLocaleString("en"),
      `${r.medianMs.toFixed(1)} (${r.runs} runs)`,
      r.minMs.toFixed(1),
      r.cpuMedianMs.toFixed(1),
      String(r.totalWeight),
      ref ? (ref.ms / 1000).toFixed(1) : r.referenceNote,
      ref ? (ref.weightMatches ? "yes" : `NO (${ref.totalWeight})`) : "-",
      ref ? `${ref.speedup}x` : "-",
    ];
    return `| ${cells.join(" | ")} |`;
  });
  return [
    "| n | edges | median ms | min ms | CPU median ms | total weight | networkx s | same weight | speed-up |",
    "| --: | --: | --: | --: | --: | --: | --: | :-: | --: |",
    ...rows,
  ].join("\n");
}

/**
 * Runs the matching benchmark (see the file comment), writes bench/results/matching.json and
 * returns one result per graph size. `log` receives progress lines and the final table.
 */
export async function runMatchingBench(
  log: (line: string) => void = console.log,
): Promise<BenchResult[]> {
  const hasNetworkx = isNetworkxAvailable();
  const full = process.env.KOLLEGA_BENCH_FULL === "1";
  if (!hasNetworkx)
    log("networkx not available (python3 -c 'import networkx' failed): skipping it");
  const loadBefore = os.loadavg()[0];
  // Warm-up so the first measured size does not pay for JIT compilation.
  const warmUp = generatePeerGraph({ vertexCount: 3_000, averageDegree, seed: 1 });
  for (let r = 0; r < 3; r++) maxWeightMatching(warmUp);
  const results: BenchResult[] = [];
  for (const n of sizes) {
    const result = benchSize(n, hasNetworkx, full);
    results.push(result);
    log(`n=${n}: median ${result.medianMs.toFixed(1)} ms, weight ${result.totalWeight}`);
  }
  log(formatTable(results));
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  const machine = {
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    // One-minute load averages before and after: a busy machine inflates wall times.
    loadAverage: [loadBefore, os.loadavg()[0]],
  };
  const report = { suite: "matching", generatedAt: new Date().toISOString(), machine, results };
  writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
  return results;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const results = await runMatchingBench();
  if (results.some((r) => r.reference && !r.reference.weightMatches)) {
    console.error("Total weight differs from networkx.");
    process.exitCode = 1;
  }
}
