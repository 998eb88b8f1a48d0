import { createScoreCache } from "./score-cache";
import { createSeededRandom, shuffleWith } from "./seeded-random";

/** Candidate-graph adjacency in compressed rows: neighbours of `x` are peers[offsets[x]..], best first. */
export interface Adjacency {
  readonly offsets: Int32Array;
  readonly peers: Int32Array;
  /** Edge score beside each entry of `peers`. */
  readonly scores: Float64Array;
}

/** What the local search needs; all indices are peer indices. */
export interface GroupSearchInput {
  /** Improved in place; sizes never change (a move only swaps two groups' sizes). */
  readonly groups: number[][];
  readonly peerCount: number;
  readonly score: (x: number, y: number) => number;
  readonly isAllowed: (x: number, y: number) => boolean;
  readonly hasCommonLanguage: (
    members: readonly number[],
    candidate: number,
    without: number,
  ) => boolean;
  readonly adjacency: Adjacency;
  /** Members of required bundles stay where construction put them. */
  readonly isMovable: (x: number) => boolean;
  readonly seed: number;
  /** Rounds over the peers still worth a look, at most. */
  readonly maxPasses: number;
  /** Groups tried per peer: those of its best candidates, at most this many (default 5). */
  readonly maxTargetGroups?: number;
}

/** How the search went. */
export interface GroupSearchReport {
  readonly passes: number;
  readonly improvements: number;
}

const minGain = 1e-12;

interface Move {
  gain: number;
  target: number;
  /** Peer swapped back, or -1 for a plain move. */
  partner: number;
}

interface SearchState {
  readonly input: GroupSearchInput;
  readonly groupOf: Int32Array;
  /** Sum of each peer's scores with the rest of its group. */
  readonly own: Float64Array;
  /** Peers to look at in the next round (a change near them may have opened a move). */
  readonly isActive: Uint8Array;
  readonly seen: Set<number>;
  /** Scratch: a's score with each member of the group being tried. */
  readonly scoresToTarget: Float64Array;
}

/** Sum of `x`'s scores with the members of `group`, leaving out `x` itself and `without`. */
function sumWith(input: GroupSearchInput, x: number, group: readonly number[], without: number) {
  let sum = 0;
  for (const y of group) if (y !== x && y !== without) sum += input.score(x, y);
  return sum;
}

function canEnter(input: GroupSearchInput, x: number, group: readonly number[], without: number) {
  for (const y of group) if (y !== without && !input.isAllowed(x, y)) return false;
  return input.hasCommonLanguage(group, x, without);
}

/** Best move or swap of `a` into group `g`, folded into `best`. */
function setBest(best: Move, gain: number, target: number, partner: number) {
  best.gain = gain;
  best.target = target;
  best.partner = partner;
}

function tryGroup(state: SearchState, a: number, g: number, best: Move) {
  const { input, own, groupOf, scoresToTarget } = state;
  const home = input.groups[groupOf[a]!]!;
  const target = input.groups[g]!;
  let toTarget = 0;
  for (let t = 0; t < target.length; t++) {
    scoresToTarget[t] = input.score(a, target[t]!);
    toTarget += scoresToTarget[t]!;
  }
  // An improving swap gains on a's side or on b's. Groups where a cannot gain even before b
  // leaves are skipped: most groups, at the price of swaps only b's side gains from, which
  // are tried when b looks at a's group (if a's group holds one of b's candidates).
  const aGain = toTarget - own[a]!;
  if (aGain <= minGain) return;
  if (home.length === target.length + 1 && aGain > best.gain && canEnter(input, a, target, -1)) {
    setBest(best, aGain, g, -1);
  }
  for (let t = 0; t < target.length; t++) {
    const b = target[t]!;
    if (!input.isMovable(b)) continue;
    const gain = aGain - scoresToTarget[t]! + sumWith(input, b, home, a) - own[b]!;
    if (gain > best.gain && canEnter(input, a, target, b) && canEnter(input, b, home, a)) {
      setBest(best, gain, g, b);
    }
  }
}

function findBestMove(state: SearchState, a: number): Move {
  const best: Move = { gain: minGain, target: -1, partner: -1 };
  const { offsets, peers } = state.input.adjacency;
  const limit = state.input.maxTargetGroups ?? 5;
  state.seen.clear();
  for (let e = offsets[a]!; e < offsets[a + 1]! && state.seen.size < limit; e++) {
    const g = state.groupOf[peers[e]!]!;
    if (g < 0 || g === state.groupOf[a] || state.seen.has(g)) continue;
    state.seen.add(g);
    tryGroup(state, a, g, best);
  }
  return best;
}

/** Wakes the members of `group` and everyone with a candidate edge into it. */
function activateAround(state: SearchState, group: readonly number[]) {
  const { offsets, peers } = state.input.adjacency;
  for (const x of group) {
    state.isActive[x] = 1;
    for (let e = offsets[x]!; e < offsets[x + 1]!; e++) state.isActive[peers[e]!] = 1;
  }
}

function applyMove(state: SearchState, a: number, move: Move) {
  const { input, groupOf, own } = state;
  const from = groupOf[a]!;
  const home = input.groups[from]!;
  const target = input.groups[move.target]!;
  home.splice(home.indexOf(a), 1);
  target.push(a);
  groupOf[a] = move.target;
  if (move.partner >= 0) {
    target.splice(target.indexOf(move.partner), 1);
    home.push(move.partner);
    groupOf[move.partner] = from;
  }
  for (const group of [home, target]) {
    for (const x of group) own[x] = sumWith(input, x, group, -1);
    activateAround(state, group);
  }
}

function createState(input: GroupSearchInput): SearchState {
  const state: SearchState = {
    input,
    groupOf: new Int32Array(input.peerCount).fill(-1),
    own: new Float64Array(input.peerCount),
    isActive: new Uint8Array(input.peerCount),
    seen: new Set<number>(),
    scoresToTarget: new Float64Array(input.groups.reduce((m, g) => Math.max(m, g.length), 1)),
  };
  input.groups.forEach((group, g) => {
    for (const x of group) {
      state.groupOf[x] = g;
      state.own[x] = sumWith(input, x, group, -1);
      state.isActive[x] = input.isMovable(x) ? 1 : 0;
    }
  });
  return state;
}

/**
 * Local search over groups: each movable peer tries moving to, or swapping with a member of,
 * the groups holding its best candidate partners, and takes the best strictly improving change
 * that keeps every hard rule. After the first round only peers near a change are looked at
 * again ("don't look" bits). Stops when nothing improves or after `maxPasses` rounds. Improves
 * the sum of within-group pair scores; deterministic for the same input and seed.
 */
export function improveGroups(rawInput: GroupSearchInput): GroupSearchReport {
  const input = { ...rawInput, score: createScoreCache(rawInput.score, 64 * rawInput.peerCount) };
  const state = createState(input);
  const movable = input.groups
    .flat()
    .filter(input.isMovable)
    .sort((x, y) => x - y);
  const random = createSeededRandom(input.seed);
  let improvements = 0;
  let passes = 0;
  while (passes < input.maxPasses) {
    const round = shuffleWith(
      movable.filter((x) => state.isActive[x] === 1),
      random,
    );
    if (round.length === 0) break;
    passes++;
    for (const a of round) {
      if (state.isActive[a] === 0) continue;
      state.isActive[a] = 0;
      const move = findBestMove(state, a);
      if (move.target < 0) continue;
      applyMove(state, a, move);
      improvements++;
    }
  }
  return { passes, improvements };
}
