import type { PeerFeatures } from "./peer-features";
import type { SparseVector } from "./term-vectors";

/** The index's channels: same-kind texts, tags, and the two exchange directions. */
export const overlapChannels = [
  "challenge",
  "tags",
  "initiative",
  "field",
  "position",
  "wantsOffers",
  "offersWants",
] as const;

/** One channel's name. */
export type OverlapChannel = (typeof overlapChannels)[number];

/** Number of channels: the stride of `OverlapAccumulators`. */
export const channelCount = overlapChannels.length;

/** Position of each channel inside a peer's accumulator slot (a literal: fast property reads). */
export const channelIndex = {
  challenge: 0,
  tags: 1,
  initiative: 2,
  field: 3,
  position: 4,
  wantsOffers: 5,
  offersWants: 6,
} as const satisfies Record<OverlapChannel, number>;

/**
 * Per-channel dot products of the peer being ranked with every peer it shares an indexed term
 * with: peer `j`'s channel `c` at `[j * channelCount + c]` (one cache line per peer). `tags`
 * holds the shared-tag count; `wantsOffers` what the ranked peer wants against what `j` offers.
 */
export type OverlapAccumulators = Float64Array;

/** Inverted index of one text kind: per term id, the peers holding it, their weights, the largest. */
export interface Postings {
  readonly offsets: Int32Array;
  readonly peers: Int32Array;
  readonly weights: Float64Array;
  readonly maxWeights: Float64Array;
}

function buildPostings(vectors: readonly SparseVector[], members: Int32Array): Postings {
  let termCount = 0;
  let total = 0;
  for (const m of members) {
    const ids = vectors[m]!.ids;
    total += ids.length;
    if (ids.length > 0) termCount = Math.max(termCount, ids[ids.length - 1]! + 1);
  }
  const offsets = new Int32Array(termCount + 1);
  for (const m of members) for (const id of vectors[m]!.ids) offsets[id + 1]!++;
  for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t + 1]! + offsets[t]!;
  const cursor = offsets.slice(0, termCount);
  const peers = new Int32Array(total);
  const weights = new Float64Array(total);
  const maxWeights = new Float64Array(termCount);
  for (const m of members) {
    const v = vectors[m]!;
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k]!;
      const at = cursor[id]!++;
      peers[at] = m;
      weights[at] = v.weights[k]!;
      maxWeights[id] = Math.max(maxWeights[id]!, v.weights[k]!);
    }
  }
  return { offsets, peers, weights, maxWeights };
}

/** One channel of the index: whose vectors ask (`query`) and whose are looked up (`postings`). */
export interface IndexedChannel {
  readonly name: OverlapChannel;
  readonly query: readonly SparseVector[];
  readonly postings: Postings;
}

/** Builds the inverted index of all channels over the peers in `members`, in `overlapChannels` order. */
export function buildOverlapIndex(features: PeerFeatures, members: Int32Array): IndexedChannel[] {
  const targets: Record<OverlapChannel, [readonly SparseVector[], readonly SparseVector[]]> = {
    challenge: [features.challenge, features.challenge],
    tags: [features.tags, features.tags],
    initiative: [features.initiative, features.initiative],
    field: [features.field, features.field],
    position: [features.position, features.position],
    wantsOffers: [features.wants, features.offers],
    offersWants: [features.offers, features.wants],
  };
  return overlapChannels.map((name) => ({
    name,
    query: targets[name][0],
    postings: buildPostings(targets[name][1], members),
  }));
}
