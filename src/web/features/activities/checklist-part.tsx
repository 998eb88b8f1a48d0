import { useState } from "preact/hooks";
import type { ChecklistItem } from "../../../shared/contracts/activity-items";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { EmptyState } from "../../ui/empty-state";
import { LoadError } from "../../ui/load-status";
import { runChange } from "./activity-change";
import type { PartProps } from "./activity-page";
import { ChecklistAddForm } from "./checklist-add-form";
import { ChecklistItemCard, useTaskLabel } from "./checklist-item-card";
import { useMembers } from "./use-members";

/** How far the checklist has come: tasks done (or not needed), out of all, and how many are late. */
export function checklistProgress(items: readonly Pick<ChecklistItem, "status" | "isOverdue">[]) {
  return {
    settled: items.filter((i) => i.status !== "todo").length,
    total: items.length,
    overdue: items.filter((i) => i.isOverdue).length,
  };
}

/**
 * The logistics checklist generated from the format: each task with an owner, a due date and
 * a status; overdue ones stand out. Planners edit, add and remove tasks (removal asked first).
 */
export function ChecklistPart(props: PartProps) {
  const t = useT();
  const { activity, reload } = props;
  const labelOf = useTaskLabel();
  const members = useMembers(activity.initiativeId);
  const [removing, setRemoving] = useState<ChecklistItem | null>(null);
  const progress = checklistProgress(activity.checklist);
  async function remove() {
    if (!removing) return;
    const path = `/api/initiatives/${activity.initiativeId}/activities/${activity.id}/checklist-items/${removing.id}`;
    await runChange(() => api.delete(path), {
      reload,
      doneText: t("activities:checklist.removed", { task: labelOf(removing) }),
    });
    setRemoving(null);
  }
  const canPlan = activity.permissions.canPlan;
  return (
    <section class="section" aria-labelledby="checklist-title">
      <h3 id="checklist-title">{t("activities:checklist.title")}</h3>
      <p class="lead">{t("activities:checklist.intro")}</p>
      <p
        data-testid="checklist-progress"
        class={progress.overdue > 0 ? "notice notice--warning" : "notice"}
      >
        {t("activities:checklist.progress", { settled: progress.settled, total: progress.total })}{" "}
        {progress.overdue > 0
          ? t("activities:checklist.overdueCount", { count: progress.overdue })
          : null}
      </p>
      {canPlan && members.error ? (
        <LoadError error={members.error} onRetry={() => void members.reload()} />
      ) : null}
      {activity.checklist.length === 0 ? (
        <EmptyState
          level={3}
          title={t("activities:checklist.emptyTitle")}
          text={t("activities:checklist.emptyText")}
        />
      ) : (
        <ul class="checklist">
          {activity.checklist.map((item) => (
            <ChecklistItemCard
              key={`${item.id}:${item.version}`}
              activity={activity}
              item={item}
              members={members.data?.items ?? []}
              reload={reload}
              onRemove={setRemoving}
            />
          ))}
        </ul>
      )}
      {canPlan ? <ChecklistAddForm {...props} members={members.data?.items ?? []} /> : null}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t("activities:checklist.removeTitle")}
        body={t("activities:checklist.removeBody", { task: removing ? labelOf(removing) : "" })}
        confirmLabel={t("activities:checklist.removeConfirm")}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}
