import type { AuthorizedInitiativeId } from "../../auth/access-gate";
import type { Db } from "../../db/database";
import type { InvitationTable, MembershipTable } from "../../db/schema";

/** Members of an initiative with their names, by role then name. */
export function listMembers(db: Db, initiativeId: AuthorizedInitiativeId) {
  return db
    .selectFrom("memberships")
    .innerJoin("people", "people.id", "memberships.person_id")
    .leftJoin("organisations", "organisations.id", "people.organisation_id")
    .select([
      "memberships.id",
      "memberships.person_id",
      "memberships.role",
      "memberships.version",
      "memberships.created_at",
      "people.display_name",
      "people.email",
      "organisations.name as organisation_name",
    ])
    .where("memberships.initiative_id", "=", initiativeId)
    .orderBy("memberships.role")
    .orderBy("people.display_name")
    .execute();
}

/** One membership within an initiative. */
export function findMembership(db: Db, initiativeId: AuthorizedInitiativeId, memberId: string) {
  return db
    .selectFrom("memberships")
    .selectAll()
    .where("initiative_id", "=", initiativeId)
    .where("id", "=", memberId)
    .executeTakeFirst();
}

/** How many facilitators an initiative has. */
export async function countFacilitators(db: Db, initiativeId: string): Promise<number> {
  const row = await db
    .selectFrom("memberships")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("initiative_id", "=", initiativeId)
    .where("role", "=", "facilitator")
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Changes a member's role if `version` still matches. */
export async function updateMemberRoleIfVersion(
  db: Db,
  memberId: string,
  version: number,
  role: string,
): Promise<boolean> {
  const r = await db
    .updateTable("memberships")
    .set({ role, version: version + 1 })
    .where("id", "=", memberId)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Removes a membership. */
export async function deleteMembership(db: Db, memberId: string): Promise<void> {
  await db.deleteFrom("memberships").where("id", "=", memberId).execute();
}

/** Whether a person (by email) is already a member. */
export async function isMemberByEmail(
  db: Db,
  initiativeId: string,
  email: string,
): Promise<boolean> {
  const row = await db
    .selectFrom("memberships")
    .innerJoin("people", "people.id", "memberships.person_id")
    .select("memberships.id")
    .where("memberships.initiative_id", "=", initiativeId)
    .where("people.email", "=", email)
    .executeTakeFirst();
  return row !== undefined;
}

/** Inserts an invitation. */
export async function insertInvitation(db: Db, row: InvitationTable): Promise<void> {
  await db.insertInto("invitations").values(row).execute();
}

/** Revokes the pending invitations of an email in an initiative (a new one replaces them). */
export async function revokePendingInvitations(
  db: Db,
  initiativeId: string,
  email: string,
  now: string,
): Promise<void> {
  await db
    .updateTable("invitations")
    .set({ revoked_at: now })
    .where("initiative_id", "=", initiativeId)
    .where("email", "=", email)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .execute();
}

const invitationColumns = [
  "invitations.id",
  "invitations.initiative_id",
  "invitations.email",
  "invitations.role",
  "invitations.created_at",
  "invitations.expires_at",
  "invitations.accepted_at",
  "invitations.revoked_at",
  "people.display_name as invited_by_name",
] as const;

/** The invitations of an initiative not revoked, newest first. */
export function listInvitations(db: Db, initiativeId: AuthorizedInitiativeId) {
  return db
    .selectFrom("invitations")
    .innerJoin("people", "people.id", "invitations.invited_by")
    .select(invitationColumns)
    .where("invitations.initiative_id", "=", initiativeId)
    .where("invitations.revoked_at", "is", null)
    .orderBy("invitations.created_at", "desc")
    .execute();
}

/** One invitation of an initiative by id. */
export function findInvitation(db: Db, initiativeId: AuthorizedInitiativeId, id: string) {
  return db
    .selectFrom("invitations")
    .innerJoin("people", "people.id", "invitations.invited_by")
    .select(invitationColumns)
    .where("invitations.initiative_id", "=", initiativeId)
    .where("invitations.id", "=", id)
    .executeTakeFirst();
}

/** An invitation by its token's hash, with the initiative's name (for the public preview). */
export function findInvitationByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom("invitations")
    .innerJoin("people", "people.id", "invitations.invited_by")
    .innerJoin("initiatives", "initiatives.id", "invitations.initiative_id")
    .select([...invitationColumns, "initiatives.name as initiative_name"])
    .where("invitations.token_hash", "=", tokenHash)
    .executeTakeFirst();
}

/** Marks an invitation revoked. */
export async function revokeInvitation(db: Db, id: string, now: string): Promise<void> {
  await db.updateTable("invitations").set({ revoked_at: now }).where("id", "=", id).execute();
}

/** Marks an invitation accepted if still open; false when someone else got there first. */
export async function markInvitationAccepted(
  db: Db,
  id: string,
  personId: string,
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable("invitations")
    .set({ accepted_at: now, accepted_by: personId })
    .where("id", "=", id)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A person's membership in an initiative, if any. */
export function findMembershipOfPerson(db: Db, initiativeId: string, personId: string) {
  return db
    .selectFrom("memberships")
    .select("id")
    .where("initiative_id", "=", initiativeId)
    .where("person_id", "=", personId)
    .executeTakeFirst();
}

/** Inserts a membership. */
export async function insertMembership(db: Db, row: MembershipTable): Promise<void> {
  await db.insertInto("memberships").values(row).execute();
}
