import type {
  ActivityDocument,
  AgendaItem,
  BudgetLine,
  CreateAgendaItem,
  CreateBudgetLine,
  CreateDocument,
  UpdateAgendaItem,
  UpdateBudgetLine,
  UpdateDocument,
} from "../../../shared/contracts/activity-items";
import type { AuthorizedActivity } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import { newId, nowIso } from "../../db/ids";
import type { ActivityDocumentTable, AgendaItemTable } from "../../db/schema";
import { invalidField, notFound } from "../../errors";
import { toAgenda, toBudgetLine, toDocument } from "./activity-view";
import type { ActivityChildTable } from "./child-repo";
import { insertChild, listChildren } from "./child-repo";
import { deleteItemOrFail, findItemOrFail, updateItemOrFail } from "./item-writes";
import { findActivity } from "./repo";

function ref(auth: AuthorizedActivity, id: string, what: string) {
  return { activityId: auth.activityId, id, what };
}

/** Removes an agenda item, budget line or document. */
export async function removePlanItem(
  ctx: AppContext,
  auth: AuthorizedActivity,
  table: Extract<ActivityChildTable, `activity_${string}`>,
  id: string,
): Promise<void> {
  const what = table.replace("activity_", "").replace(/_/g, " ").replace(/s$/, "");
  await deleteItemOrFail(ctx.db, table, ref(auth, id, what));
}

async function checkAgendaItem(ctx: AppContext, auth: AuthorizedActivity, item: AgendaItemTable) {
  const activity = await findActivity(ctx.db, auth.id, auth.activityId, auth.actor.personId);
  if (!activity) throw notFound("Activity");
  if (item.day_on && (item.day_on < activity.starts_on || item.day_on > activity.ends_on)) {
    throw invalidField("dayOn", "outside_activity", "The day is not within the activity's dates");
  }
  if (item.start_time && item.end_time && item.end_time <= item.start_time) {
    throw invalidField("endTime", "ends_before_start", "The end time is not after the start time");
  }
}

async function getAgendaItem(ctx: AppContext, auth: AuthorizedActivity, id: string) {
  const row = await findItemOrFail(ctx.db, "activity_agenda_items", ref(auth, id, "agenda item"));
  return toAgenda([row])[0] as AgendaItem;
}

/** Adds an agenda item (a day within the activity's dates; end after start). */
export async function addAgendaItem(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: CreateAgendaItem,
): Promise<AgendaItem> {
  const existing = await listChildren(ctx.db, "activity_agenda_items", auth.activityId);
  const row: AgendaItemTable = {
    id: newId(),
    activity_id: auth.activityId,
    day_on: input.dayOn,
    start_time: input.startTime,
    end_time: input.endTime,
    title: input.title,
    notes: input.notes,
    position: input.position ?? existing.length,
    version: 1,
    created_at: nowIso(),
  };
  await checkAgendaItem(ctx, auth, row);
  await insertChild(ctx.db, "activity_agenda_items", row);
  return getAgendaItem(ctx, auth, row.id);
}

/** Edits an agenda item; 409 when stale. */
export async function updateAgendaItem(
  ctx: AppContext,
  auth: AuthorizedActivity,
  id: string,
  input: UpdateAgendaItem,
): Promise<AgendaItem> {
  const current = await findItemOrFail(
    ctx.db,
    "activity_agenda_items",
    ref(auth, id, "agenda item"),
  );
  const { version, dayOn, startTime, endTime, ...rest } = input;
  const changes: Partial<AgendaItemTable> = { ...rest };
  if (dayOn !== undefined) changes.day_on = dayOn;
  if (startTime !== undefined) changes.start_time = startTime;
  if (endTime !== undefined) changes.end_time = endTime;
  await checkAgendaItem(ctx, auth, { ...current, ...changes });
  await updateItemOrFail(
    ctx.db,
    "activity_agenda_items",
    { ...ref(auth, id, "agenda item"), version },
    changes,
  );
  return getAgendaItem(ctx, auth, id);
}

async function getBudgetLine(ctx: AppContext, auth: AuthorizedActivity, id: string) {
  return toBudgetLine(
    await findItemOrFail(ctx.db, "activity_budget_lines", ref(auth, id, "budget line")),
  );
}

/** Adds a budget line (an amount in minor units of an ISO 4217 currency). */
export async function addBudgetLine(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: CreateBudgetLine,
): Promise<BudgetLine> {
  const id = newId();
  await insertChild(ctx.db, "activity_budget_lines", {
    id,
    activity_id: auth.activityId,
    label: input.label,
    amount_minor: input.amountMinor,
    currency: input.currency,
    version: 1,
    created_at: nowIso(),
  });
  return getBudgetLine(ctx, auth, id);
}

/** Edits a budget line; 409 when stale. */
export async function updateBudgetLine(
  ctx: AppContext,
  auth: AuthorizedActivity,
  id: string,
  input: UpdateBudgetLine,
): Promise<BudgetLine> {
  const changes: { label?: string; amount_minor?: number; currency?: string } = {};
  if (input.label !== undefined) changes.label = input.label;
  if (input.amountMinor !== undefined) changes.amount_minor = input.amountMinor;
  if (input.currency !== undefined) changes.currency = input.currency;
  const target = { ...ref(auth, id, "budget line"), version: input.version };
  await updateItemOrFail(ctx.db, "activity_budget_lines", target, changes);
  return getBudgetLine(ctx, auth, id);
}

async function getDocument(ctx: AppContext, auth: AuthorizedActivity, id: string) {
  return toDocument(await findItemOrFail(ctx.db, "activity_documents", ref(auth, id, "document")));
}

/** Adds a document: a title with a link or a note (files cannot be uploaded yet). */
export async function addDocument(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: CreateDocument,
): Promise<ActivityDocument> {
  const row: ActivityDocumentTable = {
    id: newId(),
    activity_id: auth.activityId,
    title: input.title,
    url: input.url,
    note: input.note,
    created_by: auth.actor.personId,
    version: 1,
    created_at: nowIso(),
  };
  await insertChild(ctx.db, "activity_documents", row);
  return getDocument(ctx, auth, row.id);
}

/** Edits a document; it must keep a link or a note. 409 when stale. */
export async function updateDocument(
  ctx: AppContext,
  auth: AuthorizedActivity,
  id: string,
  input: UpdateDocument,
): Promise<ActivityDocument> {
  const current = await findItemOrFail(ctx.db, "activity_documents", ref(auth, id, "document"));
  const { version, ...changes } = input;
  const merged = { ...current, ...changes };
  if (merged.url === null && merged.note === "") {
    throw invalidField("url", "link_or_note", "Give a link or a note");
  }
  await updateItemOrFail(
    ctx.db,
    "activity_documents",
    { ...ref(auth, id, "document"), version },
    changes,
  );
  return getDocument(ctx, auth, id);
}
