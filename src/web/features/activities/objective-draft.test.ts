import { describe, expect, it } from "vitest";
import type { LearningObjective } from "../../../shared/contracts/activity-learning";
import { adviceParams, suggestedVerbs } from "./advice-params";
import { adviseDraft, composeDraft, draftBody, draftOf, hasSubstance } from "./objective-draft";

const fresh = draftOf(null, { lang: "en", stem: "After the peer visit" });

describe("objective drafts", () => {
  it("starts a new objective in the builder with the format's stem phrase", () => {
    expect(fresh).toMatchObject({ mode: "builder", lang: "en", stem: "After the peer visit" });
    expect(hasSubstance(fresh)).toBe(false);
    expect(adviseDraft(fresh)).toEqual([]);
  });

  it("flags a weak verb with observable ones, and is satisfied once one is chosen", () => {
    const weak = {
      ...fresh,
      audience: "the waste management team",
      behaviour: "understand",
      content: "how Sjöby plans its collection routes",
    };
    expect(composeDraft(weak)).toBe(
      "After the peer visit, the waste management team are able to understand how Sjöby plans its collection routes.",
    );
    const advice = adviseDraft(weak);
    expect(advice.map((a) => a.code)).toEqual(["unobservable_verb"]);
    const verbs = suggestedVerbs(advice);
    expect(verbs.length).toBeGreaterThan(0);
    expect(adviseDraft({ ...weak, behaviour: verbs[0] ?? "" })).toEqual([]);
    expect(adviceParams(advice[0]?.params ?? {})).toMatchObject({
      verb: "understand",
      suggestions: verbs.join(", "),
    });
  });

  it("reads Swedish objectives too", () => {
    const sv = {
      ...draftOf(null, { lang: "sv", stem: "Efter kollegabesöket" }),
      audience: "avfallsgruppen",
      behaviour: "förstå",
      content: "hur Sjöby planerar sina insamlingsturer",
    };
    expect(composeDraft(sv)).toBe(
      "Efter kollegabesöket ska avfallsgruppen kunna förstå hur Sjöby planerar sina insamlingsturer.",
    );
    expect(suggestedVerbs(adviseDraft(sv))).toContain("förklara");
  });

  it("sends builder parts or the free sentence", () => {
    expect(
      draftBody({ ...fresh, audience: " the team ", behaviour: "compare", content: "two tariffs" }),
    ).toEqual({
      builder: {
        stem: "After the peer visit",
        audience: "the team",
        behaviour: "compare",
        content: "two tariffs",
      },
      lang: "en",
    });
    expect(draftBody({ ...fresh, mode: "text", text: " Peers compare tariffs. " })).toEqual({
      text: "Peers compare tariffs.",
      lang: "en",
    });
    expect(draftBody({ ...fresh, stem: " ", audience: "x" })).toMatchObject({
      builder: { stem: null },
    });
  });

  it("edits a saved objective in the way it was written", () => {
    const saved = {
      id: "o1",
      text: "Peers compare two tariffs.",
      lang: "en",
      builder: null,
      needsReview: false,
      version: 3,
    } as unknown as LearningObjective;
    expect(draftOf(saved, { lang: "sv", stem: "x" })).toMatchObject({
      mode: "text",
      text: saved.text,
      lang: "en",
    });
    const built = {
      ...saved,
      builder: { stem: null, audience: "peers", behaviour: "compare", content: "tariffs" },
    };
    expect(draftOf(built, { lang: "en", stem: "x" })).toMatchObject({
      mode: "builder",
      stem: "",
      audience: "peers",
    });
  });
});
