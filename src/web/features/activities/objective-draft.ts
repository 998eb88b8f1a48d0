import { adviseObjective } from "../../../domain/objectives/advise-objective";
import { buildObjective } from "../../../domain/objectives/build-objective";
import type { Advice, ObjectiveLanguage } from "../../../domain/objectives/objective-types";
import type { LearningObjective } from "../../../shared/contracts/activity-learning";

/** What the objective form holds: builder parts or a free sentence, and the language. */
export type ObjectiveDraft = {
  mode: "builder" | "text";
  lang: ObjectiveLanguage;
  stem: string;
  audience: string;
  behaviour: string;
  content: string;
  text: string;
};

/** A draft for a new objective (the format's stem phrase filled in) or for editing one. */
export function draftOf(
  objective: LearningObjective | null,
  defaults: { lang: ObjectiveLanguage; stem: string },
): ObjectiveDraft {
  if (!objective) {
    return {
      mode: "builder",
      lang: defaults.lang,
      stem: defaults.stem,
      audience: "",
      behaviour: "",
      content: "",
      text: "",
    };
  }
  const b = objective.builder;
  return {
    mode: b ? "builder" : "text",
    lang: objective.lang,
    stem: b?.stem ?? "",
    audience: b?.audience ?? "",
    behaviour: b?.behaviour ?? "",
    content: b?.content ?? "",
    text: objective.text,
  };
}

/** The sentence the draft stands for, composed as the server will compose it. */
export function composeDraft(draft: ObjectiveDraft): string {
  if (draft.mode === "text") return draft.text.trim();
  return buildObjective({
    stem: draft.stem,
    audience: draft.audience,
    behaviour: draft.behaviour,
    content: draft.content,
    lang: draft.lang,
  });
}

/** True once the author has typed something worth advising on (not just the stem). */
export function hasSubstance(draft: ObjectiveDraft): boolean {
  return draft.mode === "text"
    ? draft.text.trim() !== ""
    : [draft.audience, draft.behaviour, draft.content].some((p) => p.trim() !== "");
}

/** The advisor's advice on the draft as typed; nothing before there is substance. */
export function adviseDraft(draft: ObjectiveDraft): Advice[] {
  return hasSubstance(draft) ? adviseObjective(composeDraft(draft), draft.lang).advice : [];
}

/** The request body: builder parts (the server composes) or the free sentence. */
export function draftBody(draft: ObjectiveDraft) {
  if (draft.mode === "text") return { text: draft.text.trim(), lang: draft.lang };
  return {
    builder: {
      stem: draft.stem.trim() || null,
      audience: draft.audience.trim(),
      behaviour: draft.behaviour.trim(),
      content: draft.content.trim(),
    },
    lang: draft.lang,
  };
}
