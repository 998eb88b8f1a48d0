import { feedbackItemKinds } from "../../../domain/peer-visit/clustering";
import type { FeedbackItem } from "../../../shared/contracts/peer-visit-records";

/** What the feedback draft form holds. */
export type FeedbackDraftValues = { kind: string; givenAs: string; text: string };

/** The form for a new item (empty) or for editing one. */
export function feedbackDraftValuesOf(item: FeedbackItem | null): FeedbackDraftValues {
  return item
    ? { kind: item.kind, givenAs: item.givenAs, text: item.text }
    : { kind: "", givenAs: "individual", text: "" };
}

/** Label key of each kind of feedback item. */
export const feedbackKindKeys: Record<(typeof feedbackItemKinds)[number], string> = {
  strength: "peer-visit:clustering.kind.strength",
  weakness: "peer-visit:clustering.kind.weakness",
  idea: "peer-visit:clustering.kind.idea",
};

/** Problems the form finds before sending: a kind must be chosen and the text written. */
export function checkFeedbackDraft(values: FeedbackDraftValues): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!feedbackItemKinds.some((kind) => kind === values.kind)) {
    problems.kind = "pv-records:feedback.kindRequired";
  }
  if (values.text.trim().length === 0) problems.text = "common:fieldError.required";
  return problems;
}

/** Items of one kind, in the kinds' order (strengths, weaknesses, ideas), oldest first. */
export function groupByKind<T extends Pick<FeedbackItem, "kind" | "createdAt">>(
  items: readonly T[],
) {
  return feedbackItemKinds
    .map((kind) => ({
      kind,
      items: items
        .filter((item) => item.kind === kind)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    }))
    .filter((group) => group.items.length > 0);
}
