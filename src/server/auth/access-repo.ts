import type { Db } from "../db/database";

/** The person behind a live session (token already hashed), or undefined. */
export function findSessionPerson(db: Db, sessionId: string, now: string) {
  return db
    .selectFrom("sessions")
    .innerJoin("people", "people.id", "sessions.person_id")
    .select(["people.id", "people.system_role", "sessions.expires_at"])
    .where("sessions.id", "=", sessionId)
    .where("sessions.expires_at", ">", now)
    .executeTakeFirst();
}

/** The person's role in an initiative, or null when not a member (or no such initiative). */
export async function findMemberRole(
  db: Db,
  initiativeId: string,
  personId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom("memberships")
    .select("role")
    .where("initiative_id", "=", initiativeId)
    .where("person_id", "=", personId)
    .executeTakeFirst();
  return row?.role ?? null;
}

/** Whether two people are members of at least one common initiative. */
export async function sharesAnInitiative(db: Db, a: string, b: string): Promise<boolean> {
  const row = await db
    .selectFrom("memberships as m1")
    .innerJoin("memberships as m2", "m2.initiative_id", "m1.initiative_id")
    .select("m1.id")
    .where("m1.person_id", "=", a)
    .where("m2.person_id", "=", b)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Whether an activity belongs to an initiative (null when not) and, if so, the person's
 * participant row in it (id and role), or null participant when they take no part.
 */
export async function findActivityParticipation(
  db: Db,
  initiativeId: string,
  activityId: string,
  personId: string,
): Promise<{ participant: { id: string; role: string } | null } | null> {
  const row = await db
    .selectFrom("activities")
    .leftJoin("activity_participants as ap", (join) =>
      join.onRef("ap.activity_id", "=", "activities.id").on("ap.person_id", "=", personId),
    )
    .select(["activities.id", "ap.id as participant_id", "ap.role as participant_role"])
    .where("activities.id", "=", activityId)
    .where("activities.initiative_id", "=", initiativeId)
    .executeTakeFirst();
  if (!row) return null;
  const { participant_id: id, participant_role: role } = row;
  return { participant: id && role ? { id, role } : null };
}
