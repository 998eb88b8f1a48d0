import type {
  AssessmentQuestion,
  PartnerSide,
  PeerAssessmentRejectionCode,
} from "../../../domain/peer-visit/peer-assessment";

/** The four questions as the guide asks them (`peer-visit` namespace, read only here). */
export const questionKeys = {
  challenge_as_understood: "peer-visit:assessment.question.challenge_as_understood",
  what_was_learnt: "peer-visit:assessment.question.what_was_learnt",
  what_surprised: "peer-visit:assessment.question.what_surprised",
  suggestions: "peer-visit:assessment.question.suggestions",
} as const satisfies Record<AssessmentQuestion, string>;

/** A side as a group inside a sentence ("the hosts", "the visiting peers"). */
export const sideGroupKeys = {
  partner_a: "peer-assessment:side.group.partner_a",
  partner_b: "peer-assessment:side.group.partner_b",
} as const satisfies Record<PartnerSide, string>;

/** The heading of a side's plan ("The hosts' project plan"). */
export const planHeadingKeys = {
  partner_a: "peer-assessment:plan.heading.partner_a",
  partner_b: "peer-assessment:plan.heading.partner_b",
} as const satisfies Record<PartnerSide, string>;

/** The heading of a direction, keyed by its assessor ("The visiting peers assess the hosts' plan"). */
export const directionHeadingKeys = {
  partner_a: "peer-assessment:direction.heading.partner_a",
  partner_b: "peer-assessment:direction.heading.partner_b",
} as const satisfies Record<PartnerSide, string>;

/** What the caller's side means for them ("You take part as one of the hosts."). */
export const mySideKeys = {
  partner_a: "peer-assessment:you.partner_a",
  partner_b: "peer-assessment:you.partner_b",
} as const satisfies Record<PartnerSide, string>;

/** The button that adds the optional direction, keyed by who would then assess. */
export const addReverseKeys = {
  partner_a: "peer-assessment:reverse.add.partner_a",
  partner_b: "peer-assessment:reverse.add.partner_b",
} as const satisfies Record<PartnerSide, string>;

/** The domain's refusals as sentences (`peer-visit` namespace, read only here). */
export const rejectionKeys = {
  direction_not_enabled: "peer-visit:assessment.rejection.direction_not_enabled",
  direction_already_enabled: "peer-visit:assessment.rejection.direction_already_enabled",
  direction_required: "peer-visit:assessment.rejection.direction_required",
  already_submitted: "peer-visit:assessment.rejection.already_submitted",
  plan_not_presented: "peer-visit:assessment.rejection.plan_not_presented",
  plan_already_assessed: "peer-visit:assessment.rejection.plan_already_assessed",
  answers_incomplete: "peer-visit:assessment.rejection.answers_incomplete",
  answer_too_long: "peer-visit:assessment.rejection.answer_too_long",
  date_invalid: "peer-visit:assessment.rejection.date_invalid",
  submitted_before_presentation: "peer-visit:assessment.rejection.submitted_before_presentation",
} as const satisfies Record<PeerAssessmentRejectionCode, string>;

/** Who reads a direction's answers, as i18n keys of the audience (see `audienceOf`). */
export const audienceKeys = {
  moderator: "peer-visit:confidentiality.audience.moderator",
  facilitators: "peer-visit:confidentiality.audience.facilitators",
} as const;
