import { useState } from "preact/hooks";
import type { FeedbackItem } from "../../../shared/contracts/peer-visit-records";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { api, errorKeyOf } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { EmptyState } from "../../ui/empty-state";
import { showToast } from "../../ui/toast";
import { FeedbackDraftForm } from "./feedback-draft-form";
import { FeedbackItemCard } from "./feedback-item-card";
import { isConflict, visitRecordsPath } from "./notes-api";
import { excerpt } from "./notes-card";

type FeedbackItemSectionProps = {
  visit: PeerVisit;
  /** The reader's own items. */
  items: FeedbackItem[];
  reload: () => Promise<unknown>;
};

/**
 * A visiting peer's own feedback items: a form to draft a new one with live hints, and the
 * items written so far, each editable and deletable (asked first) while in the feedback phase.
 */
export function FeedbackItemSection({ visit, items, reload }: FeedbackItemSectionProps) {
  const t = useT();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<FeedbackItem | null>(null);
  const canWrite = visit.permissions.canWriteFeedback;
  const remove = async () => {
    if (!deleting) return;
    const path = visitRecordsPath(
      visit,
      `feedback-items/${deleting.id}?version=${deleting.version}`,
    );
    try {
      await api.delete(path);
      showToast(t("pv-records:feedback.deleted"));
    } catch (error) {
      showToast(t(isConflict(error) ? "pv-records:conflictReloaded" : errorKeyOf(error)));
    }
    setDeleting(null);
    await reload();
  };
  return (
    <section class="section pv-feedback__mine" aria-labelledby="pv-feedback-mine-title">
      <h3 id="pv-feedback-mine-title">{t("pv-records:feedback.mineTitle")}</h3>
      {canWrite ? (
        <>
          <p class="lead">{t("pv-records:feedback.mineIntro")}</p>
          <FeedbackDraftForm
            visit={visit}
            item={null}
            onDone={async () => {
              await reload();
            }}
          />
        </>
      ) : null}
      {items.length === 0 ? (
        <EmptyState
          level={3}
          title={t("pv-records:feedback.mineEmptyTitle")}
          text={
            canWrite
              ? t("pv-records:feedback.mineEmptyText")
              : t("pv-records:feedback.mineEmptyClosed")
          }
        />
      ) : (
        <ul class="item-list" aria-label={t("pv-records:feedback.mineListLabel")}>
          {items.map((item) =>
            editingId === item.id ? (
              <li key={item.id}>
                <FeedbackDraftForm
                  visit={visit}
                  item={item}
                  onDone={async (saved) => {
                    if (saved) setEditingId(null);
                    await reload();
                  }}
                  onCancel={() => setEditingId(null)}
                />
              </li>
            ) : (
              <FeedbackItemCard
                key={`${item.id}:${item.version}`}
                visit={visit}
                item={item}
                showHints={canWrite}
                onEdit={canWrite ? (i) => setEditingId(i.id) : undefined}
                onDelete={canWrite ? setDeleting : undefined}
              />
            ),
          )}
        </ul>
      )}
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t("pv-records:feedback.deleteTitle")}
        body={t("pv-records:feedback.deleteBody", { text: deleting ? excerpt(deleting.text) : "" })}
        confirmLabel={t("pv-records:feedback.deleteConfirm")}
        onConfirm={() => void remove()}
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}
