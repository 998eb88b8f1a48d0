import { useEffect, useState } from "preact/hooks";
import type { FeedbackItem } from "../../../shared/contracts/peer-visit-records";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import { api, errorKeyOf } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { EmptyState } from "../../ui/empty-state";
import { showToast } from "../../ui/toast";
import { FeedbackDraftForm } from "./feedback-draft-form";
import { FeedbackItemCard, feedbackEditButtonId } from "./feedback-item-card";
import { isConflict, visitRecordsPath } from "./notes-api";
import { excerpt } from "./notes-card";

type FeedbackItemSectionProps = {
  visit: PeerVisit;
  /** The reader's own items. */
  items: FeedbackItem[];
  reload: () => Promise<unknown>;
};

/**
 * Moves focus after the list changed under it: into an editor that opened, back to the "Edit"
 * button of an editor that closed, or to the section heading after a delete. Runs after the
 * render (and after the confirm dialog's own closing), when the target exists.
 */
function useFocusTarget() {
  const [target, setTarget] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (target) document.getElementById(target.id)?.focus();
  }, [target]);
  return (id: string) => setTarget({ id });
}

/** Deleting one item, asked first; the dialog stays busy until the list has been reloaded. */
function useItemDelete(visit: PeerVisit, reload: () => Promise<unknown>, onDeleted: () => void) {
  const t = useT();
  const [deleting, setDeleting] = useState<FeedbackItem | null>(null);
  const [isBusy, setBusy] = useState(false);
  const remove = async () => {
    if (!deleting || isBusy) return;
    setBusy(true);
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
    await reload();
    setBusy(false);
    setDeleting(null);
    onDeleted();
  };
  const cancel = () => {
    if (!isBusy) setDeleting(null);
  };
  return { deleting, setDeleting, isBusy, remove, cancel };
}

/**
 * A visiting peer's own feedback items: a form to draft a new one with live hints, and the
 * items written so far, each editable and deletable (asked first) while in the feedback phase.
 * Focus follows the editor as it opens and closes, and goes to the heading after a delete.
 */
export function FeedbackItemSection({ visit, items, reload }: FeedbackItemSectionProps) {
  const t = useT();
  const [editingId, setEditingId] = useState<string | null>(null);
  const focusOn = useFocusTarget();
  const headingId = "pv-feedback-mine-title";
  const { deleting, setDeleting, isBusy, remove, cancel } = useItemDelete(visit, reload, () =>
    focusOn(headingId),
  );
  const canWrite = visit.permissions.canWriteFeedback;
  const openEditor = (item: FeedbackItem) => {
    setEditingId(item.id);
    focusOn(`fb-edit-${item.id}-text`);
  };
  const closeEditor = (item: FeedbackItem) => {
    setEditingId(null);
    focusOn(feedbackEditButtonId(item));
  };
  return (
    <section class="section pv-feedback__mine" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {t("pv-records:feedback.mineTitle")}
      </h3>
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
                    await reload();
                    if (saved) closeEditor(item);
                  }}
                  onCancel={() => closeEditor(item)}
                />
              </li>
            ) : (
              <FeedbackItemCard
                key={`${item.id}:${item.version}`}
                visit={visit}
                item={item}
                showHints={canWrite}
                onEdit={canWrite ? openEditor : undefined}
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
        isBusy={isBusy}
        onConfirm={() => void remove()}
        onCancel={cancel}
      />
    </section>
  );
}
