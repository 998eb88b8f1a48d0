import { useEffect, useState } from "preact/hooks";
import { loadNamespaces } from "../../i18n/i18n";

/**
 * Loads extra i18n namespaces for a panel shown on another feature's page (that page's route
 * loads only its own); true once they are ready.
 */
export function useNamespaces(namespaces: readonly string[]): boolean {
  const [isReady, setReady] = useState(false);
  const key = namespaces.join(",");
  // `key` stands for the list, so the effect runs once per distinct set of namespaces.
  useEffect(() => {
    let isCurrent = true;
    void loadNamespaces(key.split(",")).then(() => {
      if (isCurrent) setReady(true);
    });
    return () => {
      isCurrent = false;
    };
  }, [key]);
  return isReady;
}
