/** Peer indices below this are cached; the pair key a * keyBase + b is then exact. */
const keyBase = 2 ** 26;

/**
 * Remembers pair scores in a fixed-size open-addressing table, so a local search that asks for
 * the same pairs round after round computes each once. Symmetric: (i, j) and (j, i) share a
 * slot. When the table is 3/4 full, new pairs are computed but no longer stored. A slot holds
 * its pair key and score side by side (one cache line), as lookups land all over memory.
 */
export function createScoreCache(
  score: (i: number, j: number) => number,
  expectedPairs: number,
): (i: number, j: number) => number {
  let capacity = 1024;
  while (capacity < expectedPairs * 2) capacity *= 2;
  const mask = capacity - 1;
  // Slot s: [2s] pair key (-1 when empty), [2s + 1] score.
  const table = new Float64Array(2 * capacity).fill(-1);
  let stored = 0;
  return (i, j) => {
    const a = i < j ? i : j;
    const b = i < j ? j : i;
    if (a < 0 || b >= keyBase) return score(a, b);
    const key = a * keyBase + b;
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
    for (;;) {
      const held = table[slot << 1]!;
      if (held === -1) break;
      if (held === key) return table[(slot << 1) + 1]!;
      slot = (slot + 1) & mask;
    }
    const value = score(a, b);
    if (stored < (capacity >> 2) * 3) {
      table[slot << 1] = key;
      table[(slot << 1) + 1] = value;
      stored++;
    }
    return value;
  };
}
