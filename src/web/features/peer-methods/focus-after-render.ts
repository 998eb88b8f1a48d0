import { useEffect, useState } from "preact/hooks";

/**
 * Moves focus to the element with a given id once the next render is on the page: the Edit
 * button when an inline form closes, the list heading after a deletion. Runs after the effects
 * of the components inside (e.g. a closing dialog), so nothing takes the focus back.
 */
export function useFocusAfterRender(): (id: string) => void {
  const [target, setTarget] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (target) document.getElementById(target.id)?.focus();
  }, [target]);
  return (id: string) => setTarget({ id });
}
