import { describe, expect, it } from "vitest";
import type { Showcase } from "../../../shared/contracts/showcases";
import {
  emptyShowcase,
  toShowcaseBody,
  validateShowcase,
  valuesOfShowcase,
} from "./showcase-values";

describe("showcase values", () => {
  it("needs a title and a readable cost amount", () => {
    expect(validateShowcase(emptyShowcase, "en")).toEqual({ title: "common:fieldError.required" });
    const named = { ...emptyShowcase, title: "Brown bags" };
    expect(validateShowcase({ ...named, costAmount: "12x" }, "en")).toEqual({
      costAmount: "activities:fieldError.amount",
    });
    expect(
      validateShowcase({ ...named, costAmount: "4 200 000", costCurrency: "SEK" }, "sv"),
    ).toEqual({});
  });

  it("sends the amount in minor units with its currency, or neither", () => {
    const body = toShowcaseBody(
      { ...emptyShowcase, title: " Bags ", costAmount: "4200000", costCurrency: "SEK" },
      "en",
    );
    expect(body).toMatchObject({
      title: "Bags",
      costAmountMinor: 420_000_000,
      costCurrency: "SEK",
      organisationId: null,
      championPersonId: null,
    });
    expect(toShowcaseBody({ ...emptyShowcase, title: "Bags" }, "en")).toMatchObject({
      costAmountMinor: null,
      costCurrency: null,
    });
  });

  it("round-trips a saved showcase", () => {
    const saved = {
      title: "Bags",
      practice: "p",
      organisationId: "org",
      place: "Sjöby",
      results: "r",
      costNote: "c",
      costAmountMinor: 420_000_000,
      costCurrency: "SEK",
      championPersonId: "person",
      contact: "Johan",
    } as Showcase;
    expect(toShowcaseBody(valuesOfShowcase(saved), "en")).toEqual({
      title: "Bags",
      practice: "p",
      organisationId: "org",
      place: "Sjöby",
      results: "r",
      costNote: "c",
      costAmountMinor: 420_000_000,
      costCurrency: "SEK",
      championPersonId: "person",
      contact: "Johan",
    });
  });
});
