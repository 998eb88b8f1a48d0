/**
 * Sparse TF-IDF vectors over integer term ids. Ids ascend so two vectors meet in one merge pass;
 * weights are L2-normalised so a dot product is the cosine similarity.
 */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/** The vector of a text without content words: similar to nothing. */
export const emptyVector: SparseVector = { ids: new Int32Array(0), weights: new Float64Array(0) };

/** Gives each distinct string an id (first come, first numbered) and returns the ids in order. */
export function internTerms(terms: readonly string[], dictionary: Map<string, number>): number[] {
  return terms.map((term) => {
    let id = dictionary.get(term);
    if (id === undefined) {
      id = dictionary.size;
      dictionary.set(term, id);
    }
    return id;
  });
}

/** In how many documents each term id occurs (repeats within a document count once). */
export function countDocumentFrequencies(
  docs: readonly (readonly number[])[],
): Map<number, number> {
  const df = new Map<number, number>();
  for (const doc of docs) {
    for (const id of new Set(doc)) df.set(id, (df.get(id) ?? 0) + 1);
  }
  return df;
}

/**
 * TF-IDF with sublinear term frequency (1 + ln tf) and smoothed idf ln(1 + N / df), so a term in
 * every document still weighs a little; `docCount` is N of the corpus `df` was counted over.
 */
export function vectoriseTfIdf(
  docs: readonly (readonly number[])[],
  df: ReadonlyMap<number, number>,
  docCount: number,
): SparseVector[] {
  return docs.map((doc) => {
    if (doc.length === 0) return emptyVector;
    const sorted = Int32Array.from(doc).sort();
    let distinct = 0;
    for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) distinct++;
    const ids = new Int32Array(distinct);
    const weights = new Float64Array(distinct);
    let norm = 0;
    for (let k = 0, at = -1; k < sorted.length; k++) {
      const id = sorted[k]!;
      if (k > 0 && id === sorted[k - 1]) continue;
      let tf = 1;
      while (k + tf < sorted.length && sorted[k + tf] === id) tf++;
      const w = (1 + Math.log(tf)) * Math.log(1 + docCount / (df.get(id) ?? 1));
      ids[++at] = id;
      weights[at] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
    return { ids, weights };
  });
}

/** A set of ids as a vector of ones (for tag sets: Jaccard works on ids only). */
export function toIdSet(ids: readonly number[]): SparseVector {
  const sorted = Int32Array.from(new Set(ids)).sort();
  return { ids: sorted, weights: new Float64Array(sorted.length).fill(1) };
}

/** Dot product of two sparse vectors (the cosine, when both are normalised). */
export function dotSparse(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** How many ids two vectors share. */
export function countSharedIds(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** Jaccard index |A and B| / |A or B| from the shared count and the two sizes; 0 for two empties. */
export function jaccardFromCounts(shared: number, sizeA: number, sizeB: number): number {
  const union = sizeA + sizeB - shared;
  return union === 0 ? 0 : shared / union;
}
