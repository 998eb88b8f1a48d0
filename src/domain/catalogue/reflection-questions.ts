import type { SourceGuide } from "./formats";

/** The questions peers and facilitators answer before a peer learning visit, in asking order. */
export const reflectionQuestionKeys = [
  "reform_focus",
  "knowledge_gaps",
  "why_these_peers",
  "keeping_peers_engaged",
  "expected_gains",
  "sharing_back_home",
  "judging_usefulness",
] as const;

/** One reflection question key. */
export type ReflectionQuestionKey = (typeof reflectionQuestionKeys)[number];

/** A pre-visit reflection question: i18n keys for the question and a hint, and its guide. */
export interface ReflectionQuestion {
  key: ReflectionQuestionKey;
  /** i18n key (namespace "catalogue") of the question. */
  questionKey: string;
  /** i18n key of a short hint on what a useful answer contains. */
  hintKey: string;
  source: SourceGuide;
}

/**
 * The pre-visit reflection questions (ICLD toolbox, "Reflection questions"): which reform,
 * which knowledge gaps, why these peers, how they stay engaged, which gains are expected,
 * how learning is shared back home, and how its usefulness will be judged.
 */
export const reflectionQuestions: readonly ReflectionQuestion[] = reflectionQuestionKeys.map(
  (key) => ({
    key,
    questionKey: `catalogue:reflection.${key}.question`,
    hintKey: `catalogue:reflection.${key}.hint`,
    source: "icld_toolbox",
  }),
);
