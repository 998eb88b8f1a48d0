import type { UiLocale } from "../../shared/contracts/common";
import { fallbackLocale, isUiLocale } from "./i18n";

const storageKey = "kollega.locale";

/** The language stored in this browser (signed-out choice), if any. */
export function readStoredLocale(): UiLocale | null {
  try {
    const value = localStorage.getItem(storageKey);
    return isUiLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the language in this browser; failures (private mode, quota) are harmless. */
export function storeLocale(locale: UiLocale): void {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Not remembered in this browser; the profile still remembers it when signed in.
  }
}

/** Picks the first supported language of the browser's list (`sv-SE` -> `sv`), else English. */
export function matchBrowserLocale(languages: readonly string[]): UiLocale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split("-")[0];
    if (isUiLocale(base)) return base;
  }
  return fallbackLocale;
}
