import { describe, expect, it } from "vitest";
import type { TextLanguage } from "./matching-peer";
import { stemWord, stripDiacritics } from "./stemmers";

function stemsOf(words: string, lang: TextLanguage): Set<string> {
  return new Set(words.split(" ").map((w) => stemWord(w, lang)));
}

describe("stemWord", () => {
  it.each([
    ["en", "managing managed management manage manager managers", "manag"],
    ["en", "budgeting budgets budgetary budget", "budget"],
    ["en", "procurement procuring procure", "procur"],
    ["en", "governance government governing governed", "govern"],
    ["en", "policies policy", "polici"],
    ["en", "planning planned planner plans", "plan"],
    ["sv", "kommunen kommuner kommunerna kommunens", "kommun"],
    ["sv", "upphandling upphandlingen upphandlingar upphandla", "upphandl"],
    ["sv", "förvaltning förvaltningen förvalta", "förvalt"],
    ["fr", "gouvernement gouverner gouvernance", "gouvern"],
    ["fr", "municipalité municipalités municipal municipaux", "municipal"],
    ["fr", "budgétaire budget budgets", "budget"],
    ["es", "presupuesto presupuestos presupuestario presupuestaria", "presupuest"],
    ["es", "gestión gestiones gestionar", "gestion"],
    ["es", "contratación contratar contrato", "contrat"],
  ] as const)("%s: %s -> %s", (lang, words, stem) => {
    expect(stemsOf(words, lang)).toEqual(new Set([stem]));
  });

  it("keeps unrelated words apart", () => {
    expect(stemWord("budget", "en")).not.toBe(stemWord("procurement", "en"));
    expect(stemWord("kommun", "sv")).not.toBe(stemWord("budget", "sv"));
  });

  it("leaves short words and 'ss' endings alone", () => {
    expect(stemWord("tax", "en")).toBe("tax");
    expect(stemWord("process", "en")).toBe("process");
  });

  it("keeps Swedish letters but drops French and Spanish accents", () => {
    expect(stemWord("åtgärder", "sv")).toMatch(/^åtgärd/u);
    expect(stemWord("évaluation", "fr")).toBe(stemWord("evaluation", "fr"));
    expect(stripDiacritics("gestión")).toBe("gestion");
  });
});
