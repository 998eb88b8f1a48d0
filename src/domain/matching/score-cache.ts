/**
 * Remembers pair scores in a fixed-size open-addressing table, so a local search that asks for
 * the same pairs round after round computes each once. Symmetric: (i, j) and (j, i) share a
 * slot. When the table is 3/4 full, new pairs are computed but no longer stored.
 */
export function createScoreCache(
  score: (i: number, j: number) => number,
  expectedPairs: number,
): (i: number, j: number) => number {
  let capacity = 1024;
  while (capacity < expectedPairs * 2) capacity *= 2;
  const mask = capacity - 1;
  const firsts = new Int32Array(capacity).fill(-1);
  const seconds = new Int32Array(capacity);
  const values = new Float64Array(capacity);
  let stored = 0;
  return (i, j) => {
    const a = i < j ? i : j;
    const b = i < j ? j : i;
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
    for (;;) {
      const first = firsts[slot]!;
      if (first === -1) break;
      if (first === a && seconds[slot] === b) return values[slot]!;
      slot = (slot + 1) & mask;
    }
    const value = score(a, b);
    if (stored < (capacity >> 2) * 3) {
      firsts[slot] = a;
      seconds[slot] = b;
      values[slot] = value;
      stored++;
    }
    return value;
  };
}
