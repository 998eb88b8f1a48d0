import type { UiLocale } from "../../shared/contracts/common";

/** Interpolation values for `{{name}}` placeholders; `count` also selects the plural form. */
export type TranslateParams = Record<string, string | number>;

type Dictionary = Map<string, string>;

/** Language names as their speakers write them (the picker shows these). */
export const localeNames = {
  en: "English",
  sv: "Svenska",
  fr: "Français",
  es: "Español",
} as const satisfies Record<UiLocale, string>;

/** The interface languages, in picker order. */
export const uiLocaleList = Object.keys(localeNames) as UiLocale[];

/** The language every other one falls back to for a missing key. */
export const fallbackLocale: UiLocale = "en";

// Lazy loaders, one per `<lang>/<namespace>.json`: only what is asked for is fetched.
const loaders = import.meta.glob<Record<string, unknown>>("./locales/*/*.json", {
  import: "default",
});
const dictionaries = new Map<string, Dictionary>();
const wantedNamespaces = new Set<string>(["common"]);
const listeners = new Set<() => void>();
let current: UiLocale = fallbackLocale;

/** Turns `{ a: { b: "x" } }` into `a.b -> x`; non-string leaves are ignored. */
export function flattenMessages(
  tree: Record<string, unknown>,
  prefix = "",
  out: Dictionary = new Map(),
) {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else if (value && typeof value === "object")
      flattenMessages(value as Record<string, unknown>, path, out);
  }
  return out;
}

async function loadDictionary(locale: UiLocale, namespace: string): Promise<void> {
  const id = `${locale}/${namespace}`;
  if (dictionaries.has(id)) return;
  const load = loaders[`./locales/${id}.json`];
  dictionaries.set(id, load ? flattenMessages(await load()) : new Map());
}

/**
 * Registers messages for one language and namespace directly (merged over what is loaded). For
 * tests, and for texts that arrive at run time rather than from the locale files.
 */
export function addMessages(
  locale: UiLocale,
  namespace: string,
  tree: Record<string, unknown>,
): void {
  const id = `${locale}/${namespace}`;
  const dictionary = dictionaries.get(id) ?? new Map<string, string>();
  for (const [key, value] of flattenMessages(tree)) dictionary.set(key, value);
  dictionaries.set(id, dictionary);
}

/** Loads namespaces for the active language (and English as fallback); remembers them for later switches. */
export async function loadNamespaces(namespaces: readonly string[]): Promise<void> {
  for (const ns of namespaces) wantedNamespaces.add(ns);
  const locales = current === fallbackLocale ? [current] : [current, fallbackLocale];
  await Promise.all(locales.flatMap((l) => namespaces.map((ns) => loadDictionary(l, ns))));
}

/** Switches the language once its namespaces are loaded; sets `<html lang>` and notifies listeners. */
export async function setLocale(locale: UiLocale): Promise<void> {
  const namespaces = [...wantedNamespaces];
  await Promise.all(
    namespaces.flatMap((ns) => [loadDictionary(locale, ns), loadDictionary(fallbackLocale, ns)]),
  );
  current = locale;
  if (typeof document !== "undefined") document.documentElement.lang = locale;
  for (const listener of listeners) listener();
}

/** The active interface language. */
export function getLocale(): UiLocale {
  return current;
}

/** Calls `listener` after every language switch; returns the unsubscribe function. */
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function lookup(locale: UiLocale, namespace: string, key: string, count: number | undefined) {
  const dictionary = dictionaries.get(`${locale}/${namespace}`);
  if (!dictionary) return undefined;
  if (count !== undefined) {
    const form = new Intl.PluralRules(locale).select(count);
    const plural = dictionary.get(`${key}_${form}`) ?? dictionary.get(`${key}_other`);
    if (plural !== undefined) return plural;
  }
  return dictionary.get(key);
}

function interpolate(text: string, params: TranslateParams | undefined): string {
  if (!params) return text;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * Translates `namespace:key` (no namespace means `common`), e.g. `t("auth:signIn.title")`.
 * With `params.count` it picks `key_one`/`key_other`/... by Intl.PluralRules. A key missing in the
 * active language falls back to English; a key missing everywhere returns the key itself.
 */
export function t(fullKey: string, params?: TranslateParams): string {
  return translateIn(current, fullKey, params);
}

/**
 * Like `t`, but in the given language (falling back to English) whatever the interface language
 * is: for text that goes into content written in that language, such as an objective's stem.
 * The language's namespace must be loaded (the interface language and English always are).
 */
export function translateIn(locale: UiLocale, fullKey: string, params?: TranslateParams): string {
  const colon = fullKey.indexOf(":");
  const namespace = colon > 0 ? fullKey.slice(0, colon) : "common";
  const key = colon > 0 ? fullKey.slice(colon + 1) : fullKey;
  const count = typeof params?.count === "number" ? params.count : undefined;
  const text =
    lookup(locale, namespace, key, count) ?? lookup(fallbackLocale, namespace, key, count);
  return text === undefined ? fullKey : interpolate(text, params);
}

/** True when `value` names one of the interface languages. */
export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === "string" && value in localeNames;
}
