/**
 * The pre-foundational scoping questions (EIP Peer-to-Peer Learning Guide, section A, and the
 * process map's "before the stages"), in the order a facilitator meets them: is peer learning
 * the right tool, for whom, towards what, and how will we know.
 */
export const scopingQuestions = [
  "goals",
  "means",
  "assumptions",
  "knowledgeGaps",
  "whoLearnsWhat",
  "successMeasures",
  "politicalChallenges",
  "logisticalChallenges",
  "resources",
] as const;

/** One scoping question's key. */
export type ScopingQuestion = (typeof scopingQuestions)[number];

/** How far the scoping has come. */
export type ScopingCompleteness = {
  answered: number;
  total: number;
  /** Whole percent, rounded down so 100 means every question is answered. */
  percent: number;
  /** Questions still open, in form order. */
  missing: ScopingQuestion[];
};

/** Counts the answered scoping questions; whitespace-only answers do not count. */
export function assessScoping(
  answers: Partial<Record<ScopingQuestion, string | undefined>>,
): ScopingCompleteness {
  const missing = scopingQuestions.filter((q) => !(answers[q] ?? "").trim());
  const total = scopingQuestions.length;
  const answered = total - missing.length;
  return { answered, total, percent: Math.floor((answered * 100) / total), missing };
}
