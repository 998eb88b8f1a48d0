import { useState } from "preact/hooks";
import type { AgendaItem } from "../../../shared/contracts/activity-items";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { DataTable } from "../../ui/data-table";
import { EmptyState } from "../../ui/empty-state";
import { formatDate } from "../../ui/format";
import { runChange } from "./activity-change";
import type { PartProps } from "./activity-page";
import { AgendaForm } from "./agenda-form";

function timeSpan(item: AgendaItem): string {
  if (!item.startTime) return "";
  return item.endTime ? `${item.startTime}–${item.endTime}` : item.startTime;
}

/** The programme, by day and time; planners add, edit and remove items (removal asked first). */
export function AgendaList({ activity, reload }: PartProps) {
  const t = useT();
  const canPlan = activity.permissions.canPlan;
  const [editing, setEditing] = useState<AgendaItem | null>(null);
  const [removing, setRemoving] = useState<AgendaItem | null>(null);
  async function remove() {
    if (!removing) return;
    const path = `/api/initiatives/${activity.initiativeId}/activities/${activity.id}/agenda-items/${removing.id}`;
    await runChange(() => api.delete(path), {
      reload,
      doneText: t("activities:agenda.removed", { title: removing.title }),
    });
    setRemoving(null);
  }
  const columns = [
    t("activities:agenda.day"),
    t("activities:agenda.time"),
    t("activities:agenda.itemTitle"),
    t("activities:agenda.notes"),
  ];
  return (
    <section class="section" aria-labelledby="agenda-title">
      <h3 id="agenda-title">{t("activities:agenda.title")}</h3>
      {activity.agenda.length === 0 ? (
        <EmptyState
          level={3}
          title={t("activities:agenda.emptyTitle")}
          text={t("activities:agenda.emptyText")}
        />
      ) : (
        <DataTable
          caption={t("activities:agenda.caption", { count: activity.agenda.length })}
          isCaptionHidden
          columns={canPlan ? [...columns, t("activities:people.actions")] : columns}
        >
          {activity.agenda.map((item) => (
            <tr key={item.id}>
              <td>{item.dayOn ? formatDate(item.dayOn) : t("activities:agenda.dayOpen")}</td>
              <td>{timeSpan(item)}</td>
              <td>{item.title}</td>
              <td class="prewrap">{item.notes}</td>
              {canPlan ? (
                <td>
                  <div class="button-row">
                    <Button variant="secondary" onClick={() => setEditing(item)}>
                      {t("activities:agenda.edit")}
                      <span class="visually-hidden"> {item.title}</span>
                    </Button>
                    <Button variant="quiet" onClick={() => setRemoving(item)}>
                      {t("activities:agenda.remove")}
                      <span class="visually-hidden"> {item.title}</span>
                    </Button>
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      )}
      {canPlan ? (
        <AgendaForm
          key={editing?.id ?? "new"}
          activity={activity}
          item={editing}
          reload={reload}
          onDone={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t("activities:agenda.removeTitle")}
        body={t("activities:agenda.removeBody", { title: removing?.title ?? "" })}
        confirmLabel={t("activities:agenda.removeConfirm")}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}
