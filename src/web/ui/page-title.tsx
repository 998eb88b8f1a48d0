import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { t } from "../i18n/i18n";

let isFocusPending = false;

/** Called by the router after a client-side navigation: the next page title takes focus. */
export function markNavigation(): void {
  isFocusPending = true;
}

/** Sets `document.title` to "<title> – Kollega" while the page is shown. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – ${t("common:appName")}`;
  }, [title]);
}

/**
 * The page's one `<h1>`; it also sets the document title and, after a navigation, takes focus so
 * screen-reader users hear where they arrived.
 */
export function PageTitle(props: { children: ComponentChildren; documentTitle: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(props.documentTitle);
  useEffect(() => {
    if (!isFocusPending) return;
    isFocusPending = false;
    ref.current?.focus();
  }, []);
  return (
    <h1 class="page-title" tabIndex={-1} ref={ref}>
      {props.children}
    </h1>
  );
}
