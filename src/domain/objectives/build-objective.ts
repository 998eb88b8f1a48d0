import type { ObjectiveLanguage } from "./objective-types";

/** The pieces a facilitator fills in to compose a learning objective (stem phrase + ABC). */
export interface ObjectiveDraft {
  /** "After the study visit" / "Efter studiebesöket"; optional. */
  stem?: string | null;
  /** Who learns: "the project team", "deltagarna". */
  audience: string;
  /** An observable verb: "identify", "ta fram" (a Swedish "kunna" is added by the builder). */
  behaviour: string;
  /** What: "the key components of gender mainstreaming". */
  content: string;
  lang: ObjectiveLanguage;
}

// English audiences that take "is able to"; collective nouns ("the team") keep the plural "are"
// as the ICLD examples do.
const singularHeads = new Set(
  `host mayor coordinator officer manager director head councillor councilor participant peer
  person secretariat chair he she I`.split(/\s+/),
);

function tidy(value: string | null | undefined): string {
  return (value ?? "").replace(/\s+/g, " ").trim();
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

function stripEnglishModal(behaviour: string): string {
  return behaviour.replace(/^(?:(?:are|is|will|should|can)\s+)?(?:be\s+able\s+)?to\s+/i, "");
}

function composeEnglish(stem: string, audience: string, verb: string, content: string): string {
  const head = audience.split(" ").at(-1) ?? "";
  const modal = singularHeads.has(head) ? "is able to" : "are able to";
  const predicate = [modal, stripEnglishModal(verb), content].filter(Boolean).join(" ");
  if (stem === "") return [capitalise(audience), predicate].filter(Boolean).join(" ");
  return `${capitalise(stem)}, ${[audience, predicate].filter(Boolean).join(" ")}`;
}

function composeSwedish(stem: string, audience: string, verb: string, content: string): string {
  const action = ["kunna", verb.replace(/^(?:ska\s+)?(?:att\s+)?kunna\s+/i, ""), content]
    .filter(Boolean)
    .join(" ");
  // Swedish puts the verb second: "Efter besöket ska deltagarna kunna ...".
  if (stem === "") return [capitalise(audience), "ska", action].filter(Boolean).join(" ");
  return [capitalise(stem), "ska", audience, action].filter(Boolean).join(" ");
}

/**
 * Composes the learning-objective sentence from its parts, in English ("After the study visit,
 * the project team are able to identify ...") or Swedish ("Efter studiebesöket ska
 * projektgruppen kunna identifiera ..."). Empty parts are left out; the advisor then says so.
 */
export function buildObjective(draft: ObjectiveDraft): string {
  const stem = tidy(draft.stem).replace(/[,:;]+$/, "");
  if ([draft.audience, draft.behaviour, draft.content].every((part) => tidy(part) === "")) {
    return stem === "" ? "" : `${capitalise(stem)}.`;
  }
  const audience = tidy(draft.audience);
  const verb = tidy(draft.behaviour);
  const content = tidy(draft.content).replace(/[.!;,]+$/, "");
  const sentence =
    draft.lang === "sv"
      ? composeSwedish(stem, audience, verb, content)
      : composeEnglish(stem, audience, verb, content);
  return sentence === "" ? "" : `${sentence}.`;
}
