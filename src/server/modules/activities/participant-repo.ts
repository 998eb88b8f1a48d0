import type { Db } from "../../db/database";

/** Participants of an activity with their names and home organisations, hosts first. */
export function listParticipantRows(db: Db, activityId: string) {
  return db
    .selectFrom("activity_participants as ap")
    .innerJoin("people", "people.id", "ap.person_id")
    .leftJoin("organisations", "organisations.id", "people.organisation_id")
    .selectAll("ap")
    .select([
      "people.display_name",
      "people.email",
      "people.locale",
      "people.organisation_id",
      "organisations.name as organisation_name",
    ])
    .where("ap.activity_id", "=", activityId)
    .orderBy("ap.role")
    .orderBy("people.display_name")
    .execute();
}

/** A participant row with the person's name, as `listParticipantRows` returns them. */
export type ParticipantRow = Awaited<ReturnType<typeof listParticipantRows>>[number];

/** Stores a new RSVP token hash and when the invitation was sent. */
export async function setRsvpToken(
  db: Db,
  participantId: string,
  tokenHash: string,
  invitedAt: string,
): Promise<void> {
  await db
    .updateTable("activity_participants")
    .set({ rsvp_token_hash: tokenHash, invited_at: invitedAt })
    .where("id", "=", participantId)
    .execute();
}

/** The participant an RSVP token was mailed to, with the activity and initiative it is for. */
export function findParticipantByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom("activity_participants as ap")
    .innerJoin("activities", "activities.id", "ap.activity_id")
    .innerJoin("initiatives", "initiatives.id", "activities.initiative_id")
    .innerJoin("people", "people.id", "ap.person_id")
    .leftJoin("organisations as host", "host.id", "activities.host_organisation_id")
    .select([
      "ap.id",
      "ap.activity_id",
      "ap.role",
      "ap.rsvp_status",
      "ap.responded_at",
      "people.display_name",
      "activities.initiative_id",
      "activities.title",
      "activities.format_key",
      "activities.status",
      "activities.starts_on",
      "activities.ends_on",
      "activities.start_time",
      "activities.end_time",
      "activities.time_zone",
      "activities.address",
      "activities.online_url",
      "host.name as host_organisation_name",
      "initiatives.name as initiative_name",
    ])
    .where("ap.rsvp_token_hash", "=", tokenHash)
    .executeTakeFirst();
}

/** Records an accept or decline (bumping the version, so a stale role edit gets 409). */
export async function setRsvpAnswer(
  db: Db,
  participantId: string,
  status: string,
  respondedAt: string,
): Promise<void> {
  await db
    .updateTable("activity_participants")
    .set((eb) => ({
      rsvp_status: status,
      responded_at: respondedAt,
      version: eb("version", "+", 1),
    }))
    .where("id", "=", participantId)
    .execute();
}
