import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError } from "../../../api-client";
import { deviceShelf } from "./device-drafts";
import { isDraftPending, type NoteDraft } from "./note-drafts";
import { NoteSaver, type NoteSaverState } from "./note-saver";

/**
 * Failures worth retrying: no answer at all, a timeout, rate limiting or a server error. A 4xx
 * refusal (no access, visit closed, invalid) will not change by trying again.
 */
export function isRetryableSaveError(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return (
    error.code === "NETWORK" || error.status === 408 || error.status === 429 || error.status >= 500
  );
}

/** One note's draft and save status, plus the actions the editor offers. */
export type NoteSaverHandle = NoteSaverState & {
  /** A change of text, and of the fields when given. */
  edit: (text: string, fields?: Record<string, string>) => void;
  retryNow: () => void;
  /** Gives up on the draft: forgets it on the device and stops saving. */
  discard: () => void;
};

/**
 * Binds a NoteSaver to a component: one saver per note id, retried as soon as the browser says
 * it is back `online`, flushed when the page is hidden (phone locked, tab switched).
 */
export function useNoteSaver(
  personId: string,
  initial: NoteDraft,
  send: (draft: NoteDraft) => Promise<number>,
  onSaved?: (draft: NoteDraft) => void,
): NoteSaverHandle {
  const [state, setState] = useState<NoteSaverState>(() => ({
    draft: initial,
    status: isDraftPending(initial) ? "unsaved" : "saved",
    error: null,
  }));
  const sendRef = useRef(send);
  sendRef.current = send;
  const savedRef = useRef(onSaved);
  savedRef.current = onSaved;
  const saverRef = useRef<NoteSaver | null>(null);
  useEffect(() => {
    const saver = new NoteSaver(initial, {
      shelf: deviceShelf(personId),
      send: (draft) => sendRef.current(draft),
      isRetryable: isRetryableSaveError,
      isOnline: () => navigator.onLine,
      onChange: (next) => {
        setState(next);
        if (next.status === "saved") savedRef.current?.(next.draft);
      },
    });
    saverRef.current = saver;
    // A draft recovered from the device (typed before a reload or while offline) goes out now.
    if (isDraftPending(initial)) void saver.saveNow();
    const onOnline = () => saver.retryNow();
    const onHidden = () => {
      if (document.visibilityState === "hidden") void saver.saveNow();
    };
    window.addEventListener("online", onOnline);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      window.removeEventListener("online", onOnline);
      document.removeEventListener("visibilitychange", onHidden);
      saver.dispose();
    };
    // One saver per note: the draft only seeds it.
  }, [personId, initial.visitId, initial.noteId]);
  return {
    ...state,
    edit: (text, fields) => saverRef.current?.edit(text, fields),
    retryNow: () => saverRef.current?.retryNow(),
    discard: () => saverRef.current?.discard(),
  };
}
