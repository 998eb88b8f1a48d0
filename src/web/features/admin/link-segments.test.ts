import { describe, expect, it } from "vitest";
import { splitLinks } from "./link-segments";

describe("splitLinks", () => {
  it("finds http(s) links and keeps the rest as text", () => {
    const text = "Hello,\nopen http://127.0.0.1:3100/invitations/abc_DEF-123.\nThanks";
    expect(splitLinks(text)).toEqual([
      { text: "Hello,\nopen " },
      {
        text: "http://127.0.0.1:3100/invitations/abc_DEF-123",
        href: "http://127.0.0.1:3100/invitations/abc_DEF-123",
      },
      { text: ".\nThanks" },
    ]);
  });

  it("never turns other schemes or markup into links", () => {
    const segments = splitLinks('javascript:alert(1) <a href="x">x</a> mailto:a@b.c');
    expect(segments.filter((s) => s.href)).toEqual([]);
    expect(segments.map((s) => s.text).join("")).toBe(
      'javascript:alert(1) <a href="x">x</a> mailto:a@b.c',
    );
  });

  it("handles text without links and links at both ends", () => {
    expect(splitLinks("")).toEqual([]);
    expect(splitLinks("plain")).toEqual([{ text: "plain" }]);
    expect(splitLinks("https://a.org/x (see https://b.org/y)")).toEqual([
      { text: "https://a.org/x", href: "https://a.org/x" },
      { text: " (see " },
      { text: "https://b.org/y", href: "https://b.org/y" },
      { text: ")" },
    ]);
  });
});
