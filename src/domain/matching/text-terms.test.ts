import { describe, expect, it } from "vitest";
import {
  createTermExtractor,
  extractTermOccurrences,
  extractTerms,
  normaliseTag,
} from "./text-terms";

describe("extractTerms", () => {
  it("lower-cases, drops stop words and stems", () => {
    expect(extractTerms("We are Managing the BUDGET of our municipalities", "en")).toEqual([
      "manag",
      "budget",
      "municip",
    ]);
  });

  it("splits Unicode words and apostrophes (French elision)", () => {
    expect(extractTerms("l'évaluation des politiques publiques", "fr")).toEqual([
      "evalu",
      "politic",
      "public",
    ]);
  });

  it("treats unaccented French stop words as stop words", () => {
    expect(extractTerms("tres tres budget", "fr")).toEqual(["budget"]);
  });

  it("handles Swedish words with å, ä, ö", () => {
    expect(extractTerms("Vi förbättrar upphandlingen i kommunerna", "sv")).toEqual([
      expect.stringMatching(/^förbättr/u),
      "upphandl",
      "kommun",
    ]);
  });

  it("drops digits-only tokens and one-letter words", () => {
    expect(extractTerms("In 2024 a x budget", "en")).toEqual(["budget"]);
  });

  it("keeps repeats as term frequency", () => {
    expect(extractTerms("budget budgets budgeting", "en")).toEqual(["budget", "budget", "budget"]);
  });

  it("keeps the written word beside its stem", () => {
    expect(extractTermOccurrences("Gestión presupuestaria", "es")).toEqual([
      { term: "gestion", word: "gestión" },
      { term: "presupuest", word: "presupuestaria" },
    ]);
  });

  it("returns nothing for empty or stop-word-only text", () => {
    expect(extractTerms("", "en")).toEqual([]);
    expect(extractTerms("och att det", "sv")).toEqual([]);
  });
});

describe("normaliseTag", () => {
  it("trims, lower-cases and dashes inner spaces", () => {
    expect(normaliseTag("  Public  Finance ")).toBe("public-finance");
  });
});

describe("createTermExtractor", () => {
  it("gives the same occurrences as extractTermOccurrences, also on repeated calls", () => {
    const extract = createTermExtractor();
    const text = "Managing procurement; managed procurements in l'été";
    expect(extract(text, "en")).toEqual(extractTermOccurrences(text, "en"));
    expect(extract(text, "en")).toEqual(extractTermOccurrences(text, "en"));
    expect(extract("budget och kommun", "sv")).toEqual(
      extractTermOccurrences("budget och kommun", "sv"),
    );
  });
});
