import { render } from "preact";
import { App } from "./app";
import { setLocale } from "./i18n/i18n";
import { matchBrowserLocale, readStoredLocale, storeLocale } from "./i18n/locale-preference";
import { fetchSession } from "./session";
import "./styles.css";

/**
 * Starts the app: asks who is signed in while the language loads (stored choice, else the
 * browser's), then switches to the person's remembered language and renders.
 */
async function start(): Promise<void> {
  const preferred = readStoredLocale() ?? matchBrowserLocale(navigator.languages);
  const [person] = await Promise.all([fetchSession().catch(() => null), setLocale(preferred)]);
  if (person && person.locale !== preferred) {
    await setLocale(person.locale);
    storeLocale(person.locale);
  }
  const root = document.getElementById("app");
  if (root) {
    root.textContent = "";
    render(<App />, root);
  }
}

void start();
