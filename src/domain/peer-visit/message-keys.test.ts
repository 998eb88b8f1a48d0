import { describe, expect, it } from "vitest";
// The domain itself never reads texts; this test only checks that the web app has them.
import english from "../../web/i18n/locales/en/peer-visit.json";
import swedish from "../../web/i18n/locales/sv/peer-visit.json";
import {
  feedbackHintKey,
  listPeerVisitMessageKeys,
  phaseKey,
  transitionRejectionKey,
} from "./message-keys";
import { transitionRejectionCodes } from "./phase-machine";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(path, value);
    else for (const [k, v] of flatten(value, path)) flat.set(k, v);
  }
  return flat;
}

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? "");
}

const locales = { en: flatten(english), sv: flatten(swedish) };
const specs = listPeerVisitMessageKeys();

/** The stored keys a spec needs: its plural forms when it takes a `count`, else itself. */
function storedKeys(spec: { key: string; params: readonly string[] }): string[] {
  return spec.params.includes("count") ? [`${spec.key}_one`, `${spec.key}_other`] : [spec.key];
}

describe("peer-visit texts", () => {
  it("lists each key once", () => {
    const keys = specs.map((spec) => spec.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThan(100);
  });

  for (const [lang, texts] of Object.entries(locales)) {
    it(`${lang}: has a non-empty text for every key the domain can produce`, () => {
      const missing = specs.flatMap(storedKeys).filter((key) => !texts.get(key)?.trim());
      expect(missing).toEqual([]);
    });

    it(`${lang}: uses only the params the domain passes`, () => {
      for (const spec of specs) {
        for (const key of storedKeys(spec)) {
          for (const name of placeholdersOf(texts.get(key) ?? "")) {
            expect(spec.params, `${lang} ${key} uses {{${name}}}`).toContain(name);
          }
        }
      }
    });

    // The namespace also holds the web pages' own texts (other top-level groups); within the
    // groups the domain owns, every key must be one it can produce.
    it(`${lang}: has no keys the domain never produces in the groups it owns`, () => {
      const known = new Set(specs.flatMap(storedKeys));
      const owned = new Set([...known].map((key) => key.split(".")[0]));
      const stale = [...texts.keys()].filter(
        (key) => owned.has(key.split(".")[0]) && !known.has(key),
      );
      expect(stale).toEqual([]);
    });
  }

  it("uses the same placeholders in English and Swedish", () => {
    for (const [key, text] of locales.en) {
      expect(placeholdersOf(locales.sv.get(key) ?? "").sort(), key).toEqual(
        placeholdersOf(text).sort(),
      );
    }
  });

  it("builds keys the same way the list does", () => {
    const keys = new Set(specs.map((spec) => spec.key));
    expect(keys).toContain(phaseKey("follow_up"));
    expect(keys).toContain(feedbackHintKey("too_vague"));
    for (const code of transitionRejectionCodes)
      expect(keys).toContain(transitionRejectionKey(code));
  });
});
