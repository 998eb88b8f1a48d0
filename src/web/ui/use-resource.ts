import { useCallback, useEffect, useRef, useState } from "preact/hooks";

/** State of one loaded resource. */
export type Resource<T> = {
  data: T | null;
  error: unknown;
  isLoading: boolean;
  /** Loads again (after a change, or after a stale-version conflict). */
  reload: () => Promise<T | null>;
  /** Replaces the data locally (e.g. with what a successful save answered). */
  setData: (data: T) => void;
};

type Loaded<T> = { key: string; data: T | null; error: unknown };

/**
 * Loads data for a page and reloads when `key` changes (a URL, an id). Answers arriving for an
 * outdated key are dropped so a fast click-through never shows the wrong record.
 */
export function useResource<T>(key: string, load: () => Promise<T>): Resource<T> {
  const [state, setState] = useState<Loaded<T>>({ key: "", data: null, error: null });
  const [pending, setPending] = useState(0);
  const latestKey = useRef(key);
  latestKey.current = key;
  // `key` identifies what `load` fetches, so `load` itself is not a dependency.
  const reload = useCallback(async () => {
    setPending((n) => n + 1);
    try {
      const data = await load();
      if (latestKey.current === key) setState({ key, data, error: null });
      return data;
    } catch (error) {
      if (latestKey.current === key) setState({ key, data: null, error });
      return null;
    } finally {
      setPending((n) => n - 1);
    }
  }, [key]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const isCurrent = state.key === key;
  return {
    data: isCurrent ? state.data : null,
    error: isCurrent ? state.error : null,
    isLoading: pending > 0 || !isCurrent,
    reload,
    setData: (data: T) => setState({ key, data, error: null }),
  };
}
