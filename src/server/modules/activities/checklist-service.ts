import type { ActivityFormat } from "../../../domain/catalogue/formats";
import {
  type ChecklistItemKey,
  checklistItemKeys,
  countDaysBetween,
  generateChecklist,
} from "../../../domain/catalogue/logistics-checklist";
import type {
  ChecklistItem,
  CreateChecklistItem,
  OverdueItem,
  UpdateChecklistItem,
} from "../../../shared/contracts/activity-items";
import type { AuthorizedActivity, AuthorizedInitiative } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import type { Db } from "../../db/database";
import { newId, nowIso } from "../../db/ids";
import type { ChecklistItemTable } from "../../db/schema";
import { invalidField, notFound } from "../../errors";
import { toChecklistItem } from "./activity-view";
import { listChecklistRows, listOverdueRows } from "./checklist-repo";
import { insertChild, listChildren, updateChildIfVersion } from "./child-repo";
import { deleteItemOrFail, findItemOrFail, updateItemOrFail } from "./item-writes";
import { requireMembers } from "./reference-checks";
import { addDays, todayUtc } from "./schedule";

/** Who a new activity's generated tasks go to, by the catalogue's default owner role. */
export type ChecklistOwners = { facilitator: string | null; host: string | null };

/**
 * The generated logistics checklist of a new activity (the catalogue's `generateChecklist`):
 * the format's tasks that apply, due a lead time before the start. Facilitator tasks go to the
 * facilitator who plans it, host tasks to the host; participants' own tasks stay unassigned.
 */
export function buildChecklistRows(
  format: ActivityFormat,
  activity: { id: string; startsOn: string; isHighLevel: boolean; isInternational: boolean },
  owners: ChecklistOwners,
  today: string,
): ChecklistItemTable[] {
  const now = nowIso();
  const items = generateChecklist(format, {
    isHighLevelDelegation: activity.isHighLevel,
    isInternational: activity.isInternational,
    startsOn: activity.startsOn,
    today,
  });
  return items.map((item) => ({
    id: newId(),
    activity_id: activity.id,
    item_key: item.key,
    label: "",
    owner_person_id: item.defaultOwnerRole === "participant" ? null : owners[item.defaultOwnerRole],
    default_owner_role: item.defaultOwnerRole,
    due_on: item.dueOn,
    status: "todo",
    version: 1,
    created_at: now,
    updated_at: now,
  }));
}

/** Inserts checklist rows (inside the caller's transaction). */
export async function insertChecklistRows(db: Db, rows: readonly ChecklistItemTable[]) {
  for (const row of rows) await insertChild(db, "checklist_items", row);
}

/** Moves the open tasks' due dates by `days` when the activity moves (done ones stay). */
export async function shiftOpenItems(db: Db, activityId: string, days: number): Promise<void> {
  if (days === 0) return;
  for (const row of await listChildren(db, "checklist_items", activityId)) {
    if (row.status !== "todo" || row.due_on === null) continue;
    const changes = { due_on: addDays(row.due_on, days), updated_at: nowIso() };
    await updateChildIfVersion(db, "checklist_items", activityId, row.id, row.version, changes);
  }
}

/** An activity's checklist by due date (undated last), then in the catalogue's order. */
export async function getChecklist(db: Db, activityId: string): Promise<ChecklistItem[]> {
  const today = todayUtc();
  const rank = (key: string | null) =>
    key === null ? checklistItemKeys.length : checklistItemKeys.indexOf(key as ChecklistItemKey);
  const rows = await listChecklistRows(db, activityId);
  return [...rows]
    .sort(
      (a, b) =>
        (a.due_on ?? "9999").localeCompare(b.due_on ?? "9999") ||
        rank(a.item_key) - rank(b.item_key),
    )
    .map((row) => toChecklistItem(row, today));
}

async function getChecklistItem(db: Db, activityId: string, id: string): Promise<ChecklistItem> {
  const item = (await getChecklist(db, activityId)).find((i) => i.id === id);
  if (!item) throw notFound("Checklist item");
  return item;
}

/** Adds a task beyond the catalogue's. */
export async function addChecklistItem(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: CreateChecklistItem,
): Promise<ChecklistItem> {
  await requireMembers(ctx, auth, "ownerPersonId", [input.ownerPersonId]);
  const now = nowIso();
  const id = newId();
  await insertChild(ctx.db, "checklist_items", {
    id,
    activity_id: auth.activityId,
    item_key: null,
    label: input.label,
    owner_person_id: input.ownerPersonId,
    default_owner_role: null,
    due_on: input.dueOn,
    status: "todo",
    version: 1,
    created_at: now,
    updated_at: now,
  });
  return getChecklistItem(ctx.db, auth.activityId, id);
}

/** Changes a task's owner, due date, status (or a hand-added task's label); 409 when stale. */
export async function updateChecklistItem(
  ctx: AppContext,
  auth: AuthorizedActivity,
  id: string,
  input: UpdateChecklistItem,
): Promise<ChecklistItem> {
  const ref = { activityId: auth.activityId, id, what: "checklist item" };
  const current = await findItemOrFail(ctx.db, "checklist_items", ref);
  if (input.label !== undefined && current.item_key !== null) {
    throw invalidField("label", "catalogue_label", "A task from the catalogue keeps its label");
  }
  await requireMembers(ctx, auth, "ownerPersonId", [input.ownerPersonId]);
  const changes: Partial<ChecklistItemTable> = { updated_at: nowIso() };
  if (input.label !== undefined) changes.label = input.label;
  if (input.ownerPersonId !== undefined) changes.owner_person_id = input.ownerPersonId;
  if (input.dueOn !== undefined) changes.due_on = input.dueOn;
  if (input.status !== undefined) changes.status = input.status;
  await updateItemOrFail(ctx.db, "checklist_items", { ...ref, version: input.version }, changes);
  return getChecklistItem(ctx.db, auth.activityId, id);
}

/** Removes a task. */
export async function removeChecklistItem(
  ctx: AppContext,
  auth: AuthorizedActivity,
  id: string,
): Promise<void> {
  await deleteItemOrFail(ctx.db, "checklist_items", {
    activityId: auth.activityId,
    id,
    what: "checklist item",
  });
}

/**
 * The initiative's overdue tasks (still to do, due before `today`, activity still going ahead).
 * Facilitators see all; other members those they own or of activities they take part in.
 */
export async function listOverdueItems(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  today: string,
): Promise<OverdueItem[]> {
  const visibleTo = auth.role === "facilitator" ? null : auth.actor.personId;
  const rows = await listOverdueRows(ctx.db, auth.id, today, visibleTo);
  return rows.map((row) => {
    const item = toChecklistItem({ ...row, owner_name: row.owner_name }, today);
    const dueOn = row.due_on ?? today;
    return {
      id: item.id,
      activityId: row.activity_id,
      activityTitle: row.activity_title,
      key: item.key,
      label: item.label,
      dueOn,
      ownerPersonId: item.ownerPersonId,
      ownerName: item.ownerName,
      daysOverdue: Math.max(1, countDaysBetween(dueOn, today)),
    };
  });
}
