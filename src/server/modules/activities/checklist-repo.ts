import type { Db } from "../../db/database";

/** The checklist of an activity with owners' names, in creation order. */
export function listChecklistRows(db: Db, activityId: string) {
  return db
    .selectFrom("checklist_items")
    .leftJoin("people", "people.id", "checklist_items.owner_person_id")
    .selectAll("checklist_items")
    .select("people.display_name as owner_name")
    .where("checklist_items.activity_id", "=", activityId)
    .orderBy("checklist_items.created_at")
    .orderBy("checklist_items.id")
    .execute();
}

/** A checklist row with its owner's name. */
export type ChecklistRow = Awaited<ReturnType<typeof listChecklistRows>>[number];

function selectOverdue(db: Db, today: string) {
  return db
    .selectFrom("checklist_items")
    .innerJoin("activities", "activities.id", "checklist_items.activity_id")
    .leftJoin("people", "people.id", "checklist_items.owner_person_id")
    .selectAll("checklist_items")
    .select([
      "activities.title as activity_title",
      "activities.initiative_id",
      "people.display_name as owner_name",
    ])
    .where("checklist_items.status", "=", "todo")
    .where("checklist_items.due_on", "is not", null)
    .where("checklist_items.due_on", "<", today)
    .where("activities.status", "not in", ["cancelled", "completed"]);
}

/**
 * Overdue tasks of an initiative (of activities neither cancelled nor completed), oldest
 * first. With `visibleTo`, only tasks that person owns or of activities they take part in.
 */
export function listOverdueRows(
  db: Db,
  initiativeId: string,
  today: string,
  visibleTo: string | null,
) {
  let q = selectOverdue(db, today).where("activities.initiative_id", "=", initiativeId);
  if (visibleTo !== null) {
    const taking = db
      .selectFrom("activity_participants")
      .select("activity_id")
      .where("person_id", "=", visibleTo);
    q = q.where((eb) =>
      eb.or([
        eb("checklist_items.owner_person_id", "=", visibleTo),
        eb("checklist_items.activity_id", "in", taking),
      ]),
    );
  }
  return q.orderBy("checklist_items.due_on").orderBy("checklist_items.id").limit(500).execute();
}

/** Every overdue task that has an owner, with the owner's mail address and language. */
export function listOverdueWithOwners(db: Db, today: string) {
  return selectOverdue(db, today)
    .innerJoin("people as owner", "owner.id", "checklist_items.owner_person_id")
    .innerJoin("initiatives", "initiatives.id", "activities.initiative_id")
    .select([
      "owner.email as owner_email",
      "owner.locale as owner_locale",
      "initiatives.name as initiative_name",
    ])
    .orderBy("checklist_items.owner_person_id")
    .orderBy("checklist_items.due_on")
    .execute();
}

/**
 * Records that `personId` got their reminder for `sentOn`; false when one was already
 * recorded (by this or another app instance), so each owner gets one mail a day.
 */
export async function recordReminder(
  db: Db,
  row: { id: string; person_id: string; sent_on: string; created_at: string },
): Promise<boolean> {
  const r = await db
    .insertInto("checklist_reminders")
    .values(row)
    .onConflict((oc) => oc.columns(["person_id", "sent_on"]).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}
