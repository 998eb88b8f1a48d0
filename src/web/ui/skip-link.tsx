import { useT } from "../i18n/use-t";

/** First focusable element of every page: jumps past the header to the main content. */
export function SkipLink() {
  const t = useT();
  return (
    // The browser focuses #main itself (it has tabindex=-1); the router leaves "#" links alone.
    <a class="skip-link" href="#main">
      {t("common:skipLink")}
    </a>
  );
}
