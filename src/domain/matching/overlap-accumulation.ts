import {
  channelIndex,
  type IndexedChannel,
  channelCount as indexChannelCount,
  type OverlapAccumulators,
  type Postings,
} from "./overlap-index";

// Local copies: transpilers may turn imported bindings into getters, costly in hot loops.
const channelCount: number = indexChannelCount;

/** Reusable scratch space for `accumulateOverlaps`, sized to the whole peer list. */
export interface OverlapScratch {
  readonly accumulators: OverlapAccumulators;
  /** Stamp per peer: equals the round's stamp when that peer was touched in that round. */
  readonly stamps: Int32Array;
  /** The peers touched in the round, first `touchedCount` entries valid. */
  readonly touched: Int32Array;
  /** Per channel and phase (update, skip): sums of q * maxWeight, q^2, maxWeight^2. */
  readonly missed: Float64Array;
}

/** Allocates scratch space for `count` peers. */
export function createOverlapScratch(count: number): OverlapScratch {
  return {
    accumulators: new Float64Array(count * channelCount),
    stamps: new Int32Array(count),
    touched: new Int32Array(count),
    missed: new Float64Array(2 * 3 * channelCount),
  };
}

/**
 * Work limits of one round and what skipping costs: per channel, the most one unit of dot
 * product (one shared tag) can add to a pair score, and the most the channel can add in all.
 */
export interface OverlapBudget {
  /** Postings walked while admitting new peers, most worth per posting first. */
  readonly admitPostings: number;
  /** Further postings walked only to complete the admitted peers; terms beyond are skipped. */
  readonly updatePostings: number;
  readonly perUnit: Float64Array;
  readonly caps: Float64Array;
}

/** Result of one round. Without a budget both slacks are 0 and every overlap is exact. */
export interface OverlapRound {
  readonly touchedCount: number;
  /** Most a touched peer's score can exceed its accumulated rank (skipped terms). */
  readonly touchedSlack: number;
  /** Most an untouched peer can score above its attributes (update-only and skipped terms). */
  readonly untouchedSlack: number;
}

interface QueryTerm {
  readonly channel: number;
  readonly position: number;
  readonly df: number;
  /** What the term can add to a pair score per posting walked (0 without a budget). */
  readonly density: number;
}

/**
 * Peer `i`'s query terms, most worth per posting first (what the term can add to a score,
 * divided by its postings), then rarest first: a fixed budget then covers the most score.
 */
function listQueryTerms(index: readonly IndexedChannel[], i: number, perUnit?: Float64Array) {
  const terms: QueryTerm[] = [];
  index.forEach(({ query, postings }, channel) => {
    const q = query[i]!;
    for (let position = 0; position < q.ids.length; position++) {
      const t = q.ids[position]!;
      if (t + 1 >= postings.offsets.length) continue;
      const df = postings.offsets[t + 1]! - postings.offsets[t]!;
      const worth = (perUnit?.[channel] ?? 0) * q.weights[position]! * postings.maxWeights[t]!;
      if (df > 0) terms.push({ channel, position, df, density: worth / df });
    }
  });
  return terms.sort(
    (x, y) =>
      y.density - x.density || x.df - y.df || x.channel - y.channel || x.position - y.position,
  );
}

const ADMIT = 0;
const UPDATE = 1;
const SKIP = 2;
const TAGS = channelIndex.tags;

/**
 * What left-out terms can add to one pair score: per channel the smaller of the term-by-term
 * bound and, for unit-length vectors (all but tags), Cauchy-Schwarz: |q_left| * |w_left|,
 * with |w_left| at most 1 and at most the root of the summed squared maxima; then capped.
 */
function sumSlack(
  missed: Float64Array,
  phases: readonly number[],
  budget: OverlapBudget | undefined,
) {
  if (!budget) return 0;
  let total = 0;
  for (let c = 0; c < channelCount; c++) {
    let linear = 0;
    let q2 = 0;
    let m2 = 0;
    for (const phase of phases) {
      const at = (phase - 1) * 3 * channelCount + c;
      linear += missed[at]!;
      q2 += missed[at + channelCount]!;
      m2 += missed[at + 2 * channelCount]!;
    }
    const dot = c === TAGS ? linear : Math.min(linear, Math.sqrt(q2) * Math.min(1, Math.sqrt(m2)));
    total += Math.min(budget.perUnit[c]! * dot, budget.caps[c]!);
  }
  return total;
}

/** Walks one term's postings into the accumulators, letting new peers in. */
function admitPostings(
  postings: Postings,
  term: number,
  channel: number,
  weight: number,
  stamp: number,
  scratch: OverlapScratch,
  touchedCount: number,
): number {
  const { stamps, touched, accumulators } = scratch;
  const { peers, weights } = postings;
  const end = postings.offsets[term + 1]!;
  let count = touchedCount;
  for (let p = postings.offsets[term]!; p < end; p++) {
    const j = peers[p]!;
    const slot = j * channelCount;
    if (stamps[j] !== stamp) {
      stamps[j] = stamp;
      touched[count++] = j;
      for (let c = 0; c < channelCount; c++) accumulators[slot + c] = 0;
    }
    accumulators[slot + channel]! += weight * weights[p]!;
  }
  return count;
}

/** Walks one term's postings into the accumulators of peers already let in. */
function updatePostings(
  postings: Postings,
  term: number,
  channel: number,
  weight: number,
  stamp: number,
  scratch: OverlapScratch,
): void {
  const { stamps, accumulators } = scratch;
  const { peers, weights } = postings;
  const end = postings.offsets[term + 1]!;
  for (let p = postings.offsets[term]!; p < end; p++) {
    const j = peers[p]!;
    if (stamps[j] === stamp) accumulators[j * channelCount + channel]! += weight * weights[p]!;
  }
}

/**
 * Which terms admit new peers, which only complete admitted ones, which are skipped: greedy
 * in the terms' order within each budget. Admitting is decided first, so every admitted peer
 * gets every completing term.
 */
function planPhases(terms: readonly QueryTerm[], budget: OverlapBudget | undefined): Int8Array {
  const phases = new Int8Array(terms.length);
  if (!budget) return phases;
  let admitted = 0;
  let updated = 0;
  terms.forEach((term, k) => {
    if (admitted + term.df <= budget.admitPostings) admitted += term.df;
    else if (updated + term.df <= budget.updatePostings) {
      updated += term.df;
      phases[k] = UPDATE;
    } else phases[k] = SKIP;
  });
  return phases;
}

/**
 * Accumulates, for peer `i`, its per-channel dot products with the indexed peers it shares
 * terms or tags with. With a `budget`, terms go by worth per posting; new peers are admitted within
 * `admitPostings`; later terms only complete the admitted peers (within `updatePostings`), and
 * the rest are skipped. What that leaves out is bounded by the two slacks. `stamp` must differ
 * from every earlier round's stamp on the same scratch (use i + 1).
 */
export function accumulateOverlaps(
  index: readonly IndexedChannel[],
  i: number,
  stamp: number,
  scratch: OverlapScratch,
  budget?: OverlapBudget,
): OverlapRound {
  scratch.missed.fill(0);
  const terms = listQueryTerms(index, i, budget?.perUnit);
  const phases = planPhases(terms, budget);
  let touchedCount = 0;
  for (const phase of [ADMIT, UPDATE, SKIP]) {
    terms.forEach((term, k) => {
      if (phases[k] !== phase) return;
      const { query, postings } = index[term.channel]!;
      const t = query[i]!.ids[term.position]!;
      const qw = query[i]!.weights[term.position]!;
      if (phase === ADMIT) {
        touchedCount = admitPostings(postings, t, term.channel, qw, stamp, scratch, touchedCount);
        return;
      }
      const at = (phase - 1) * 3 * channelCount + term.channel;
      const maxWeight = postings.maxWeights[t]!;
      scratch.missed[at]! += qw * maxWeight;
      scratch.missed[at + channelCount]! += qw * qw;
      scratch.missed[at + 2 * channelCount]! += maxWeight * maxWeight;
      if (phase === UPDATE) updatePostings(postings, t, term.channel, qw, stamp, scratch);
    });
  }
  return {
    touchedCount,
    touchedSlack: sumSlack(scratch.missed, [SKIP], budget),
    untouchedSlack: sumSlack(scratch.missed, [UPDATE, SKIP], budget),
  };
}
