import type { MatchingGraph } from "./max-weight-matching-graph";
import { EventHeap } from "./max-weight-matching-heap";

/** Label of a top-level blossom: not in the alternating forest. */
export const FREE = 0;
/** Label of an outer (even) top-level blossom; every exposed vertex is the root of an S-tree. */
export const S_LABEL = 1;
/** Label of an inner (odd) top-level blossom. */
export const T_LABEL = 2;

/** How a vertex dual moves per unit of time under each label (free, S, T). */
function dualSign(label: number): number {
  return label === S_LABEL ? -1 : label === T_LABEL ? 1 : 0;
}

/**
 * The whole state of the primal-dual blossom solver, in flat typed arrays.
 *
 * Ids 0..n-1 are vertices (trivial blossoms), n..2n-1 non-trivial blossoms. Duals are doubled and
 * lazy: one global clock `time` is the total dual adjustment so far, and a vertex's doubled dual
 * is `yBase[v] - time` (S), `yBase[v] + time` (T) or `yBase[v]` (free) by the label of its top
 * blossom; a blossom's dual is `zBase[b] + time` (top S), `zBase[b] - time` (top T) or `zBase[b]`.
 * A relabel rewrites the bases so the actual value is continuous. Event keys in the heap are
 * therefore fixed while labels stay put, and a popped key is valid exactly when recomputing it
 * from the current bases gives the same number.
 */
export class BlossomState {
  readonly n: number;
  readonly endpoint: Int32Array;
  readonly weight2: Float64Array;
  readonly adjStart: Int32Array;
  readonly adjHalf: Int32Array;
  readonly adjVertex: Int32Array;
  readonly adjWeight2: Float64Array;
  /** Half-edge to the partner (its head is the partner), or -1. */
  readonly mate: Int32Array;
  /**
   * The top-level blossom of vertex v is setTop[setOf[v]]. A top blossom owns one set id
   * (setOfBlossom); when blossoms merge, the largest kid's set id is kept and only the smaller
   * kids' vertices are rewritten, and likewise on expansion, so a big blossom that keeps
   * absorbing small ones does not cost its whole size each time.
   */
  readonly setOf: Int32Array;
  readonly setTop: Int32Array;
  readonly setOfBlossom: Int32Array;
  /** Number of vertices in each blossom. */
  readonly leafCount: Int32Array;
  readonly parent: Int32Array;
  readonly base: Int32Array;
  readonly label: Int8Array;
  /** Label of each vertex's top blossom, kept per vertex so edge scans need no lookup. */
  readonly vertexLabel: Int8Array;
  /** Half-edge through which a top blossom got its label; its head lies outside the blossom. */
  readonly labelEdge: Int32Array;
  /** Leaves of blossom b: the linked run firstLeaf[b] .. lastLeaf[b] through nextLeaf. */
  readonly firstLeaf: Int32Array;
  readonly lastLeaf: Int32Array;
  readonly nextLeaf: Int32Array;
  /** Sub-blossoms of blossom b (index b - n) in cycle order, the base's sub-blossom first. */
  readonly kids: number[][];
  /** links[i] joins kids[i] to kids[i + 1 mod k]; its head lies in kids[i + 1]. */
  readonly links: number[][];
  /** Alternating trees: the root vertex of each labelled top blossom and a list per root. */
  readonly treeRoot: Int32Array;
  readonly treeNext: Int32Array;
  readonly treePrev: Int32Array;
  readonly treeHead: Int32Array;
  readonly yBase: Float64Array;
  readonly zBase: Float64Array;
  /**
   * Each S vertex records its earliest event among its edges to other S blossoms, each free
   * vertex its earliest among its edges to S vertices; only records go to the heap. A record
   * whose edge has gone stale is repaired when its entry pops (see `repairRecord`).
   */
  readonly bestEdge: Int32Array;
  readonly bestKey: Float64Array;
  readonly heap: EventHeap;
  time = 0;
  /** Exposed vertices that have at least one edge. */
  liveExposed = 0;
  /** Visit stamps (per blossom id) for finding the common base of a new blossom. */
  readonly visited: Int32Array;
  visitStamp = 0;
  /** Scratch space: a tree path while building a blossom, the work stack while augmenting. */
  readonly scratch: Int32Array;
  private readonly freeIds: Int32Array;
  private freeIdCount: number;
  private readonly freeSets: Int32Array;
  private freeSetCount = 0;

  /**
   * Every vertex starts as an exposed S root with dual `initialDual`; nothing is queued yet.
   * `horizon`: the clock value at which the solver stops (events beyond it are never due).
   */
  constructor(graph: MatchingGraph, initialDual: number, horizon: number) {
    const n = graph.vertexCount;
    this.n = n;
    this.endpoint = graph.endpoint;
    this.weight2 = graph.weight2;
    this.adjStart = graph.adjStart;
    this.adjHalf = graph.adjHalf;
    this.adjVertex = graph.adjVertex;
    this.adjWeight2 = graph.adjWeight2;
    this.mate = new Int32Array(n).fill(-1);
    this.setOf = Int32Array.from({ length: n }, (_, v) => v);
    this.setTop = Int32Array.from({ length: n }, (_, v) => v);
    this.setOfBlossom = new Int32Array(2 * n).fill(-1);
    for (let v = 0; v < n; v++) this.setOfBlossom[v] = v;
    this.leafCount = new Int32Array(2 * n).fill(1, 0, n);
    this.freeSets = new Int32Array(n);
    this.parent = new Int32Array(2 * n).fill(-1);
    this.base = Int32Array.from({ length: 2 * n }, (_, v) => v);
    this.label = new Int8Array(2 * n).fill(S_LABEL, 0, n);
    this.vertexLabel = new Int8Array(n).fill(S_LABEL);
    this.labelEdge = new Int32Array(2 * n).fill(-1);
    this.firstLeaf = Int32Array.from({ length: 2 * n }, (_, v) => v);
    this.lastLeaf = Int32Array.from({ length: 2 * n }, (_, v) => v);
    this.nextLeaf = new Int32Array(n).fill(-1);
    this.kids = Array.from({ length: n }, () => []);
    this.links = Array.from({ length: n }, () => []);
    this.treeRoot = new Int32Array(2 * n).fill(-1);
    this.treeNext = new Int32Array(2 * n).fill(-1);
    this.treePrev = new Int32Array(2 * n).fill(-1);
    this.treeHead = Int32Array.from({ length: n }, (_, v) => v);
    for (let v = 0; v < n; v++) this.treeRoot[v] = v;
    this.yBase = new Float64Array(n).fill(initialDual);
    this.zBase = new Float64Array(2 * n);
    this.freeIds = Int32Array.from({ length: n }, (_, i) => 2 * n - 1 - i);
    this.freeIdCount = n;
    this.visited = new Int32Array(2 * n);
    this.scratch = new Int32Array(4 * n + 4);
    for (let v = 0; v < n; v++) if (graph.adjStart[v + 1]! > graph.adjStart[v]!) this.liveExposed++;
    this.bestEdge = new Int32Array(n).fill(-1);
    this.bestKey = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    this.heap = new EventHeap(2 * n, horizon);
  }

  /** Top-level blossom containing vertex v. */
  top(v: number): number {
    return this.setTop[this.setOf[v]!]!;
  }

  /** Actual doubled dual of vertex v now. */
  vertexDual(v: number): number {
    return this.yBase[v]! + dualSign(this.label[this.top(v)]!) * this.time;
  }

  /** Actual dual of blossom b now (the amount it adds to the slack of each edge inside it). */
  blossomDual(b: number): number {
    if (this.parent[b] !== -1) return this.zBase[b]!;
    return this.zBase[b]! - dualSign(this.label[b]!) * this.time;
  }

  /** Changes the label of top blossom b, rebasing the duals of its leaves and itself. */
  relabel(b: number, next: number): void {
    const shift = (dualSign(this.label[b]!) - dualSign(next)) * this.time;
    this.label[b] = next;
    if (b >= this.n) this.zBase[b]! -= shift;
    const { yBase, vertexLabel, nextLeaf } = this;
    const last = this.lastLeaf[b]!;
    for (let v = this.firstLeaf[b]!; ; v = nextLeaf[v]!) {
      yBase[v]! += shift;
      vertexLabel[v] = next;
      if (v === last) break;
    }
  }

  /** Adds top blossom b to the tree rooted at exposed vertex `root`. */
  addToTree(b: number, root: number): void {
    const head = this.treeHead[root]!;
    this.treeRoot[b] = root;
    this.treePrev[b] = -1;
    this.treeNext[b] = head;
    if (head !== -1) this.treePrev[head] = b;
    this.treeHead[root] = b;
  }

  /** Removes top blossom b from its tree (if any). */
  removeFromTree(b: number): void {
    const root = this.treeRoot[b]!;
    if (root === -1) return;
    const prev = this.treePrev[b]!;
    const next = this.treeNext[b]!;
    if (prev === -1) this.treeHead[root] = next;
    else this.treeNext[prev] = next;
    if (next !== -1) this.treePrev[next] = prev;
    this.treeRoot[b] = -1;
    this.treeNext[b] = -1;
    this.treePrev[b] = -1;
  }

  /** Takes an unused blossom id. */
  allocateBlossom(): number {
    return this.freeIds[--this.freeIdCount]!;
  }

  /** Returns blossom b's id to the pool once it has been expanded. */
  releaseBlossom(b: number): void {
    this.kids[b - this.n]!.length = 0;
    this.links[b - this.n]!.length = 0;
    this.parent[b] = -1;
    this.label[b] = FREE;
    this.freeIds[this.freeIdCount++] = b;
  }

  /** Makes set id `set` the set of top blossom b and writes it into b's vertices. */
  assignSet(b: number, set: number, rewriteLeaves: boolean): void {
    this.setTop[set] = b;
    this.setOfBlossom[b] = set;
    if (!rewriteLeaves) return;
    const last = this.lastLeaf[b]!;
    for (let v = this.firstLeaf[b]!; ; v = this.nextLeaf[v]!) {
      this.setOf[v] = set;
      if (v === last) break;
    }
  }

  /** Takes an unused set id. */
  allocateSet(): number {
    return this.freeSets[--this.freeSetCount]!;
  }

  /** Returns the set id of a blossom that stops being top-level. */
  releaseSet(b: number): void {
    this.freeSets[this.freeSetCount++] = this.setOfBlossom[b]!;
    this.setOfBlossom[b] = -1;
  }

  /** Is b a blossom currently in use (a vertex, or a non-trivial blossom not yet expanded)? */
  isLive(b: number): boolean {
    return b < this.n || this.kids[b - this.n]!.length > 0;
  }
}
