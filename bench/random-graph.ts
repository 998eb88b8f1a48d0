/** One weighted edge [u, v, weight], the matcher's input format. */
export type WeightedEdge = [number, number, number];

/** Shape of a synthetic peer graph. */
export interface PeerGraphSpec {
  readonly vertexCount: number;
  /** Target average degree; each vertex proposes half of it as random partners. */
  readonly averageDegree: number;
  readonly seed: number;
  /** Weights are integers drawn uniformly from 1..maxWeight (like similarity scores). */
  readonly maxWeight?: number;
}

/** mulberry32: a small, fast, seeded 32-bit generator (deterministic across platforms). */
function createRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A sparse random peer graph for benchmarks: every vertex proposes averageDegree / 2 partners
 * chosen uniformly; repeated pairs and self-pairs are dropped, so the graph is simple and its
 * average degree slightly below the target. Same spec, same graph.
 */
export function generatePeerGraph(spec: PeerGraphSpec): WeightedEdge[] {
  const { vertexCount: n, averageDegree, seed } = spec;
  const maxWeight = spec.maxWeight ?? 1000;
  const random = createRandom(seed);
  const proposals = Math.round(averageDegree / 2);
  const seen = new Set<number>();
  const edges: WeightedEdge[] = [];
  for (let u = 0; u < n; u++) {
    for (let i = 0; i < proposals; i++) {
      const v = Math.floor(random() * n);
      const key = Math.min(u, v) * n + Math.max(u, v);
      if (v === u || seen.has(key)) continue;
      seen.add(key);
      edges.push([u, v, 1 + Math.floor(random() * maxWeight)]);
    }
  }
  return edges;
}
