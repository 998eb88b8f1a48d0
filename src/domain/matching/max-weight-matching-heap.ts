/** Slot offset that aligns each group of four siblings on 64 bytes (one cache line). */
const OFFSET = 3;

/**
 * Min-priority queue of solver events keyed by the dual "time" at which they become due: a 4-ary
 * heap in one Float64Array with key and item side by side, so a sift step reads one cache line.
 * Entries are never removed early: the solver re-checks each popped entry against the current
 * state (lazy deletion), so a stale entry costs one pop.
 */
export class EventHeap {
  private slots: Float64Array;
  private capacity: number;
  /** Number of entries, stale ones included. */
  size = 0;
  /** Entries with a key at or above this are dropped on push (they could never be due). */
  private readonly horizon: number;

  constructor(capacity: number, horizon: number) {
    this.capacity = Math.max(16, capacity);
    this.slots = new Float64Array(2 * (this.capacity + OFFSET));
    this.horizon = horizon;
  }

  /** Smallest key; meaningful only when size > 0. */
  peekKey(): number {
    return this.slots[2 * OFFSET]!;
  }

  /** Adds an entry, unless its key lies at or beyond the horizon. */
  push(key: number, item: number): void {
    if (key >= this.horizon) return;
    if (this.size === this.capacity) this.grow();
    const slots = this.slots;
    let i = this.size++;
    while (i > 0) {
      const up = (i - 1) >> 2;
      const upKey = slots[2 * (up + OFFSET)]!;
      if (upKey <= key) break;
      slots[2 * (i + OFFSET)] = upKey;
      slots[2 * (i + OFFSET) + 1] = slots[2 * (up + OFFSET) + 1]!;
      i = up;
    }
    slots[2 * (i + OFFSET)] = key;
    slots[2 * (i + OFFSET) + 1] = item;
  }

  /** Removes the entry with the smallest key and returns its item (size must be > 0). */
  pop(): number {
    const slots = this.slots;
    const top = slots[2 * OFFSET + 1]!;
    const last = --this.size;
    if (last > 0) this.siftDown(0, slots[2 * (last + OFFSET)]!, slots[2 * (last + OFFSET) + 1]!);
    return top;
  }

  /** Adds an entry without restoring heap order; call `restoreOrder` before the next pop. */
  pushUnordered(key: number, item: number): void {
    if (key >= this.horizon) return;
    if (this.size === this.capacity) this.grow();
    this.slots[2 * (this.size + OFFSET)] = key;
    this.slots[2 * (this.size + OFFSET) + 1] = item;
    this.size++;
  }

  /** Restores heap order in O(size) (Floyd's bottom-up construction). */
  restoreOrder(): void {
    const slots = this.slots;
    for (let i = (this.size - 2) >> 2; i >= 0; i--) {
      this.siftDown(i, slots[2 * (i + OFFSET)]!, slots[2 * (i + OFFSET) + 1]!);
    }
  }

  private siftDown(start: number, key: number, item: number): void {
    const slots = this.slots;
    const size = this.size;
    let i = start;
    for (;;) {
      const first = 4 * i + 1;
      if (first >= size) break;
      let best = first;
      let bestKey = slots[2 * (first + OFFSET)]!;
      const end = first + 4 < size ? first + 4 : size;
      for (let c = first + 1; c < end; c++) {
        const ck = slots[2 * (c + OFFSET)]!;
        if (ck < bestKey) {
          bestKey = ck;
          best = c;
        }
      }
      if (bestKey >= key) break;
      slots[2 * (i + OFFSET)] = bestKey;
      slots[2 * (i + OFFSET) + 1] = slots[2 * (best + OFFSET) + 1]!;
      i = best;
    }
    slots[2 * (i + OFFSET)] = key;
    slots[2 * (i + OFFSET) + 1] = item;
  }

  private grow(): void {
    this.capacity *= 2;
    const slots = new Float64Array(2 * (this.capacity + OFFSET));
    slots.set(this.slots);
    this.slots = slots;
  }
}
