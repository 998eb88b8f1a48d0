import { addBlossom, augmentBlossom, expandTBlossom } from "./max-weight-matching-blossoms";
import type { MatchingGraph } from "./max-weight-matching-graph";
import { labelT, repairRecord, scanAsFree, scanAsS } from "./max-weight-matching-labels";
import { BlossomState, FREE, S_LABEL, T_LABEL } from "./max-weight-matching-state";

const NOT_DUE = 0;
const BETWEEN_S = 1;
const FIRST_END_S = 2;
const SECOND_END_S = 3;

/**
 * What the heap entry (key, edge k) means now: NOT_DUE when it is stale (the edge is inside a
 * blossom, touches a T blossom, or its key no longer matches the current dual bases), else which
 * kind of tight edge it is. The key formulas are the very expressions `scanAsS`/`scanAsFree`
 * pushed, so a valid entry compares equal even with real weights.
 */
function classifyEdgeEvent(st: BlossomState, k: number, key: number): number {
  const u = st.endpoint[2 * k]!;
  const v = st.endpoint[2 * k + 1]!;
  const lu = st.vertexLabel[u]!;
  const lv = st.vertexLabel[v]!;
  if (lu === S_LABEL) {
    if (lv === S_LABEL) {
      if (st.setOf[u] === st.setOf[v]) return NOT_DUE;
      return (st.yBase[u]! + st.yBase[v]! - st.weight2[k]!) * 0.5 === key ? BETWEEN_S : NOT_DUE;
    }
    if (lv === FREE)
      return st.yBase[u]! + st.yBase[v]! - st.weight2[k]! === key ? FIRST_END_S : NOT_DUE;
  } else if (lu === FREE && lv === S_LABEL) {
    return st.yBase[v]! + st.yBase[u]! - st.weight2[k]! === key ? SECOND_END_S : NOT_DUE;
  }
  return NOT_DUE;
}

/**
 * Augments along the path through tight edge k between two trees: from each end up to its
 * root, re-basing every blossom on the path so the flipped edges stay consistent inside it.
 */
function augmentPath(st: BlossomState, k: number): void {
  const { n, endpoint, labelEdge, mate } = st;
  for (let side = 0; side < 2; side++) {
    let s = endpoint[2 * k + side]!;
    let toPartner = 2 * k + 1 - side;
    for (;;) {
      const bs = st.top(s);
      if (bs >= n) augmentBlossom(st, bs, s);
      mate[s] = toPartner;
      const up = labelEdge[bs]!;
      if (up === -1) break;
      const bt = st.top(endpoint[up]!);
      const tEdge = labelEdge[bt]!;
      const j = endpoint[tEdge ^ 1]!;
      if (bt >= n) augmentBlossom(st, bt, j);
      mate[j] = tEdge;
      s = endpoint[tEdge]!;
      toPartner = tEdge ^ 1;
    }
  }
}

/** Visits the top blossoms of the tree rooted at `root`. */
function forEachInTree(st: BlossomState, root: number, visit: (b: number) => void): void {
  for (let b = st.treeHead[root]!; b !== -1; b = st.treeNext[b]!) visit(b);
}

/**
 * After an augmentation the two trees it joined are no longer alternating trees: all their
 * blossoms become free (keeping their structure and duals); the other trees stay as they are.
 * The freed vertices then queue their edges to the remaining S vertices.
 */
function releaseTrees(st: BlossomState, r1: number, r2: number): void {
  const free = (b: number) => {
    st.relabel(b, FREE);
    st.labelEdge[b] = -1;
  };
  const scan = (b: number) => {
    const last = st.lastLeaf[b]!;
    for (let v = st.firstLeaf[b]!; ; v = st.nextLeaf[v]!) {
      scanAsFree(st, v);
      if (v === last) break;
    }
  };
  forEachInTree(st, r1, free);
  forEachInTree(st, r2, free);
  forEachInTree(st, r1, scan);
  forEachInTree(st, r2, scan);
  for (const root of [r1, r2]) {
    for (let b = st.treeHead[root]!; b !== -1; ) {
      const next = st.treeNext[b]!;
      st.treeRoot[b] = -1;
      st.treeNext[b] = -1;
      st.treePrev[b] = -1;
      b = next;
    }
    st.treeHead[root] = -1;
  }
}

function handleEdgeEvent(st: BlossomState, k: number, key: number): void {
  applyEdgeEvent(st, k, key, classifyEdgeEvent(st, k, key));
  repairRecord(st, st.endpoint[2 * k]!, k, key);
  repairRecord(st, st.endpoint[2 * k + 1]!, k, key);
}

function applyEdgeEvent(st: BlossomState, k: number, key: number, kind: number): void {
  if (kind === NOT_DUE) return;
  if (key > st.time) st.time = key;
  const bu = st.top(st.endpoint[2 * k]!);
  const bv = st.top(st.endpoint[2 * k + 1]!);
  if (kind === FIRST_END_S) {
    labelT(st, bv, 2 * k, st.treeRoot[bu]!, true);
  } else if (kind === SECOND_END_S) {
    labelT(st, bu, 2 * k + 1, st.treeRoot[bv]!, true);
  } else if (st.treeRoot[bu] === st.treeRoot[bv]) {
    addBlossom(st, k);
  } else {
    const r1 = st.treeRoot[bu]!;
    const r2 = st.treeRoot[bv]!;
    augmentPath(st, k);
    releaseTrees(st, r1, r2);
    st.liveExposed -= 2;
  }
}

/** Expands T blossom b if the entry is current (b still a top T blossom due at `key`). */
function handleExpiry(st: BlossomState, b: number, key: number): void {
  if (!st.isLive(b) || st.parent[b] !== -1 || st.label[b] !== T_LABEL) return;
  if (st.zBase[b] !== key) return;
  if (key > st.time) st.time = key;
  expandTBlossom(st, b);
}

/**
 * Runs the primal-dual blossom algorithm (Edmonds; Galil's formulation with doubled duals) as
 * one event-driven process. All exposed vertices are roots of S-trees that persist across
 * augmentations; the clock `time` advances to the next due event (an edge turning tight, or a
 * T blossom's dual reaching zero) taken from a heap. Without `maxCardinality` it stops when the
 * exposed vertices' duals reach zero (time = initial dual), which proves optimality; with it,
 * when no augmentation is possible any more.
 */
export function runBlossomSolver(graph: MatchingGraph, maxCardinality: boolean): BlossomState {
  const initialDual = graph.maxWeight;
  const stopKey = maxCardinality ? Number.POSITIVE_INFINITY : initialDual;
  const st = new BlossomState(graph, initialDual, stopKey);
  const heap = st.heap;
  for (let v = 0; v < st.n; v++) scanAsS(st, v, false);
  const minExposed = maxCardinality ? 2 : 1;
  while (heap.size > 0 && st.liveExposed >= minExposed) {
    const key = heap.peekKey();
    if (key >= stopKey) break;
    const item = heap.pop();
    if (item >= 0) handleEdgeEvent(st, item, key);
    else handleExpiry(st, ~item, key);
  }
  // The exposed vertices' duals end at zero; any event still queued lies at or beyond that.
  if (!maxCardinality) st.time = initialDual;
  return st;
}
