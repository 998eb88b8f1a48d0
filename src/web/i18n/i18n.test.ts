import { beforeAll, describe, expect, it } from "vitest";
import {
  addMessages,
  flattenMessages,
  getLocale,
  loadNamespaces,
  setLocale,
  t,
  translateIn,
} from "./i18n";

beforeAll(() => {
  // The runtime sets <html lang>; node has no document, so give it the one property it touches.
  (globalThis as { document?: unknown }).document = { documentElement: { lang: "" } };
});

describe("i18n runtime", () => {
  it("flattens nested messages into dotted keys", () => {
    const flat = flattenMessages({ a: { b: "x", c: { d: "y" } }, e: "z", n: 3 });
    expect([...flat.entries()]).toEqual([
      ["a.b", "x"],
      ["a.c.d", "y"],
      ["e", "z"],
    ]);
  });

  it("loads a namespace only when asked, then translates and interpolates", async () => {
    await setLocale("en");
    expect(t("auth:signIn.title")).toBe("auth:signIn.title");
    await loadNamespaces(["auth"]);
    expect(t("auth:signIn.title")).toBe("Sign in");
    expect(t("auth:signOut.signedInAs", { name: "Ana", email: "ana@example.org" })).toBe(
      "You are signed in as Ana (ana@example.org).",
    );
  });

  it("uses common when no namespace is given and leaves unknown placeholders alone", async () => {
    await setLocale("en");
    addMessages("en", "common", { greeting: "Hello {{name}}, {{unknown}}" });
    expect(t("greeting", { name: "Erik" })).toBe("Hello Erik, {{unknown}}");
  });

  it("picks plural forms by the language's plural rules", async () => {
    await loadNamespaces(["initiatives"]);
    await setLocale("en");
    expect(t("initiatives:overview.memberCount", { count: 1 })).toBe("1 member");
    expect(t("initiatives:overview.memberCount", { count: 0 })).toBe("0 members");
    await setLocale("sv");
    expect(t("initiatives:overview.memberCount", { count: 1 })).toBe("1 medlem");
    expect(t("initiatives:overview.memberCount", { count: 5 })).toBe("5 medlemmar");
    await setLocale("fr");
    // French treats 0 as singular.
    expect(t("initiatives:overview.memberCount", { count: 0 })).toBe("0 membre");
    // 1,000,000 is "many" in French; with no `_many` form the `_other` form is used.
    expect(t("initiatives:overview.memberCount", { count: 1_000_000 })).toBe("1000000 membres");
  });

  it("falls back to English for a key missing in the active language, else shows the key", async () => {
    addMessages("en", "test", { onlyEnglish: "Only in English" });
    await setLocale("sv");
    expect(t("test:onlyEnglish")).toBe("Only in English");
    expect(t("test:nowhere")).toBe("test:nowhere");
  });

  it("translates in a chosen language whatever the interface language is", async () => {
    addMessages("en", "test", { stem: "After the visit", onlyEnglish: "Only in English" });
    addMessages("sv", "test", { stem: "Efter besöket" });
    addMessages("fr", "test", { stem: "Après la visite" });
    await setLocale("fr");
    expect(t("test:stem")).toBe("Après la visite");
    expect(translateIn("en", "test:stem")).toBe("After the visit");
    expect(translateIn("sv", "test:stem")).toBe("Efter besöket");
    expect(translateIn("sv", "test:onlyEnglish")).toBe("Only in English");
  });

  it("switches languages, loading the namespaces already in use, and sets <html lang>", async () => {
    await setLocale("en");
    await loadNamespaces(["organisations"]);
    await setLocale("es");
    expect(getLocale()).toBe("es");
    expect(t("organisations:list.title")).toBe("Organizaciones");
    expect(
      (document as unknown as { documentElement: { lang: string } }).documentElement.lang,
    ).toBe("es");
  });
});
