import type { PeerFeatures } from "./peer-features";
import type { SparseVector } from "./term-vectors";

/** Channel numbers inside a packed peer record. */
export const packedChannel = {
  challenge: 0,
  tags: 1,
  initiative: 2,
  field: 3,
  position: 4,
  offers: 5,
  wants: 6,
} as const;

const channelCount = 7;

/**
 * All of the peers' vectors in three flat arrays, peer after peer: scoring a pair then reads
 * two short contiguous runs of memory instead of chasing fourteen small objects (at 10,000
 * peers the object version spends most of its time on cache misses).
 */
export interface PackedFeatures {
  /** Start of (peer, channel) at offsets[peer * 7 + channel]; the run ends at the next start. */
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/** Packs `features` (pure; the vectors are copied, not shared). */
export function packFeatures(features: PeerFeatures): PackedFeatures {
  const channels: readonly (readonly SparseVector[])[] = [
    features.challenge,
    features.tags,
    features.initiative,
    features.field,
    features.position,
    features.offers,
    features.wants,
  ];
  const offsets = new Int32Array(features.count * channelCount + 1);
  let total = 0;
  for (let p = 0; p < features.count; p++) {
    for (let c = 0; c < channelCount; c++) {
      offsets[p * channelCount + c] = total;
      total += channels[c]![p]!.ids.length;
    }
  }
  offsets[features.count * channelCount] = total;
  const ids = new Int32Array(total);
  const weights = new Float64Array(total);
  for (let p = 0; p < features.count; p++) {
    for (let c = 0; c < channelCount; c++) {
      const v = channels[c]![p]!;
      const at = offsets[p * channelCount + c]!;
      ids.set(v.ids, at);
      weights.set(v.weights, at);
    }
  }
  return { offsets, ids, weights };
}

/** Dot product of channel `ca` of peer `i` with channel `cb` of peer `j`. */
export function dotPacked(
  packed: PackedFeatures,
  i: number,
  ca: number,
  j: number,
  cb: number,
): number {
  const { offsets, ids, weights } = packed;
  let a = offsets[i * channelCount + ca]!;
  const aEnd = offsets[i * channelCount + ca + 1]!;
  let b = offsets[j * channelCount + cb]!;
  const bEnd = offsets[j * channelCount + cb + 1]!;
  let sum = 0;
  while (a < aEnd && b < bEnd) {
    const x = ids[a]!;
    const y = ids[b]!;
    if (x === y) sum += weights[a++]! * weights[b++]!;
    else if (x < y) a++;
    else b++;
  }
  return sum;
}

/** Number of entries of channel `c` of peer `i`. */
export function countPacked(packed: PackedFeatures, i: number, c: number): number {
  return packed.offsets[i * channelCount + c + 1]! - packed.offsets[i * channelCount + c]!;
}

/** One sparse vector per peer, packed: peer p's run is ids/weights[offsets[p] .. offsets[p + 1]). */
export interface PackedRuns {
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/** A block of a combined vector: a source vector and its scale, per peer. */
export interface RunBlock {
  readonly vectors: readonly SparseVector[];
  readonly scale: (peer: number) => number;
}

/**
 * Concatenates per peer several vectors into one, block b's ids shifted by b * `idSpan` so the
 * result stays sorted: the dot of two combined vectors is the sum of the blocks' scaled dots,
 * in one merge instead of one per block. Blocks with scale 0 are left out.
 */
export function packCombinedRuns(
  count: number,
  blocks: readonly RunBlock[],
  idSpan: number,
): PackedRuns {
  const offsets = new Int32Array(count + 1);
  for (let p = 0; p < count; p++) {
    let length = 0;
    for (const b of blocks) if (b.scale(p) !== 0) length += b.vectors[p]!.ids.length;
    offsets[p + 1] = offsets[p]! + length;
  }
  const ids = new Int32Array(offsets[count]!);
  const weights = new Float64Array(offsets[count]!);
  for (let p = 0; p < count; p++) {
    let at = offsets[p]!;
    blocks.forEach((b, k) => {
      const scale = b.scale(p);
      if (scale === 0) return;
      const v = b.vectors[p]!;
      for (let e = 0; e < v.ids.length; e++, at++) {
        ids[at] = k * idSpan + v.ids[e]!;
        weights[at] = scale * v.weights[e]!;
      }
    });
  }
  return { offsets, ids, weights };
}

/** Dot product of peer `i`'s run in `a` with peer `j`'s run in `b`. */
export function dotRuns(a: PackedRuns, i: number, b: PackedRuns, j: number): number {
  let x = a.offsets[i]!;
  const xEnd = a.offsets[i + 1]!;
  let y = b.offsets[j]!;
  const yEnd = b.offsets[j + 1]!;
  let sum = 0;
  while (x < xEnd && y < yEnd) {
    const u = a.ids[x]!;
    const v = b.ids[y]!;
    if (u === v) sum += a.weights[x++]! * b.weights[y++]!;
    else if (u < v) x++;
    else y++;
  }
  return sum;
}
