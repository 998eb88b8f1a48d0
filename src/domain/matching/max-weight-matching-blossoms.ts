import { labelT, scanAsFree, scanAsS } from "./max-weight-matching-labels";
import { type BlossomState, FREE, S_LABEL, T_LABEL } from "./max-weight-matching-state";

/**
 * Walks up from S blossoms a and c alternately (S, T, S ... via label edges) and returns the
 * first S blossom seen from both sides: the base of the blossom their tight edge closes.
 */
function findCommonBase(st: BlossomState, a0: number, c0: number): number {
  const stamp = ++st.visitStamp;
  const { visited, labelEdge, endpoint } = st;
  let a = a0;
  let c = c0;
  for (;;) {
    if (a !== -1) {
      if (visited[a] === stamp) return a;
      visited[a] = stamp;
      const up = labelEdge[a]!;
      a = up === -1 ? -1 : st.top(endpoint[labelEdge[st.top(endpoint[up]!)]!]!);
    }
    if (c !== -1) {
      const x = a;
      a = c;
      c = x;
    } else if (a === -1) {
      throw new Error("matching: internal error, blossom edge between two trees");
    }
  }
}

/** Chains the leaf runs of b's kids into one run for b. */
function linkLeafRuns(st: BlossomState, b: number, kids: readonly number[]): void {
  const { firstLeaf, lastLeaf, nextLeaf } = st;
  firstLeaf[b] = firstLeaf[kids[0]!]!;
  for (let i = 0; i + 1 < kids.length; i++) {
    nextLeaf[lastLeaf[kids[i]!]!] = firstLeaf[kids[i + 1]!]!;
  }
  lastLeaf[b] = lastLeaf[kids[kids.length - 1]!]!;
}

/**
 * Makes the kids of new S blossom b its sub-blossoms: fixes their duals (nested duals are
 * constant), turns the T kids into S (rebasing their vertices), gives all vertices b's set id
 * (the largest kid's, so its own vertices need no rewrite), then lets the former T vertices
 * scan their edges as S vertices.
 */
function absorbKids(st: BlossomState, b: number, common: number): void {
  const { n, firstLeaf, lastLeaf, nextLeaf, yBase, leafCount } = st;
  const kids = st.kids[b - n]!;
  let largest = common;
  let size = 0;
  for (const c of kids) {
    size += leafCount[c]!;
    if (leafCount[c]! > leafCount[largest]!) largest = c;
  }
  leafCount[b] = size;
  const set = st.setOfBlossom[largest]!;
  const shiftT = 2 * st.time;
  for (const c of kids) {
    st.removeFromTree(c);
    if (c >= n) st.zBase[c] = st.blossomDual(c);
    st.parent[c] = b;
    if (c === largest) st.setOfBlossom[c] = -1;
    else st.releaseSet(c);
    const wasT = st.label[c] === T_LABEL;
    if (!wasT && c === largest) continue;
    const last = lastLeaf[c]!;
    for (let v = firstLeaf[c]!; ; v = nextLeaf[v]!) {
      if (wasT) {
        yBase[v]! += shiftT;
        st.vertexLabel[v] = S_LABEL;
      }
      st.setOf[v] = set;
      if (v === last) break;
    }
  }
  st.assignSet(b, set, false);
  linkLeafRuns(st, b, kids);
  for (const c of kids) {
    if (st.label[c] === T_LABEL) {
      const last = lastLeaf[c]!;
      for (let v = firstLeaf[c]!; ; v = nextLeaf[v]!) {
        scanAsS(st, v, true);
        if (v === last) break;
      }
    }
    st.label[c] = FREE;
  }
}

/**
 * Edge k has become tight between two S blossoms of the same tree: shrinks the odd cycle it
 * closes into a new S blossom. Kids are listed from the common base down the tree path to the
 * first end, across edge k, then up the path from the second end.
 */
export function addBlossom(st: BlossomState, k: number): void {
  const { n, endpoint, labelEdge, scratch } = st;
  const bu = st.top(endpoint[2 * k]!);
  const bw = st.top(endpoint[2 * k + 1]!);
  const common = findCommonBase(st, bu, bw);
  const b = st.allocateBlossom();
  const kids = st.kids[b - n]!;
  const links = st.links[b - n]!;
  kids.push(common);
  let depth = 0;
  for (let x = bu; x !== common; x = st.top(endpoint[labelEdge[x]!]!)) scratch[depth++] = x;
  while (depth > 0) {
    const x = scratch[--depth]!;
    kids.push(x);
    links.push(labelEdge[x]! ^ 1);
  }
  links.push(2 * k + 1);
  for (let x = bw; x !== common; x = st.top(endpoint[labelEdge[x]!]!)) {
    kids.push(x);
    links.push(labelEdge[x]!);
  }
  st.base[b] = st.base[common]!;
  st.labelEdge[b] = st.labelEdge[common]!;
  st.zBase[b] = -st.time;
  st.label[b] = S_LABEL;
  const root = st.treeRoot[common]!;
  absorbKids(st, b, common);
  st.addToTree(b, root);
}

/**
 * Turns the kids of expanding blossom b into top blossoms, still labelled T for now. The largest
 * kid inherits b's set id; only the others' vertices are rewritten.
 */
function detachKids(st: BlossomState, b: number, kids: readonly number[]): void {
  let largest = kids[0]!;
  for (const c of kids) if (st.leafCount[c]! > st.leafCount[largest]!) largest = c;
  const set = st.setOfBlossom[b]!;
  st.setOfBlossom[b] = -1;
  for (const c of kids) {
    st.parent[c] = -1;
    // A nested dual is constant; as a top T blossom it is zBase - time.
    if (c >= st.n) st.zBase[c]! += st.time;
    st.label[c] = T_LABEL;
    st.labelEdge[c] = -1;
    if (c === largest) st.assignSet(c, set, false);
    else st.assignSet(c, st.allocateSet(), true);
  }
}

/**
 * The dual of top T blossom b has reached zero: expands it. The kids on the even-length path
 * from the kid entered by b's label edge to the base kid alternate T, S, ..., T and stay in the
 * tree; the other kids (matched in pairs among themselves) become free.
 */
export function expandTBlossom(st: BlossomState, b: number): void {
  const kids = st.kids[b - st.n]!;
  const links = st.links[b - st.n]!;
  const k = kids.length;
  const entryEdge = st.labelEdge[b]!;
  const root = st.treeRoot[b]!;
  st.removeFromTree(b);
  detachKids(st, b, kids);
  const entry = kids.indexOf(st.top(st.endpoint[entryEdge ^ 1]!));
  let edge = entryEdge;
  if (entry & 1) {
    for (let j = entry; j < k; j += 2) {
      labelT(st, kids[j]!, edge, root, true);
      edge = links[j + 1]! ^ 1;
    }
  } else {
    for (let j = entry; j > 0; j -= 2) {
      labelT(st, kids[j]!, edge, root, true);
      edge = links[j - 2]!;
    }
  }
  labelT(st, kids[0]!, edge, root, false);
  const from = entry & 1 ? 1 : entry + 1;
  const to = entry & 1 ? entry : k;
  for (let j = from; j < to; j++) st.relabel(kids[j]!, FREE);
  for (let j = from; j < to; j++) {
    const c = kids[j]!;
    const last = st.lastLeaf[c]!;
    for (let v = st.firstLeaf[c]!; ; v = st.nextLeaf[v]!) {
      scanAsFree(st, v);
      if (v === last) break;
    }
  }
  st.releaseBlossom(b);
}

function reverseRange(list: number[], from: number, to: number): void {
  for (let i = from, j = to; i < j; i++, j--) {
    const x = list[i]!;
    list[i] = list[j]!;
    list[j] = x;
  }
}

/** Rotates a cyclic list in place so that position `by` comes first. */
function rotateLeft(list: number[], by: number): void {
  reverseRange(list, 0, by - 1);
  reverseRange(list, by, list.length - 1);
  reverseRange(list, 0, list.length - 1);
}

/**
 * Makes vertex v0 the base of blossom b0 by swapping matched and unmatched link edges along the
 * even path from v0's kid to the old base kid, recursively for the kids on that path. Iterative
 * (an explicit stack of (blossom, new base) pairs) because nesting can be deep.
 */
export function augmentBlossom(st: BlossomState, b0: number, v0: number): void {
  const { n, parent, mate, endpoint, scratch } = st;
  let top = 0;
  scratch[top++] = b0;
  scratch[top++] = v0;
  while (top > 0) {
    const v = scratch[--top]!;
    const b = scratch[--top]!;
    let t = v;
    while (parent[t] !== b) t = parent[t]!;
    if (t >= n) {
      scratch[top++] = t;
      scratch[top++] = v;
    }
    const kids = st.kids[b - n]!;
    const links = st.links[b - n]!;
    const k = kids.length;
    const i = kids.indexOf(t);
    // Odd position: walk forward to the base kid, else backward; every other link flips in.
    for (let j = i & 1 ? i + 1 : 0, end = i & 1 ? k : i; j < end; j += 2) {
      const h = links[j]!;
      const x = endpoint[h ^ 1]!;
      const y = endpoint[h]!;
      const cx = kids[j]!;
      const cy = kids[j + 1 === k ? 0 : j + 1]!;
      if (cx >= n) {
        scratch[top++] = cx;
        scratch[top++] = x;
      }
      if (cy >= n) {
        scratch[top++] = cy;
        scratch[top++] = y;
      }
      mate[x] = h;
      mate[y] = h ^ 1;
    }
    if (i > 0) {
      rotateLeft(kids, i);
      rotateLeft(links, i);
    }
    st.base[b] = v;
  }
}
