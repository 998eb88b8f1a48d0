import type { DraftStore } from "./note-drafts";

/**
 * A DraftStore in memory: for tests, and the stand-in when the browser offers no localStorage
 * (then drafts last only as long as the page).
 */
export class MemoryDraftStore implements DraftStore {
  private readonly items = new Map<string, string>();
  /** When set, `setItem` throws like a full or disabled localStorage. */
  isFull = false;

  get length(): number {
    return this.items.size;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.isFull) throw new Error("QuotaExceededError");
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}
