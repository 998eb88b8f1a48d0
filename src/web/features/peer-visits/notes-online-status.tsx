import { useEffect, useState } from "preact/hooks";
import { useT } from "../../i18n/use-t";
import type { NoteSaveStatus } from "./notes/note-saver";

/** Whether the browser believes it has a connection, updated on `online` / `offline`. */
export function useIsOnline(): boolean {
  const [isOnline, setOnline] = useState(() =>
    typeof navigator === "undefined" ? true : navigator.onLine,
  );
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  return isOnline;
}

/**
 * The notes section's one live region: says plainly when the device is offline (notes are then
 * kept here and sent later), and otherwise announces only notes that need attention (waiting to
 * retry, or refused), never the routine "saving" and "saved" of each typing pause.
 */
export function NotesStatusRegion({ statuses }: { statuses: readonly NoteSaveStatus[] }) {
  const t = useT();
  const isOnline = useIsOnline();
  const attention = statuses.includes("failed")
    ? t("pv-records:notes.announceFailed")
    : statuses.includes("retrying")
      ? t("pv-records:notes.announceRetrying")
      : null;
  return (
    <div aria-live="polite" class="pv-notes__connection">
      {isOnline ? null : (
        <p class="notice notice--warning" data-testid="offline-notice">
          <strong>{t("pv-records:notes.offlineTitle")}</strong> {t("pv-records:notes.offlineText")}
        </p>
      )}
      {isOnline && attention ? (
        <p class="visually-hidden" data-testid="notes-announcement">
          {attention}
        </p>
      ) : null}
    </div>
  );
}
