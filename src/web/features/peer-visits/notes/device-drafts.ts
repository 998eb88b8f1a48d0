import { MemoryDraftStore } from "./memory-draft-store";
import {
  countPendingDraftsOf,
  type DraftShelf,
  type DraftStore,
  forgetDraftsOf,
} from "./note-drafts";

let fallbackStore: DraftStore | null = null;

/** localStorage when the browser allows it; else drafts live in memory for this page only. */
export function browserDraftStore(): DraftStore {
  try {
    if (typeof localStorage !== "undefined") return localStorage;
  } catch {
    // Storage disabled (privacy settings): fall through to memory.
  }
  fallbackStore ??= new MemoryDraftStore();
  return fallbackStore;
}

/** The signed-in person's drafts on this device. */
export function deviceShelf(personId: string): DraftShelf {
  return { store: browserDraftStore(), personId };
}

/**
 * Called at sign-out: forgets the person's note drafts on this device, sent or not, so nobody
 * who signs in next on a shared computer can read them or have them saved under their name.
 */
export function forgetDeviceDraftsOf(personId: string): void {
  forgetDraftsOf(browserDraftStore(), personId);
}

/** How many notes the person typed on this device that have not reached the server yet. */
export function countUnsentDeviceDrafts(personId: string): number {
  return countPendingDraftsOf(browserDraftStore(), personId);
}
