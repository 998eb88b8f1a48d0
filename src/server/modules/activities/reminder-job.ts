import type { AppContext } from "../../context";
import { newId, nowIso } from "../../db/ids";
import { activityMailTexts, type OverdueGroup } from "../../mail/activity-texts";
import { enqueueMail } from "../../mail/outbox-repo";
import { listOverdueWithOwners, recordReminder } from "./checklist-repo";

type OverdueRow = Awaited<ReturnType<typeof listOverdueWithOwners>>[number];

function groupByInitiative(ctx: AppContext, rows: readonly OverdueRow[]): OverdueGroup[] {
  const texts = activityMailTexts(rows[0]?.owner_locale ?? "en");
  const groups = new Map<string, OverdueGroup>();
  for (const row of rows) {
    const group = groups.get(row.initiative_id) ?? {
      initiative: row.initiative_name,
      link: `${ctx.config.publicUrl}/initiatives/${row.initiative_id}`,
      items: [],
    };
    const label = row.item_key
      ? (texts.checklistItems[row.item_key as keyof typeof texts.checklistItems] ?? row.item_key)
      : row.label;
    group.items.push({ label, activity: row.activity_title, due: row.due_on ?? "" });
    groups.set(row.initiative_id, group);
  }
  return [...groups.values()];
}

/**
 * Mails every owner of overdue checklist tasks (still to do, due before `today`, activity
 * neither cancelled nor completed) one reminder listing them, at most once per owner and UTC
 * day: the day is recorded in the same transaction as the mail, so reruns, hourly timers and
 * several app instances do not mail twice. Returns how many reminders were queued.
 */
export async function sendOverdueReminders(ctx: AppContext, today: string): Promise<number> {
  const byOwner = new Map<string, OverdueRow[]>();
  for (const row of await listOverdueWithOwners(ctx.db, today)) {
    const owner = row.owner_person_id ?? "";
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), row]);
  }
  let mailed = 0;
  for (const [personId, rows] of byOwner) {
    const first = rows[0];
    if (!first) continue;
    const texts = activityMailTexts(first.owner_locale ?? "en");
    await ctx.db.transaction().execute(async (trx) => {
      const reminder = { id: newId(), person_id: personId, sent_on: today, created_at: nowIso() };
      if (!(await recordReminder(trx, reminder))) return;
      await enqueueMail(trx, {
        to: first.owner_email ?? "",
        subject: texts.reminderSubject({ count: rows.length }),
        textBody: texts.reminderBody({
          name: first.owner_name ?? "",
          groups: groupByInitiative(ctx, rows),
        }),
        kind: "checklist_reminder",
      });
      mailed += 1;
    });
  }
  if (mailed > 0) void ctx.mail.flush().catch(() => undefined);
  return mailed;
}
