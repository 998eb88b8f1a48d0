import { useState } from "preact/hooks";
import type { BudgetLine } from "../../../shared/contracts/activity-items";
import { api } from "../../api-client";
import { getLocale } from "../../i18n/i18n";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { ConfirmDialog } from "../../ui/confirm-dialog";
import { DataTable } from "../../ui/data-table";
import { EmptyState } from "../../ui/empty-state";
import { runChange } from "./activity-change";
import type { PartProps } from "./activity-page";
import { BudgetForm } from "./budget-form";
import { formatMinor } from "./money";

type TableProps = {
  activity: PartProps["activity"];
  onEdit: (line: BudgetLine) => void;
  onRemove: (line: BudgetLine) => void;
};

/** The budget lines and their totals per currency, in the reader's language. */
function BudgetTable({ activity, onEdit, onRemove }: TableProps) {
  const t = useT();
  const locale = getLocale();
  const canManage = activity.permissions.canManage;
  const columns = [t("activities:budget.label"), t("activities:budget.amount")];
  return (
    <>
      <DataTable
        caption={t("activities:budget.caption", { count: activity.budgetLines.length })}
        columns={canManage ? [...columns, t("activities:people.actions")] : columns}
      >
        {activity.budgetLines.map((line) => (
          <tr key={line.id}>
            <td>{line.label}</td>
            <td class="number">{formatMinor(line.amountMinor, line.currency, locale)}</td>
            {canManage ? (
              <td>
                <div class="button-row">
                  <Button variant="secondary" onClick={() => onEdit(line)}>
                    {t("activities:budget.edit")}
                    <span class="visually-hidden"> {line.label}</span>
                  </Button>
                  <Button variant="quiet" onClick={() => onRemove(line)}>
                    {t("activities:budget.remove")}
                    <span class="visually-hidden"> {line.label}</span>
                  </Button>
                </div>
              </td>
            ) : null}
          </tr>
        ))}
      </DataTable>
      <h4 id="budget-totals-title">{t("activities:budget.totals")}</h4>
      <dl
        class="facts facts--compact budget-totals"
        aria-labelledby="budget-totals-title"
        data-testid="budget-totals"
      >
        {activity.budgetTotals.map((total) => (
          <div key={total.currency} class="facts__row">
            <dt>{total.currency}</dt>
            <dd>{formatMinor(total.amountMinor, total.currency, locale)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/**
 * The budget: its lines, and totals per currency (amounts are never converted between
 * currencies). Facilitators add, edit and remove lines; participants read them.
 */
export function BudgetPart({ activity, reload }: PartProps) {
  const t = useT();
  const canManage = activity.permissions.canManage;
  const [editing, setEditing] = useState<BudgetLine | null>(null);
  const [removing, setRemoving] = useState<BudgetLine | null>(null);
  async function remove() {
    if (!removing) return;
    const path = `/api/initiatives/${activity.initiativeId}/activities/${activity.id}/budget-lines/${removing.id}`;
    await runChange(() => api.delete(path), {
      reload,
      doneText: t("activities:budget.removed", { label: removing.label }),
    });
    setRemoving(null);
  }
  return (
    <section class="section" aria-labelledby="budget-title">
      <h3 id="budget-title">{t("activities:budget.title")}</h3>
      {activity.budgetLines.length === 0 ? (
        <EmptyState
          level={3}
          title={t("activities:budget.emptyTitle")}
          text={t("activities:budget.emptyText")}
        />
      ) : (
        <BudgetTable activity={activity} onEdit={setEditing} onRemove={setRemoving} />
      )}
      {canManage ? (
        <BudgetForm
          key={editing?.id ?? "new"}
          activity={activity}
          line={editing}
          reload={reload}
          onDone={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t("activities:budget.removeTitle")}
        body={t("activities:budget.removeBody", { label: removing?.label ?? "" })}
        confirmLabel={t("activities:budget.removeConfirm")}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}
