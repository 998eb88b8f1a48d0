import type { Initiative, MemberRole, ScopingField } from "../../../shared/contracts/initiatives";

/** i18n keys of the initiative kinds; also the option order of the kind select. */
export const initiativeKindKeys = {
  partnership: "initiatives:kind.partnership",
  network: "initiatives:kind.network",
  learning_alliance: "initiatives:kind.learning_alliance",
  community_of_practice: "initiatives:kind.community_of_practice",
} as const satisfies Record<Initiative["kind"], string>;

/** i18n keys of the roles within an initiative; also the option order of role selects. */
export const memberRoleKeys = {
  facilitator: "initiatives:role.facilitator",
  peer: "initiatives:role.peer",
  authoriser: "initiatives:role.authoriser",
  moderator: "initiatives:role.moderator",
  observer: "initiatives:role.observer",
} as const satisfies Record<MemberRole, string>;

/**
 * The scoping questions in the order of the contract's `scopingFields` (a unit test checks it),
 * each with its question and a plain-words hint. Kept as types-only imports so the contract's
 * zod schemas stay out of the web bundle.
 */
export const scopingQuestionKeys = {
  goals: { label: "initiatives:scoping.goals.label", hint: "initiatives:scoping.goals.hint" },
  means: { label: "initiatives:scoping.means.label", hint: "initiatives:scoping.means.hint" },
  assumptions: {
    label: "initiatives:scoping.assumptions.label",
    hint: "initiatives:scoping.assumptions.hint",
  },
  knowledgeGaps: {
    label: "initiatives:scoping.knowledgeGaps.label",
    hint: "initiatives:scoping.knowledgeGaps.hint",
  },
  whoLearnsWhat: {
    label: "initiatives:scoping.whoLearnsWhat.label",
    hint: "initiatives:scoping.whoLearnsWhat.hint",
  },
  successMeasures: {
    label: "initiatives:scoping.successMeasures.label",
    hint: "initiatives:scoping.successMeasures.hint",
  },
  politicalChallenges: {
    label: "initiatives:scoping.politicalChallenges.label",
    hint: "initiatives:scoping.politicalChallenges.hint",
  },
  logisticalChallenges: {
    label: "initiatives:scoping.logisticalChallenges.label",
    hint: "initiatives:scoping.logisticalChallenges.hint",
  },
  resources: {
    label: "initiatives:scoping.resources.label",
    hint: "initiatives:scoping.resources.hint",
  },
} as const satisfies Record<ScopingField, { label: string; hint: string }>;

/** The scoping fields in form order. */
export const scopingOrder = Object.keys(scopingQuestionKeys) as ScopingField[];

/** Typed keys of a label map, in its order (for select options). */
export function keysOf<K extends string>(map: Record<K, unknown>): K[] {
  return Object.keys(map) as K[];
}
