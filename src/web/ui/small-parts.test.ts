import { describe, expect, it } from "vitest";
import { offsetOf } from "./format";
import { pageInfo } from "./pagination";
import { requireFilled, summaryItemsOf } from "./use-form-submit";

describe("pagination arithmetic", () => {
  it("finds the page of an offset and the page count", () => {
    expect(pageInfo(0, 20, 0)).toEqual({ page: 1, pageCount: 1 });
    expect(pageInfo(41, 20, 20)).toEqual({ page: 2, pageCount: 3 });
    expect(pageInfo(41, 20, 999)).toEqual({ page: 3, pageCount: 3 });
    expect(offsetOf("3", 20)).toBe(40);
    expect(offsetOf(undefined, 20)).toBe(0);
    expect(offsetOf("-2", 20)).toBe(0);
    expect(offsetOf("abc", 20)).toBe(0);
  });
});

describe("form errors", () => {
  it("requires non-blank values", () => {
    expect(requireFilled({ a: "", b: " ", c: "x" }, ["a", "b", "c", "d"])).toEqual({
      a: "common:fieldError.required",
      b: "common:fieldError.required",
      d: "common:fieldError.required",
    });
  });

  it("lists summary items in form order, labelled, linking to control ids", () => {
    const items = summaryItemsOf(
      { password: "k2", email: "k1", unknown: "k3" },
      [
        { name: "email", id: "f-email", label: "E-mail" },
        { name: "password", id: "f-password", label: "Password" },
      ],
      (key) => `<${key}>`,
    );
    expect(items).toEqual([
      { fieldId: "f-email", message: "E-mail: <k1>" },
      { fieldId: "f-password", message: "Password: <k2>" },
    ]);
  });
});
