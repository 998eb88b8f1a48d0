import { useEffect, useState } from "preact/hooks";
import { useT } from "../../i18n/use-t";

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
 * Says plainly when the device is offline (notes are then kept here and sent later), in a live
 * region present from the start so screen readers hear the change.
 */
export function OfflineNotice() {
  const t = useT();
  const isOnline = useIsOnline();
  return (
    <div aria-live="polite" class="pv-notes__connection">
      {isOnline ? null : (
        <p class="notice notice--warning" data-testid="offline-notice">
          <strong>{t("pv-records:notes.offlineTitle")}</strong> {t("pv-records:notes.offlineText")}
        </p>
      )}
    </div>
  );
}
