import type { CriterionKey } from "../../../domain/matching/criteria";
import type {
  MatchingMode,
  MatchingRunSummary,
  matchResponseStatuses,
  separationRules,
  unmatchedReasons,
} from "../../../shared/contracts/matching";
import type { hierarchicalLevels } from "../../../shared/contracts/people";

/** i18n keys of the matching modes, in the order the form offers them. */
export const modeKeys = {
  pairs: "matching:mode.pairs",
  groups: "matching:mode.groups",
  "learner-champion": "matching:mode.learnerChampion",
} as const satisfies Record<MatchingMode, string>;

/** Each criterion's label and a plain-words hint, most important first (the guide's order). */
export const criterionLabelKeys = {
  sharedChallenges: {
    label: "matching:criterion.sharedChallenges",
    hint: "matching:criterion.sharedChallengesHint",
  },
  samePosition: {
    label: "matching:criterion.samePosition",
    hint: "matching:criterion.samePositionHint",
  },
  sameInitiative: {
    label: "matching:criterion.sameInitiative",
    hint: "matching:criterion.sameInitiativeHint",
  },
  sameField: { label: "matching:criterion.sameField", hint: "matching:criterion.sameFieldHint" },
  yearsOfService: {
    label: "matching:criterion.yearsOfService",
    hint: "matching:criterion.yearsOfServiceHint",
  },
  complementarity: {
    label: "matching:criterion.complementarity",
    hint: "matching:criterion.complementarityHint",
  },
} as const satisfies Record<CriterionKey, { label: string; hint: string }>;

/** The criteria in display order. */
export const criterionOrder = Object.keys(criterionLabelKeys) as CriterionKey[];

/** i18n keys of the separation rules. */
export const separationKeys = {
  different_organisation: "matching:separation.differentOrganisation",
  different_country: "matching:separation.differentCountry",
} as const satisfies Record<(typeof separationRules)[number], string>;

/** i18n keys of a run's status. */
export const runStatusKeys = {
  draft: "matching:runStatus.draft",
  published: "matching:runStatus.published",
  superseded: "matching:runStatus.superseded",
} as const satisfies Record<MatchingRunSummary["status"], string>;

/** i18n keys of a member's answer to a published match. */
export const responseStatusKeys = {
  proposed: "matching:response.proposed",
  accepted: "matching:response.accepted",
  declined: "matching:response.declined",
} as const satisfies Record<(typeof matchResponseStatuses)[number], string>;

/** i18n keys of why someone has no match, in plain words for the facilitator. */
export const unmatchedReasonKeys = {
  odd_count: "matching:reason.oddCount",
  no_compatible_peer: "matching:reason.noCompatiblePeer",
  outscored: "matching:reason.outscored",
  locked_elsewhere: "matching:reason.lockedElsewhere",
  below_min_score: "matching:reason.belowMinScore",
  outnumbered: "matching:reason.outnumbered",
  no_side: "matching:reason.noSide",
  group_remainder: "matching:reason.groupRemainder",
  no_group_fits: "matching:reason.noGroupFits",
  no_response: "matching:reason.noResponse",
  broken_by_facilitator: "matching:reason.brokenByFacilitator",
} as const satisfies Record<(typeof unmatchedReasons)[number], string>;

/** i18n keys of the problems a run worked around (unknown codes get the generic text). */
export const issueKeys: Record<string, string> = {
  lock_released: "matching:issue.lockReleased",
  required_pair_conflict: "matching:issue.requiredPairConflict",
  required_pair_invalid: "matching:issue.requiredPairInvalid",
  unknown_peer: "matching:issue.unknownPeer",
  self_pair: "matching:issue.selfPair",
  duplicate_peer_id: "matching:issue.duplicatePeer",
  peer_locked_twice: "matching:issue.peerLockedTwice",
  lock_too_small: "matching:issue.lockTooSmall",
  group_size_out_of_range: "matching:issue.groupSizeOutOfRange",
};

/** i18n keys of the rules a refused swap or run names (unknown codes get the generic text). */
export const ruleKeys: Record<string, string> = {
  same_organisation: "matching:rule.sameOrganisation",
  same_country: "matching:rule.sameCountry",
  no_shared_language: "matching:rule.noSharedLanguage",
  forbidden_pair: "matching:rule.forbiddenPair",
  same_side: "matching:rule.sameSide",
  required_pair_split: "matching:rule.requiredPairSplit",
  duplicate_peer: "matching:rule.duplicatePeer",
  same_match: "matching:rule.sameMatch",
  not_in_run: "matching:rule.notInRun",
  not_matched: "matching:rule.notMatched",
  in_several_matches: "matching:rule.inSeveralMatches",
  not_in_pool: "matching:rule.notInPool",
};

/** i18n keys of the hierarchical levels as the explanation words them. */
export const levelKeys = {
  political: "matching:level.political",
  managerial: "matching:level.managerial",
  technical: "matching:level.technical",
} as const satisfies Record<(typeof hierarchicalLevels)[number], string>;

/** A score as shown: two decimals in the interface language. */
export function formatScore(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}
