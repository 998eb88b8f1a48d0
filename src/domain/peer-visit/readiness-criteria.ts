/**
 * The criteria of the host's organisational readiness self-assessment (our own list, after the
 * ICLD toolbox's advice to use a readiness assessment to pick the area to improve), in the order
 * the self-assessment asks them. Web label keys: `peer-visit:readiness.criterion.<key>`.
 */
export const readinessCriteria = [
  "leadership_commitment",
  "staff_capacity",
  "resources",
  "evidence_and_data",
  "stakeholder_involvement",
  "openness_to_change",
] as const;

/** One criterion of the readiness self-assessment. */
export type ReadinessCriterion = (typeof readinessCriteria)[number];
