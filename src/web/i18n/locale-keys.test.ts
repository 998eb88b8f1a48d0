import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { flattenMessages } from "./i18n";

const webRoot = join(import.meta.dirname, "..");
const localesRoot = join(import.meta.dirname, "locales");
/** Namespaces written with the foundation; other teams own the rest of the folder. */
const foundationNamespaces = ["common", "auth", "initiatives", "organisations", "profile", "admin"];

function listFiles(dir: string, accept: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "locales" ? [] : listFiles(path, accept);
    return accept(name) ? [path] : [];
  });
}

function readLocale(lang: string): Map<string, Set<string>> {
  const dir = join(localesRoot, lang);
  const result = new Map<string, Set<string>>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const tree = JSON.parse(readFileSync(join(dir, file), "utf8")) as Record<string, unknown>;
    result.set(file.replace(/\.json$/, ""), new Set(flattenMessages(tree).keys()));
  }
  return result;
}

const en = readLocale("en");
const sv = readLocale("sv");
const namespaces = [...new Set([...en.keys(), ...sv.keys()])].sort();
const sources = listFiles(webRoot, (n) => /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n));

/** Every key the sources use: `t("ns:key")` calls (bare keys are `common`) and "ns:key" literals in key maps. */
function usedKeys(): { key: string; file: string }[] {
  const nsPattern = namespaces.map((n) => n.replace(/-/g, "\\-")).join("|");
  const literal = new RegExp(`["'\`]((?:${nsPattern}):[A-Za-z0-9_.-]+)["'\`]`, "g");
  const call = /\bt\(\s*["']([^"'$]+)["']/g;
  const found: { key: string; file: string }[] = [];
  for (const path of sources) {
    const text = readFileSync(path, "utf8");
    const file = relative(webRoot, path);
    for (const m of text.matchAll(call))
      found.push({ key: m[1]!.includes(":") ? m[1]! : `common:${m[1]}`, file });
    for (const m of text.matchAll(literal)) found.push({ key: m[1]!, file });
  }
  return found;
}

function hasKey(locale: Map<string, Set<string>>, fullKey: string): boolean {
  const [ns, key] = [
    fullKey.slice(0, fullKey.indexOf(":")),
    fullKey.slice(fullKey.indexOf(":") + 1),
  ];
  const keys = locale.get(ns);
  return Boolean(keys && (keys.has(key) || keys.has(`${key}_other`)));
}

describe("locale files", () => {
  it("have every key the web app uses, in English and Swedish", () => {
    const used = usedKeys();
    expect(used.length).toBeGreaterThan(200);
    const missing = used.filter((u) => !hasKey(en, u.key) || !hasKey(sv, u.key));
    expect(missing).toEqual([]);
  });

  it("use no template-literal keys in t() calls (keys must be findable)", () => {
    const offenders = sources.filter((path) => /\bt\(\s*`/.test(readFileSync(path, "utf8")));
    expect(offenders.map((p) => relative(webRoot, p))).toEqual([]);
  });

  it("have identical key sets in English and Swedish, per namespace", () => {
    for (const ns of namespaces) {
      expect({ ns, keys: [...(sv.get(ns) ?? [])].sort() }).toEqual({
        ns,
        keys: [...(en.get(ns) ?? [])].sort(),
      });
    }
  });

  it("report French and Spanish coverage; the foundation namespaces are complete and add no stray keys", () => {
    for (const lang of ["fr", "es"]) {
      const other = readLocale(lang);
      const lines: string[] = [];
      for (const ns of namespaces) {
        const keys = [...(en.get(ns) ?? [])];
        const have = other.get(ns) ?? new Set<string>();
        const covered = keys.filter((k) => have.has(k)).length;
        lines.push(
          `${lang}/${ns}: ${covered}/${keys.length} (${Math.floor((covered * 100) / Math.max(1, keys.length))} %)`,
        );
        expect([...have].filter((k) => !(en.get(ns) ?? new Set()).has(k))).toEqual([]);
        if (foundationNamespaces.includes(ns)) expect(covered).toBe(keys.length);
      }
      console.info(`Translation coverage against English:\n${lines.join("\n")}`);
    }
  });
});
