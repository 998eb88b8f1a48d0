import { useEffect, useState } from "preact/hooks";

/** `value`, but only once it has stayed unchanged for `delayMs` (advice after a typing pause). */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
