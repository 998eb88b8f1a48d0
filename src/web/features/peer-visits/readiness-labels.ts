import type { ReadinessCriterion } from "../../../shared/contracts/peer-visits";

/** The label key of each readiness criterion. */
export const criterionKeys: Record<ReadinessCriterion, string> = {
  leadership_commitment: "peer-visit:readiness.criterion.leadership_commitment",
  staff_capacity: "peer-visit:readiness.criterion.staff_capacity",
  resources: "peer-visit:readiness.criterion.resources",
  evidence_and_data: "peer-visit:readiness.criterion.evidence_and_data",
  stakeholder_involvement: "peer-visit:readiness.criterion.stakeholder_involvement",
  openness_to_change: "peer-visit:readiness.criterion.openness_to_change",
};

/** The question under each criterion, helping the host rate it honestly. */
export const criterionHintKeys: Record<ReadinessCriterion, string> = {
  leadership_commitment: "peer-visit:readiness.hint.leadership_commitment",
  staff_capacity: "peer-visit:readiness.hint.staff_capacity",
  resources: "peer-visit:readiness.hint.resources",
  evidence_and_data: "peer-visit:readiness.hint.evidence_and_data",
  stakeholder_involvement: "peer-visit:readiness.hint.stakeholder_involvement",
  openness_to_change: "peer-visit:readiness.hint.openness_to_change",
};

/** The ratings 1 to 4 and their label keys, in order. */
export const ratingOptions = [
  { value: "1", key: "peer-visit:readiness.rating.1" },
  { value: "2", key: "peer-visit:readiness.rating.2" },
  { value: "3", key: "peer-visit:readiness.rating.3" },
  { value: "4", key: "peer-visit:readiness.rating.4" },
] as const;

/** The label key of a stored rating; `null` is "not rated yet". */
export function ratingKeyOf(rating: number | null): string {
  return ratingOptions[(rating ?? 0) - 1]?.key ?? "peer-visit:readiness.notRated";
}
