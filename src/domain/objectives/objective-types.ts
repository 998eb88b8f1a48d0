/** Languages the learning-objective advisor reads and writes. */
export const objectiveLanguages = ["en", "sv"] as const;

/** A language the advisor understands ("en" English, "sv" Swedish). */
export type ObjectiveLanguage = (typeof objectiveLanguages)[number];

/**
 * How a behaviour verb was classified: observable (someone could watch or check it),
 * unobservable (a state of mind such as "understand"), or unknown (not in our word lists,
 * accepted without comment so the advisor never blocks an unusual but valid verb).
 */
export type VerbKind = "observable" | "unobservable" | "unknown";

/** A behaviour verb found in an objective, in the objective's own language. */
export interface VerbMatch {
  /** The verb phrase as listed in the lexicon, lower case ("identify", "ta fram", "be aware of"). */
  lemma: string;
  kind: VerbKind;
}

/**
 * The parts of a learning objective (stem phrase + Audience, Behaviour, Content), each the
 * text as the author wrote it, or null when the part was not found.
 */
export interface ObjectiveParts {
  lang: ObjectiveLanguage;
  /** "After the study visit" / "Efter studiebesöket", without the trailing comma. */
  stem: string | null;
  /** Who learns: "the project team", "deltagarna". */
  audience: string | null;
  /** The verb phrase as written, with a Swedish "kunna": "identify", "kunna jämföra". */
  behaviour: string | null;
  /** The classified main verb, null when no behaviour was found. */
  verb: VerbMatch | null;
  /** Verbs joined to the main one with "and"/"och"/"samt" (a compound objective). */
  extraVerbs: VerbMatch[];
  /** What the audience will be able to act on, without the final full stop. */
  content: string | null;
}

/** Reason codes the advisor gives; the web app translates them (namespace "objectives"). */
export const adviceCodes = [
  "empty_objective",
  "missing_stem",
  "missing_audience",
  "missing_behaviour",
  "unobservable_verb",
  "compound_objective",
  "missing_content",
  "too_vague_content",
  "too_many_objectives",
] as const;

/** One advice reason code. */
export type AdviceCode = (typeof adviceCodes)[number];

/** Advice never blocks: "info" is a tip, "warning" a likely weakness worth fixing. */
export type AdviceSeverity = "info" | "warning";

/** Parameter values an advice carries for its translated message. */
export type AdviceParams = Record<string, string | number | string[]>;

/** One piece of advice about an objective (or a set of objectives). */
export interface Advice {
  code: AdviceCode;
  severity: AdviceSeverity;
  params: AdviceParams;
}

/** The i18n key of an advice code's message, e.g. "objectives:advice.missing_stem". */
export function adviceMessageKey(code: AdviceCode): string {
  return `objectives:advice.${code}`;
}

/** The i18n key of a severity's label, e.g. "objectives:severity.info". */
export function adviceSeverityKey(severity: AdviceSeverity): string {
  return `objectives:severity.${severity}`;
}

/** The parts of an objective the builder asks for, in sentence order. */
export const objectivePartNames = ["stem", "audience", "behaviour", "content"] as const;

/** The i18n key of a part's field label, e.g. "objectives:parts.audience". */
export function objectivePartLabelKey(part: (typeof objectivePartNames)[number]): string {
  return `objectives:parts.${part}`;
}
