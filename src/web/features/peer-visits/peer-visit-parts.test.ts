import { readFileSync } from "node:fs";
import { join } from "node:path";
import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { beforeAll, describe, expect, it } from "vitest";
import { addMessages } from "../../i18n/i18n";
import { FeedbackHints, feedbackLanguageOf } from "./feedback-hints";
import { describePhaseProgress, GateList, PhaseStepper } from "./phase-stepper";
import { joinList, VisibleTo } from "./visible-to";

beforeAll(() => {
  const path = join(import.meta.dirname, "../../i18n/locales/en/peer-visit.json");
  addMessages("en", "peer-visit", JSON.parse(readFileSync(path, "utf8")));
});

const visit = {
  visitId: "v1",
  initiativeId: "i1",
  phase: "feedback" as const,
  reportSharing: "confidential" as const,
};

describe("PhaseStepper", () => {
  it("ticks finished phases and marks the current one as the step", () => {
    expect(describePhaseProgress("feedback").map((p) => p.progress)).toEqual([
      "done",
      "done",
      "current",
      "upcoming",
    ]);
    const html = renderToString(h(PhaseStepper, { phase: "feedback" }));
    expect(html.match(/aria-current="step"/g)).toHaveLength(1);
    expect(html).toMatch(/aria-current="step"[^>]*>.*Feedback.*\(current phase\)/s);
    expect(html).not.toContain("The peer visit is closed.");
  });

  it("shows every phase done once the visit is closed", () => {
    expect(describePhaseProgress("closed").every((p) => p.progress === "done")).toBe(true);
    const html = renderToString(h(PhaseStepper, { phase: "closed" }));
    expect(html).not.toContain("aria-current");
    expect(html).toContain("The peer visit is closed.");
  });
});

describe("GateList", () => {
  it("lists the unmet gates with their messages and nothing when all are met", () => {
    const html = renderToString(
      h(GateList, {
        headingId: "gates",
        failures: [
          { code: "moderator_missing", params: {} },
          { code: "improvement_action_without_status", params: { count: 2 } },
        ],
      }),
    );
    expect(html).toContain("No one has been appointed to moderate the feedback session.");
    expect(html).toContain("2 improvement actions still have no status.");
    expect(renderToString(h(GateList, { headingId: "gates", failures: [] }))).toBe("");
  });
});

describe("FeedbackHints", () => {
  it("flags a judgmental word and gives the advice", () => {
    const html = renderToString(
      h(FeedbackHints, { id: "hints", text: "The intake process is terrible." }),
    );
    expect(html).toContain('data-hint="judgmental_language"');
    expect(html).toContain("This word gives a verdict: terrible");
    expect(html).toContain("Describe what you saw or heard instead");
  });

  it("says the draft reads well when no rule fires, and nothing for a blank draft", () => {
    const specific =
      "On 12 March the permit desk at the town hall closed at 14:00 while 23 people were still queuing.";
    expect(renderToString(h(FeedbackHints, { id: "h", text: specific }))).toContain(
      "No hints: the draft reads as descriptive and specific.",
    );
    const blank = renderToString(h(FeedbackHints, { id: "h", text: "   " }));
    expect(blank).not.toContain("No hints");
    expect(blank).not.toContain("data-hint");
  });

  it("checks Swedish text with the Swedish rules, everything else with the English ones", () => {
    expect(feedbackLanguageOf("sv")).toBe("sv");
    expect(feedbackLanguageOf("fr")).toBe("en");
  });
});

describe("VisibleTo", () => {
  it("names the confidential circle, with 'you' for the author", () => {
    const html = renderToString(h(VisibleTo, { kind: "feedback_item", visit }));
    expect(html).toContain(
      "Visible to: you, the host, the moderator and the initiative's facilitators",
    );
    const other = renderToString(h(VisibleTo, { kind: "note", visit, isOwn: false }));
    expect(other).toContain("the person who wrote it, the host");
  });

  it("adds the initiative's members to the report once the host shared it", () => {
    const shared = { ...visit, reportSharing: "initiative" as const };
    expect(renderToString(h(VisibleTo, { kind: "report", visit: shared }))).toContain(
      "all members of the initiative",
    );
    expect(renderToString(h(VisibleTo, { kind: "report", visit }))).not.toContain("all members");
  });

  it("joins names the way each language does", () => {
    expect(joinList(["a", "b", "c"], "sv")).toBe("a, b och c");
    expect(joinList(["a", "b", "c"], "en")).toBe("a, b and c");
  });
});
