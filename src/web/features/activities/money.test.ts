import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  currencyDigits,
  currencyOptions,
  formatMinor,
  isKnownCurrency,
  minorToInput,
  parseAmountToMinor,
} from "./money";

describe("parseAmountToMinor", () => {
  it("reads amounts written the English or the Swedish way", () => {
    expect(parseAmountToMinor("4350", "SEK", "en")).toBe(435_000);
    expect(parseAmountToMinor("1250.50", "SEK", "en")).toBe(125_050);
    expect(parseAmountToMinor("1250,5", "SEK", "sv")).toBe(125_050);
    expect(parseAmountToMinor("1 250,50", "SEK", "sv")).toBe(125_050);
    expect(parseAmountToMinor("1\u00a0250,50", "SEK", "sv")).toBe(125_050);
    expect(parseAmountToMinor("1,250.50", "USD", "en")).toBe(125_050);
    expect(parseAmountToMinor("1.250,50", "EUR", "es")).toBe(125_050);
    expect(parseAmountToMinor("1,250", "KES", "en")).toBe(125_000);
    expect(parseAmountToMinor("1.234.567", "EUR", "fr")).toBe(123_456_700);
  });

  it("respects the currency's decimals", () => {
    expect(currencyDigits("JPY")).toBe(0);
    expect(parseAmountToMinor("1500", "JPY", "en")).toBe(1500);
    expect(parseAmountToMinor("15.5", "JPY", "en")).toBeNull();
    expect(parseAmountToMinor("1.125", "SEK", "sv")).toBe(112_500);
    expect(currencyDigits("KWD")).toBe(3);
    expect(parseAmountToMinor("1,250", "KWD", "sv")).toBe(1250);
    expect(parseAmountToMinor("1,250", "KWD", "en")).toBe(1_250_000);
  });

  it("refuses what is not a plain amount", () => {
    for (const bad of ["", "-5", "12a", "1.", ",5", "1.2.3,4,5", "1e5"]) {
      expect(parseAmountToMinor(bad, "SEK", "en"), bad).toBeNull();
    }
  });

  it("reads back every amount it writes for editing", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        fc.constantFrom("SEK", "JPY", "KWD"),
        (minor, currency) =>
          parseAmountToMinor(minorToInput(minor, currency), currency, "en") === minor &&
          parseAmountToMinor(minorToInput(minor, currency).replace(".", ","), currency, "sv") ===
            minor,
      ),
    );
  });
});

describe("showing money", () => {
  it("formats in the interface language without converting", () => {
    expect(formatMinor(4_350_000, "SEK", "en-GB").replace(/\s/g, " ")).toBe("SEK 43,500.00");
    expect(formatMinor(4_350_000, "SEK", "sv").replace(/\s/g, " ")).toBe("43 500,00 kr");
    expect(formatMinor(1500, "JPY", "en-GB")).toBe("JP¥1,500");
  });

  it("knows currencies and names them in the reader's language", () => {
    expect(isKnownCurrency("kes")).toBe(true);
    expect(isKnownCurrency("XYZ")).toBe(false);
    const sv = currencyOptions("sv").find((o) => o.value === "SEK");
    expect(sv?.label).toBe("SEK – svensk krona");
  });
});
