import { useEffect, useReducer } from "preact/hooks";
import { onLocaleChange, t } from "./i18n";

/** Returns `t` and re-renders the calling component whenever the interface language changes. */
export function useT(): typeof t {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => onLocaleChange(() => rerender(undefined)), []);
  return t;
}
