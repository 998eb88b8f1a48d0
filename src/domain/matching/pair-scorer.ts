import {
  type CriterionKey,
  type CriterionWeights,
  criterionKeys,
  type PairScorer,
  type ScoringOptions,
} from "./criteria";
import type { MatchingPeer } from "./matching-peer";
import { channelCount, channelIndex } from "./overlap-index";
import {
  packedChannel as ch,
  dotPacked,
  dotRuns,
  packCombinedRuns,
  packFeatures,
} from "./packed-features";
import type { PeerFeatures } from "./peer-features";

/** Per-peer attributes in typed arrays, so scoring a pair allocates nothing. */
function packAttributes(
  peers: readonly MatchingPeer[],
  features: PeerFeatures,
  isDirectional: boolean,
) {
  const levels = ["political", "managerial", "technical"];
  const sideOf = (p: MatchingPeer) =>
    !isDirectional ? 0 : p.side === "learner" ? 1 : p.side === "champion" ? 2 : 0;
  return {
    level: Int8Array.from(peers, (p) => (p.level === null ? -1 : levels.indexOf(p.level))),
    years: Float64Array.from(peers, (p) => p.yearsOfService ?? Number.NaN),
    side: Int8Array.from(peers, sideOf),
    tagCount: Int32Array.from(features.tags, (t) => t.ids.length),
    hasText: Uint8Array.from(features.challenge, (v) => (v.ids.length > 0 ? 1 : 0)),
  };
}

type PeerAttributes = ReturnType<typeof packAttributes>;

interface Shares {
  readonly tagShare: number;
  readonly levelShare: number;
  readonly yearsRange: number;
}

/**
 * Turns the seven raw channel values of a pair (in `raw`, `overlapChannels` order) into the six
 * similarities (in `sims`, `criterionKeys` order). Shared challenges mix text cosine and tag
 * Jaccard as `combineChallengeSimilarity` does, written out: this runs millions of times.
 * `fillNonLinear` only does the parts that are not a weighted sum of dot products (challenges,
 * years, the level half of position, kept in `sameLevel[0]`).
 */
function createSimilarityFiller(attributes: PeerAttributes, shares: Shares) {
  const { level, years, side, tagCount, hasText } = attributes;
  const { tagShare, levelShare, yearsRange } = shares;
  const raw = new Float64Array(7);
  const sims = new Float64Array(6);
  const sameLevel = new Float64Array(1);
  const fillNonLinear = (i: number, j: number) => {
    const ti = tagCount[i]!;
    const tj = tagCount[j]!;
    const isTextUsed = hasText[i]! + hasText[j]! > 0;
    const jaccard = ti + tj - raw[1]! > 0 ? raw[1]! / (ti + tj - raw[1]!) : 0;
    const mixed = isTextUsed ? (1 - tagShare) * raw[0]! + tagShare * jaccard : jaccard;
    sims[0] = ti + tj > 0 ? mixed : isTextUsed ? raw[0]! : 0;
    sameLevel[0] = level[i]! >= 0 && level[i] === level[j] ? levelShare : 0;
    const gap = Math.abs(years[i]! - years[j]!);
    sims[4] = Number.isNaN(gap) || yearsRange <= 0 ? 0 : Math.max(0, 1 - gap / yearsRange);
  };
  const fill = (i: number, j: number) => {
    fillNonLinear(i, j);
    sims[1] = sameLevel[0]! + (1 - levelShare) * raw[4]!;
    sims[2] = raw[2]!;
    sims[3] = raw[3]!;
    const si = side[i]!;
    const sj = side[j]!;
    sims[5] =
      si === 1 && sj === 2 ? raw[5]! : si === 2 && sj === 1 ? raw[6]! : (raw[5]! + raw[6]!) / 2;
  };
  return { raw, sims, sameLevel, fill, fillNonLinear };
}

/**
 * The weighted-sum part of a score (initiative, field, position title, complementarity) as one
 * dot product: peer i's `query` run against peer j's `target` run. Each side of a learner-
 * champion pair weighs only its own direction; otherwise both directions count half.
 */
function createLinearRuns(
  features: PeerFeatures,
  weights: CriterionWeights,
  attributes: PeerAttributes,
  levelShare: number,
) {
  const { side } = attributes;
  const constant = (value: number) => () => value;
  const w = weights.complementarity;
  const query = packCombinedRuns(
    features.count,
    [
      { vectors: features.initiative, scale: constant(weights.sameInitiative) },
      { vectors: features.field, scale: constant(weights.sameField) },
      { vectors: features.position, scale: constant(weights.samePosition * (1 - levelShare)) },
      { vectors: features.wants, scale: (p) => w * (side[p] === 1 ? 1 : side[p] === 2 ? 0 : 0.5) },
      { vectors: features.offers, scale: (p) => w * (side[p] === 2 ? 1 : side[p] === 1 ? 0 : 0.5) },
    ],
    features.termCount,
  );
  const target = packCombinedRuns(
    features.count,
    [features.initiative, features.field, features.position, features.offers, features.wants].map(
      (vectors) => ({
        vectors,
        scale: constant(1),
      }),
    ),
    features.termCount,
  );
  return { query, target };
}

/** Per index channel of peer `i`: what one unit of dot product, and the whole channel, can add. */
function createChannelBounds(
  weights: CriterionWeights,
  attributes: PeerAttributes,
  shares: Shares,
) {
  return (i: number, perUnit: Float64Array, caps: Float64Array) => {
    const s = attributes.side[i]!;
    const values = [
      weights.sharedChallenges * (attributes.tagCount[i]! > 0 ? 1 - shares.tagShare : 1),
      weights.sharedChallenges * (attributes.hasText[i]! > 0 ? shares.tagShare : 1),
      weights.sameInitiative,
      weights.sameField,
      weights.samePosition * (1 - shares.levelShare),
      weights.complementarity * (s === 1 ? 1 : s === 2 ? 0 : 0.5),
      weights.complementarity * (s === 2 ? 1 : s === 1 ? 0 : 0.5),
    ];
    values.forEach((v, c) => {
      caps[c] = v;
      perUnit[c] = v;
    });
    // Jaccard grows by at most 2 / |own tags| per extra shared tag.
    perUnit[channelIndex.tags] = (2 * values[1]!) / Math.max(1, attributes.tagCount[i]!);
  };
}

/**
 * Builds the scorer for one run. `isDirectional` (learner-to-champion) makes complementarity
 * the learner's wants against the champion's offers; otherwise it is the mean of both
 * directions, since in peer pairs each learns from the other. Works in preallocated typed
 * arrays: scoring runs millions of times per run.
 */
export function createPairScorer(
  peers: readonly MatchingPeer[],
  features: PeerFeatures,
  weights: CriterionWeights,
  options: ScoringOptions = {},
): PairScorer {
  const shares = {
    tagShare: options.tagShare ?? 0.4,
    levelShare: options.levelShare ?? 0.7,
    yearsRange: options.yearsRange ?? 20,
  };
  const attributes = packAttributes(peers, features, options.isDirectional === true);
  const { raw, sims, sameLevel, fill, fillNonLinear } = createSimilarityFiller(attributes, shares);
  const { query, target } = createLinearRuns(features, weights, attributes, shares.levelShare);
  const side = attributes.side;
  const isDirectional = options.isDirectional === true;
  const packed = packFeatures(features);
  // Local copies: transpilers may turn imported bindings into getters, costly in hot loops.
  const dot = dotPacked;
  const runDot = dotRuns;
  const stride = channelCount;
  const { challenge, tags, initiative, field, position, wants, offers } = ch;
  const w = Float64Array.from(criterionKeys, (k) => weights[k]);
  const total = () =>
    w[0]! * sims[0]! +
    w[1]! * sims[1]! +
    w[2]! * sims[2]! +
    w[3]! * sims[3]! +
    w[4]! * sims[4]! +
    w[5]! * sims[5]!;
  const compute = (i: number, j: number) => {
    raw[0] = dot(packed, i, challenge, j, challenge);
    raw[1] = dot(packed, i, tags, j, tags);
    raw[2] = dot(packed, i, initiative, j, initiative);
    raw[3] = dot(packed, i, field, j, field);
    raw[4] = dot(packed, i, position, j, position);
    raw[5] = dot(packed, i, wants, j, offers);
    raw[6] = dot(packed, i, offers, j, wants);
    fill(i, j);
  };
  /** Same value as `compute` + `total`, in three merges instead of seven. */
  const scoreFast = (i: number, j: number) => {
    raw[0] = dot(packed, i, challenge, j, challenge);
    raw[1] = dot(packed, i, tags, j, tags);
    fillNonLinear(i, j);
    return (
      w[0]! * sims[0]! + w[1]! * sameLevel[0]! + w[4]! * sims[4]! + runDot(query, i, target, j)
    );
  };
  return {
    score: (i, j) => {
      if (!isDirectional || side[i]! + side[j]! === 3) return scoreFast(i, j);
      compute(i, j);
      return total();
    },
    scoreParts: (i, j) => {
      compute(i, j);
      const parts = Object.fromEntries(criterionKeys.map((k, c) => [k, w[c]! * sims[c]!]));
      return { total: total(), parts: parts as Record<CriterionKey, number> };
    },
    rankOverlap: (i, j, o) => {
      const at = j * stride;
      for (let c = 0; c < stride; c++) raw[c] = o[at + c]!;
      fill(i, j);
      return total();
    },
    channelBounds: createChannelBounds(weights, attributes, shares),
    attributeBound: weights.samePosition * shares.levelShare + weights.yearsOfService,
  };
}
