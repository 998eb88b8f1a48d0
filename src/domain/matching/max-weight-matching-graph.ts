/**
 * The input graph of the exact matcher, normalised into flat typed arrays.
 *
 * Edge k has two half-edges, 2k and 2k + 1; `endpoint[h]` is the vertex at the head of half-edge
 * h, so `endpoint[h ^ 1]` is the other end and `h >> 1` the edge. Each vertex lists, in CSR form,
 * the half-edges that point away from it (their head is the neighbour).
 */
export interface MatchingGraph {
  /** 1 + the largest vertex id of the input (including ignored edges). */
  readonly vertexCount: number;
  readonly edgeCount: number;
  /** Head vertex of each half-edge (length 2 * edgeCount). */
  readonly endpoint: Int32Array;
  /** Twice the weight of each edge: duals are kept doubled so integer weights stay integral. */
  readonly weight2: Float64Array;
  /** adjHalf[adjStart[v] .. adjStart[v + 1]) are the half-edges leaving v (length n + 1). */
  readonly adjStart: Int32Array;
  readonly adjHalf: Int32Array;
  /** The neighbour and twice the weight of each adjacency slot, stored in CSR order so that
   *  scanning a vertex reads memory sequentially instead of jumping through edge ids. */
  readonly adjVertex: Int32Array;
  readonly adjWeight2: Float64Array;
  /** Largest kept weight, 0 when there is none or all are negative. */
  readonly maxWeight: number;
}

function checkEdge(u: number, v: number, w: number): void {
  if (
    !Number.isInteger(u) ||
    !Number.isInteger(v) ||
    u < 0 ||
    v < 0 ||
    u > 0x3fffffff ||
    v > 0x3fffffff
  ) {
    throw new RangeError(`matching: vertex ids must be non-negative integers, got ${u}, ${v}`);
  }
  if (!Number.isFinite(w)) throw new RangeError(`matching: edge weight must be finite, got ${w}`);
}

/**
 * Buckets the kept edges by their smaller endpoint (counting sort), so duplicates can be merged
 * in one pass with a "last seen" marker instead of a hash map.
 */
function bucketBySmallerEnd(
  edges: ReadonlyArray<readonly [number, number, number]>,
  n: number,
  keepNonPositive: boolean,
) {
  const start = new Int32Array(n + 1);
  for (const [u, v, w] of edges) {
    if (u !== v && (keepNonPositive || w > 0)) start[Math.min(u, v) + 1]!++;
  }
  for (let i = 0; i < n; i++) start[i + 1] = start[i + 1]! + start[i]!;
  const fill = start.slice(0, n);
  const other = new Int32Array(start[n]!);
  const weight = new Float64Array(start[n]!);
  for (const [u, v, w] of edges) {
    if (u === v || !(keepNonPositive || w > 0)) continue;
    const at = fill[Math.min(u, v)]!++;
    other[at] = Math.max(u, v);
    weight[at] = w;
  }
  return { start, other, weight };
}

/** Merges parallel edges (keeping the heaviest) into edge lists (u < v). */
function mergeParallelEdges(n: number, buckets: ReturnType<typeof bucketBySmallerEnd>) {
  const { start, other, weight } = buckets;
  const total = other.length;
  const eu = new Int32Array(total);
  const ev = new Int32Array(total);
  const ew = new Float64Array(total);
  const seen = new Int32Array(n).fill(-1);
  let m = 0;
  for (let a = 0; a < n; a++) {
    const firstOfA = m;
    for (let i = start[a]!; i < start[a + 1]!; i++) {
      const b = other[i]!;
      const at = seen[b]!;
      if (at >= firstOfA) {
        if (weight[i]! > ew[at]!) ew[at] = weight[i]!;
        continue;
      }
      seen[b] = m;
      eu[m] = a;
      ev[m] = b;
      ew[m] = weight[i]!;
      m++;
    }
  }
  return { m, eu, ev, ew };
}

/**
 * Validates and normalises an edge list: drops self-loops, drops edges of weight <= 0 unless
 * `keepNonPositive` (they never help a maximum-weight matching), keeps the heaviest of parallel
 * edges, and builds the adjacency arrays. Throws a RangeError on a bad id or a non-finite weight.
 */
export function buildMatchingGraph(
  edges: ReadonlyArray<readonly [number, number, number]>,
  keepNonPositive: boolean,
): MatchingGraph {
  let n = 0;
  for (const [u, v, w] of edges) {
    checkEdge(u, v, w);
    n = Math.max(n, u + 1, v + 1);
  }
  const { m, eu, ev, ew } = mergeParallelEdges(n, bucketBySmallerEnd(edges, n, keepNonPositive));
  const endpoint = new Int32Array(2 * m);
  const weight2 = new Float64Array(m);
  const adjStart = new Int32Array(n + 1);
  let maxWeight = 0;
  for (let k = 0; k < m; k++) {
    endpoint[2 * k] = eu[k]!;
    endpoint[2 * k + 1] = ev[k]!;
    weight2[k] = 2 * ew[k]!;
    if (ew[k]! > maxWeight) maxWeight = ew[k]!;
    adjStart[eu[k]! + 1]!++;
    adjStart[ev[k]! + 1]!++;
  }
  for (let v = 0; v < n; v++) adjStart[v + 1] = adjStart[v + 1]! + adjStart[v]!;
  const fill = adjStart.slice(0, n);
  const adjHalf = new Int32Array(2 * m);
  const adjVertex = new Int32Array(2 * m);
  const adjWeight2 = new Float64Array(2 * m);
  for (let k = 0; k < m; k++) {
    // From eu the half-edge 2k + 1 leads to ev; from ev the half-edge 2k leads to eu.
    const atU = fill[eu[k]!]!++;
    const atV = fill[ev[k]!]!++;
    adjHalf[atU] = 2 * k + 1;
    adjVertex[atU] = ev[k]!;
    adjWeight2[atU] = weight2[k]!;
    adjHalf[atV] = 2 * k;
    adjVertex[atV] = eu[k]!;
    adjWeight2[atV] = weight2[k]!;
  }
  return {
    vertexCount: n,
    edgeCount: m,
    endpoint,
    weight2,
    adjStart,
    adjHalf,
    adjVertex,
    adjWeight2,
    maxWeight,
  };
}
