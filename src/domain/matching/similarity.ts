import type { PeerFeatures } from "./peer-features";
import { countSharedIds, dotSparse, jaccardFromCounts } from "./term-vectors";

/**
 * Shared-challenge similarity in [0, 1]: TF-IDF cosine of the challenge statements mixed with
 * the Jaccard overlap of their reform-area tags (`tagShare` of the weight). A part that neither
 * peer filled in (no tags on either side, or no text on either side) is left out, not scored 0.
 */
export function combineChallengeSimilarity(
  textCosine: number,
  sharedTags: number,
  tagCountA: number,
  tagCountB: number,
  hasText: boolean,
  tagShare: number,
): number {
  const hasTags = tagCountA + tagCountB > 0;
  const tagPart = jaccardFromCounts(sharedTags, tagCountA, tagCountB);
  if (!hasTags) return hasText ? textCosine : 0;
  if (!hasText) return tagPart;
  return (1 - tagShare) * textCosine + tagShare * tagPart;
}

/** Shared-challenge similarity of peers `i` and `j` (see `combineChallengeSimilarity`). */
export function challengeSimilarity(
  features: PeerFeatures,
  i: number,
  j: number,
  tagShare: number,
): number {
  const a = features.challenge[i]!;
  const b = features.challenge[j]!;
  const tagsA = features.tags[i]!;
  const tagsB = features.tags[j]!;
  return combineChallengeSimilarity(
    dotSparse(a, b),
    countSharedIds(tagsA, tagsB),
    tagsA.ids.length,
    tagsB.ids.length,
    a.ids.length + b.ids.length > 0,
    tagShare,
  );
}
