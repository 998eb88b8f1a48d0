import { useEffect } from "preact/hooks";
import { useLocation } from "preact-iso";

/** Replaces the current history entry with `to` (used for guards and the home route). */
export function Redirect({ to }: { to: string }) {
  const { route } = useLocation();
  useEffect(() => {
    route(to, true);
  }, [to, route]);
  return null;
}

/** A same-site path from a `next` query value, or the fallback (never another origin). */
export function safeNextPath(next: string | undefined, fallback: string): string {
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
    ? next
    : fallback;
}
