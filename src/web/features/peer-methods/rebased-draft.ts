import { useEffect, useRef, useState } from "preact/hooks";

/**
 * The person's changes laid over a newer saved record: every field they changed from `base`
 * (what the form started from) keeps their value, every other field takes the `fresh` value.
 */
export function rebaseDraft<T extends object>(base: T, edited: T, fresh: T): T {
  const result = { ...fresh };
  for (const key of Object.keys(edited) as (keyof T)[]) {
    if (edited[key] !== base[key]) result[key] = edited[key];
  }
  return result;
}

/**
 * The values of a form editing a saved record. When the record arrives in a new `version`
 * (after a stale-version reload, or a change made elsewhere on the page) the typed changes are
 * kept on top of it instead of being wiped; the next save then sends the new version.
 */
export function useRebasedDraft<T extends object>(
  saved: T,
  version: number,
): [T, (values: T) => void] {
  const [values, setValues] = useState(saved);
  const seen = useRef({ base: saved, version });
  useEffect(() => {
    if (seen.current.version === version) return;
    const base = seen.current.base;
    seen.current = { base: saved, version };
    setValues((edited) => rebaseDraft(base, edited, saved));
  }, [version]);
  return [values, setValues];
}
