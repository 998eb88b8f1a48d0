import { useState } from "preact/hooks";
import { countDaysBetween } from "../../../domain/catalogue/logistics-checklist";
import type { Activity } from "../../../shared/contracts/activities";
import type { ChecklistItem, ChecklistStatus } from "../../../shared/contracts/activity-items";
import type { Member } from "../../../shared/contracts/initiatives";
import { api } from "../../api-client";
import { useT } from "../../i18n/use-t";
import { Button } from "../../ui/button";
import { formatDate } from "../../ui/format";
import { runChange } from "./activity-change";
import { checklistLabelKey, checklistStatusKeys, keysOf, ownerRoleKey } from "./activity-labels";
import { todayIso } from "./today";

type CardProps = {
  activity: Activity;
  item: ChecklistItem;
  members: Member[];
  reload: () => Promise<unknown>;
  onRemove: (item: ChecklistItem) => void;
};

/** The task's label: the catalogue's text in the reader's language, or the label typed. */
export function useTaskLabel() {
  const t = useT();
  return (item: Pick<ChecklistItem, "key" | "label">) => {
    const key = checklistLabelKey(item);
    return key ? t(key) : item.label;
  };
}

function OverdueNote({ item }: { item: ChecklistItem }) {
  const t = useT();
  if (!item.isOverdue || !item.dueOn) return null;
  const days = Math.max(1, countDaysBetween(item.dueOn, todayIso()));
  return (
    <span class="badge badge--danger">{t("activities:checklist.overdueBy", { count: days })}</span>
  );
}

function ReadOnlyFacts({ item }: { item: ChecklistItem }) {
  const t = useT();
  return (
    <p class="checklist-item__facts">
      {t("activities:checklist.owner")}: {item.ownerName ?? t("activities:checklist.unassigned")} ·{" "}
      {t("activities:checklist.due")}:{" "}
      {item.dueOn ? formatDate(item.dueOn) : t("activities:checklist.noDue")} ·{" "}
      {t("activities:checklist.statusLabel")}: {t(checklistStatusKeys[item.status])}
    </p>
  );
}

function OwnerSelect(props: {
  id: string;
  item: ChecklistItem;
  members: Member[];
  value: string;
  onValue: (v: string) => void;
}) {
  const t = useT();
  const { item, members } = props;
  const isOwnerMissing =
    item.ownerPersonId && !members.some((m) => m.personId === item.ownerPersonId);
  return (
    <div class="field">
      <label class="field__label" for={props.id}>
        {t("activities:checklist.owner")}
      </label>
      <select
        id={props.id}
        class="select"
        value={props.value}
        onChange={(e) => props.onValue(e.currentTarget.value)}
      >
        <option value="">{t("activities:checklist.unassigned")}</option>
        {isOwnerMissing && item.ownerPersonId ? (
          <option value={item.ownerPersonId}>{item.ownerName ?? item.ownerPersonId}</option>
        ) : null}
        {members.map((m) => (
          <option key={m.personId} value={m.personId}>
            {m.displayName}
          </option>
        ))}
      </select>
    </div>
  );
}

function StatusSelect(props: {
  id: string;
  value: ChecklistStatus;
  onValue: (v: ChecklistStatus) => void;
}) {
  const t = useT();
  return (
    <div class="field">
      <label class="field__label" for={props.id}>
        {t("activities:checklist.statusLabel")}
      </label>
      <select
        id={props.id}
        class="select"
        value={props.value}
        onChange={(e) => props.onValue(e.currentTarget.value as ChecklistStatus)}
      >
        {keysOf(checklistStatusKeys).map((s) => (
          <option key={s} value={s}>
            {t(checklistStatusKeys[s])}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A planner's controls for one task: owner, due date and status, saved with the version seen. */
function ChecklistItemForm({
  activity,
  item,
  members,
  reload,
  onRemove,
  label,
}: CardProps & { label: string }) {
  const t = useT();
  const [owner, setOwner] = useState(item.ownerPersonId ?? "");
  const [dueOn, setDueOn] = useState(item.dueOn ?? "");
  const [status, setStatus] = useState<ChecklistStatus>(item.status);
  const path = `/api/initiatives/${activity.initiativeId}/activities/${activity.id}/checklist-items/${item.id}`;
  const save = (changes: Record<string, unknown>, doneKey: string) =>
    runChange(() => api.patch(path, { ...changes, version: item.version }), {
      reload,
      doneText: t(doneKey, { task: label }),
    });
  const id = `task-${item.id}`;
  const isChanged =
    owner !== (item.ownerPersonId ?? "") || dueOn !== (item.dueOn ?? "") || status !== item.status;
  function submit(event: Event) {
    event.preventDefault();
    void save(
      { ownerPersonId: owner || null, dueOn: dueOn || null, status },
      "activities:checklist.saved",
    );
  }
  return (
    <form class="checklist-item__form" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <OwnerSelect
        id={`${id}-owner`}
        item={item}
        members={members}
        value={owner}
        onValue={setOwner}
      />
      <div class="field">
        <label class="field__label" for={`${id}-due`}>
          {t("activities:checklist.due")}
        </label>
        <input
          id={`${id}-due`}
          type="date"
          class="input"
          value={dueOn}
          onInput={(e) => setDueOn(e.currentTarget.value)}
        />
      </div>
      <StatusSelect id={`${id}-status`} value={status} onValue={setStatus} />
      <div class="button-row checklist-item__actions">
        <Button type="submit" variant="secondary" disabled={!isChanged}>
          {t("activities:checklist.save")}
          <span class="visually-hidden"> {label}</span>
        </Button>
        {item.status !== "done" ? (
          <Button onClick={() => void save({ status: "done" }, "activities:checklist.markedDone")}>
            {t("activities:checklist.markDone")}
            <span class="visually-hidden"> {label}</span>
          </Button>
        ) : null}
        <Button variant="quiet" onClick={() => onRemove(item)}>
          {t("activities:checklist.remove")}
          <span class="visually-hidden"> {label}</span>
        </Button>
      </div>
    </form>
  );
}

/**
 * One logistics task: its owner, due date and status, edited in place by planners and saved
 * with the version they saw; overdue tasks stand out and say by how much.
 */
export function ChecklistItemCard(props: CardProps) {
  const t = useT();
  const { activity, item } = props;
  const label = useTaskLabel()(item);
  const classes = [
    "checklist-item",
    `checklist-item--${item.status}`,
    item.isOverdue ? "checklist-item--overdue" : "",
  ];
  return (
    <li class={classes.filter(Boolean).join(" ")}>
      <h4 class="checklist-item__title" id={`task-${item.id}-title`}>
        {label} <OverdueNote item={item} />
        {item.status === "done" ? (
          <span class="badge badge--done">{t(checklistStatusKeys.done)}</span>
        ) : null}
      </h4>
      {item.defaultOwnerRole ? (
        <p class="muted">
          {t("activities:checklist.usualOwner", { role: t(ownerRoleKey(item.defaultOwnerRole)) })}
        </p>
      ) : null}
      {activity.permissions.canPlan ? (
        <ChecklistItemForm {...props} label={label} />
      ) : (
        <ReadOnlyFacts item={item} />
      )}
    </li>
  );
}
