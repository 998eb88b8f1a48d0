import { type BlossomState, FREE, S_LABEL, T_LABEL } from "./max-weight-matching-state";

/*
 * Labelling blossoms in the alternating forest, and the event records that feed the heap.
 *
 * An edge can become tight only between two S blossoms (its slack falls at rate 2) or between
 * an S and a free blossom (rate 1). Its "owners" are its S ends, or its free end. Each vertex
 * keeps one record: its owned edge that is due first (bestEdge, bestKey); only records are
 * queued. Invariant: every such edge is covered by a record of one of its owners whose key is
 * no later than the edge's and whose entry is in the heap. A scan after a label change covers
 * every edge it touches (by the scanning vertex's record, or by improving a free neighbour's),
 * and a record that silently goes stale (its other end leaves S, or the edge ends up inside a
 * blossom) keeps covering until its entry pops, when `repairRecord` rescans its owner.
 */

/** Labels top blossom b S (from free or T) and lets each of its vertices scan its edges. */
export function labelS(st: BlossomState, b: number, labelEdge: number, root: number): void {
  st.relabel(b, S_LABEL);
  st.labelEdge[b] = labelEdge;
  st.addToTree(b, root);
  const last = st.lastLeaf[b]!;
  for (let v = st.firstLeaf[b]!; ; v = st.nextLeaf[v]!) {
    scanAsS(st, v, true);
    if (v === last) break;
  }
}

/**
 * Labels top blossom b T, queues its expiry (its dual reaches zero) and, unless it is the base
 * of an expanding blossom whose mate is already labelled, labels its mate's blossom S.
 */
export function labelT(
  st: BlossomState,
  b: number,
  labelEdge: number,
  root: number,
  labelMate: boolean,
): void {
  st.relabel(b, T_LABEL);
  st.labelEdge[b] = labelEdge;
  st.addToTree(b, root);
  if (b >= st.n) st.heap.push(st.zBase[b]!, ~b);
  if (!labelMate) return;
  const toMate = st.mate[st.base[b]!]!;
  labelS(st, st.top(st.endpoint[toMate]!), toMate ^ 1, root);
}

/**
 * Records and queues the earliest event among the edges from S vertex v to other S blossoms
 * (they tighten at rate 2); with `notifyFree`, also improves the records of free neighbours
 * (their edges to v tighten at rate 1).
 */
export function scanAsS(st: BlossomState, v: number, notifyFree: boolean): void {
  const { adjVertex, adjWeight2, setOf, vertexLabel, yBase, adjHalf, heap } = st;
  const { bestEdge, bestKey } = st;
  // Set ids stand one-to-one for top blossoms, so equal ids mean the same blossom.
  const own = setOf[v]!;
  const y = yBase[v]!;
  let best = -1;
  let bestAt = Number.POSITIVE_INFINITY;
  for (let i = st.adjStart[v]!, end = st.adjStart[v + 1]!; i < end; i++) {
    const w = adjVertex[i]!;
    const l = vertexLabel[w]!;
    if (l === S_LABEL) {
      if (setOf[w] === own) continue;
      const key = (y + yBase[w]! - adjWeight2[i]!) * 0.5;
      if (key < bestAt) {
        bestAt = key;
        best = adjHalf[i]! >> 1;
      }
    } else if (l === FREE && notifyFree) {
      const key = y + yBase[w]! - adjWeight2[i]!;
      if (key < bestKey[w]!) {
        bestKey[w] = key;
        bestEdge[w] = adjHalf[i]! >> 1;
        heap.push(key, adjHalf[i]! >> 1);
      }
    }
  }
  bestEdge[v] = best;
  bestKey[v] = bestAt;
  if (best !== -1) heap.push(bestAt, best);
}

/** Records and queues the earliest event among the edges from free vertex v to S vertices. */
export function scanAsFree(st: BlossomState, v: number): void {
  const { adjVertex, adjWeight2, vertexLabel, yBase, adjHalf } = st;
  const y = yBase[v]!;
  let best = -1;
  let bestAt = Number.POSITIVE_INFINITY;
  for (let i = st.adjStart[v]!, end = st.adjStart[v + 1]!; i < end; i++) {
    const w = adjVertex[i]!;
    if (vertexLabel[w] !== S_LABEL) continue;
    const key = yBase[w]! + y - adjWeight2[i]!;
    if (key < bestAt) {
      bestAt = key;
      best = adjHalf[i]! >> 1;
    }
  }
  st.bestEdge[v] = best;
  st.bestKey[v] = bestAt;
  if (best !== -1) st.heap.push(bestAt, best);
}

/**
 * The heap entry (key, edge k) has just been handled or found stale: if it was vertex x's
 * record, x rescans for its next due edge (none of which can be due before `key`).
 */
export function repairRecord(st: BlossomState, x: number, k: number, key: number): void {
  if (st.bestEdge[x] !== k || st.bestKey[x] !== key) return;
  const l = st.vertexLabel[x];
  if (l === S_LABEL) scanAsS(st, x, false);
  else if (l === FREE) scanAsFree(st, x);
  else st.bestEdge[x] = -1;
}
