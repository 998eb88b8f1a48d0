import { feedbackHintKey } from "../../../domain/peer-visit/message-keys";
import type { FeedbackItem } from "../../../shared/contracts/peer-visit-records";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { feedbackKindKeys } from "./feedback-item-values";
import { audienceVisit } from "./notes-api";
import { excerpt } from "./notes-card";
import { pvKey } from "./peer-visit-keys";
import { VisibleTo } from "./visible-to";

type FeedbackItemCardProps = {
  visit: PeerVisit;
  item: FeedbackItem;
  /** Show the hints the item's text still gets (for its author). */
  showHints?: boolean;
  onEdit?: (item: FeedbackItem) => void;
  onDelete?: (item: FeedbackItem) => void;
};

/** The id of an item's "Edit" button, where focus returns when its editor closes. */
export function feedbackEditButtonId(item: Pick<FeedbackItem, "id">): string {
  return `fb-${item.id}-edit`;
}

/** One feedback item: kind, individual or group, text, author, who can see it, and actions. */
export function FeedbackItemCard({
  visit,
  item,
  showHints,
  onEdit,
  onDelete,
}: FeedbackItemCardProps) {
  const t = useT();
  const which = excerpt(item.text);
  return (
    <li class="card pv-feedback__item" data-testid="feedback-item" data-kind={item.kind}>
      <p class="pv-notes__meta">
        <span class="tag">{t(feedbackKindKeys[item.kind])}</span>{" "}
        <span class="tag">
          {item.givenAs === "group"
            ? t("pv-records:feedback.givenAsTag.group")
            : t("pv-records:feedback.givenAsTag.individual")}
        </span>{" "}
        {item.isMine
          ? t("pv-records:notes.byYou")
          : t("pv-records:notes.byName", { name: item.authorName })}
      </p>
      <p class="pv-records__text">{item.text}</p>
      {showHints && item.hints.length > 0 ? (
        <ul class="feedback-hints__list">
          {item.hints.map((hint) => (
            <li key={hint.code} data-hint={hint.code}>
              {t(pvKey(feedbackHintKey(hint.code)), hint.params)}
            </li>
          ))}
        </ul>
      ) : null}
      <VisibleTo kind="feedback_item" visit={audienceVisit(visit)} isOwn={item.isMine} />
      {onEdit || onDelete ? (
        <div class="button-row">
          {onEdit ? (
            <Button
              id={feedbackEditButtonId(item)}
              variant="secondary"
              onClick={() => onEdit(item)}
            >
              {t("pv-records:notes.edit")}
              <span class="visually-hidden">
                {" "}
                {t("pv-records:notes.editWhich", { text: which })}
              </span>
            </Button>
          ) : null}
          {onDelete ? (
            <Button variant="quiet" onClick={() => onDelete(item)}>
              {t("pv-records:notes.delete")}
              <span class="visually-hidden">
                {" "}
                {t("pv-records:notes.editWhich", { text: which })}
              </span>
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
