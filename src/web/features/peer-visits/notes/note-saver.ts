import {
  type DraftShelf,
  isDraftPending,
  isDraftSendable,
  type NoteDraft,
  removeDraft,
  writeDraft,
} from "./note-drafts";

/**
 * Where a note stands: `saved` (the server has this text), `unsaved` (typed, save not started),
 * `saving`, `retrying` (a save failed for want of a connection; kept here, tried again) or
 * `failed` (the server refused; kept here until the author acts).
 */
export type NoteSaveStatus = "saved" | "unsaved" | "saving" | "retrying" | "failed";

/** What the editor shows: the draft and how far it got. */
export interface NoteSaverState {
  draft: NoteDraft;
  status: NoteSaveStatus;
  /** The refusal behind `failed`; null otherwise. */
  error: unknown;
}

/** How a NoteSaver reaches the server and the outside world. */
export interface NoteSaverOptions {
  /** Where the author's drafts are kept on this device. */
  shelf: DraftShelf;
  /**
   * Sends the whole note (id, text, fields, the version last seen); repeating it must not create
   * a second note. Resolves with the version the server now holds.
   */
  send: (draft: NoteDraft) => Promise<number>;
  /** True for failures worth retrying (no connection, server busy), false for refusals. */
  isRetryable: (error: unknown) => boolean;
  /** False while the device knows it is offline: no attempt is made until `retryNow`. */
  isOnline: () => boolean;
  onChange: (state: NoteSaverState) => void;
  now?: () => string;
  /** Pause after the last key before saving. */
  saveDelayMs?: number;
  /** Waits between retries; the last one repeats. */
  retryDelaysMs?: readonly number[];
}

/**
 * Saves one note while its author types, without losing text when the connection drops: every
 * change is first kept in device storage, then sent whole under the note's own id (so a retry
 * updates rather than duplicates). Failed sends are retried with growing pauses and at once when
 * `retryNow` is called (the browser's `online` event).
 */
export class NoteSaver {
  private state: NoteSaverState;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private isSending = false;
  private isDisposed = false;
  private attempt = 0;

  constructor(
    draft: NoteDraft,
    private readonly options: NoteSaverOptions,
  ) {
    this.state = { draft, status: isDraftPending(draft) ? "unsaved" : "saved", error: null };
  }

  /** The current draft and status. */
  get current(): NoteSaverState {
    return this.state;
  }

  /** Records a change of text and/or fields: kept on the device at once, saved after a pause. */
  edit(text: string, fields: Record<string, string> = this.state.draft.fields): void {
    const now = this.options.now?.() ?? new Date().toISOString();
    const draft = { ...this.state.draft, text, fields, updatedAt: now };
    writeDraft(this.options.shelf, draft);
    const status = this.state.status === "retrying" ? "retrying" : "unsaved";
    this.update({ draft, status, error: null });
    this.clearTimer("save");
    this.saveTimer = setTimeout(() => void this.saveNow(), this.options.saveDelayMs ?? 800);
  }

  /** Saves now if the server does not have the text yet. */
  async saveNow(): Promise<void> {
    this.clearTimer("save");
    if (this.isDisposed || this.isSending) return;
    const snapshot = this.state.draft;
    if (!isDraftPending(snapshot)) {
      this.update({ ...this.state, status: "saved", error: null });
      return;
    }
    if (!isDraftSendable(snapshot)) {
      // A note emptied out is not sent (the server keeps the last text); deleting is explicit.
      this.update({ ...this.state, status: "unsaved", error: null });
      return;
    }
    if (!this.options.isOnline()) {
      this.update({ ...this.state, status: "retrying", error: null });
      return;
    }
    this.isSending = true;
    this.update({ ...this.state, status: "saving", error: null });
    try {
      const version = await this.options.send(snapshot);
      this.isSending = false;
      this.confirm(snapshot, version);
    } catch (error) {
      this.isSending = false;
      this.handleFailure(error);
    }
  }

  /** Tries again at once (the connection is back, or the author pressed "try again"). */
  retryNow(): void {
    this.clearTimer("retry");
    this.attempt = 0;
    void this.saveNow();
  }

  /** Gives up on the draft (the note is gone, or the visit closed): forgets it and stops. */
  discard(): void {
    removeDraft(this.options.shelf, this.state.draft.visitId, this.state.draft.noteId);
    this.dispose();
  }

  /** Stops timers; answers that arrive later change nothing. The draft stays on the device. */
  dispose(): void {
    this.isDisposed = true;
    this.clearTimer("save");
    this.clearTimer("retry");
  }

  private confirm(sent: NoteDraft, version: number): void {
    if (this.isDisposed) return;
    this.attempt = 0;
    const draft = { ...this.state.draft, savedText: sent.text, savedFields: sent.fields, version };
    if (isDraftPending(draft)) {
      writeDraft(this.options.shelf, draft);
      this.update({ draft, status: "unsaved", error: null });
      void this.saveNow();
      return;
    }
    removeDraft(this.options.shelf, draft.visitId, draft.noteId);
    this.update({ draft, status: "saved", error: null });
  }

  private handleFailure(error: unknown): void {
    if (this.isDisposed) return;
    if (!this.options.isRetryable(error)) {
      this.update({ ...this.state, status: "failed", error });
      return;
    }
    const delays = this.options.retryDelaysMs ?? [2000, 5000, 15_000, 30_000];
    const delay = delays[Math.min(this.attempt, delays.length - 1)] ?? 30_000;
    this.attempt += 1;
    this.update({ ...this.state, status: "retrying", error: null });
    this.clearTimer("retry");
    this.retryTimer = setTimeout(() => void this.saveNow(), delay);
  }

  private clearTimer(which: "save" | "retry"): void {
    const timer = which === "save" ? this.saveTimer : this.retryTimer;
    if (timer !== null) clearTimeout(timer);
    if (which === "save") this.saveTimer = null;
    else this.retryTimer = null;
  }

  private update(next: NoteSaverState): void {
    this.state = next;
    if (!this.isDisposed) this.options.onChange(next);
  }
}
