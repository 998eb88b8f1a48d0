import { describe, expect, it } from "vitest";
import { rebaseDraft } from "./rebased-draft";

const opened = { title: "Collection routes", text: "Map them", url: "" };

describe("rebasing typed values on a newer saved record", () => {
  it("keeps every typed value when only something else changed (e.g. the presentation date)", () => {
    const typed = { ...opened, text: "Map the routes and weigh each truck" };
    expect(rebaseDraft(opened, typed, { ...opened })).toEqual(typed);
  });

  it("keeps the person's changes and takes the others' changes to fields they left alone", () => {
    const typed = { ...opened, text: "My new text" };
    const fresh = { ...opened, title: "Their new title", url: "https://example.org/plan" };
    expect(rebaseDraft(opened, typed, fresh)).toEqual({
      title: "Their new title",
      text: "My new text",
      url: "https://example.org/plan",
    });
  });

  it("lets the person's change win where both changed the same field", () => {
    const typed = { ...opened, text: "Mine" };
    const fresh = { ...opened, text: "Theirs" };
    expect(rebaseDraft(opened, typed, fresh).text).toBe("Mine");
  });

  it("shows the latest record when nothing was typed", () => {
    const fresh = { kind: "idea", text: "Theirs" };
    expect(
      rebaseDraft({ kind: "observation", text: "" }, { kind: "observation", text: "" }, fresh),
    ).toEqual(fresh);
  });
});
