import type { Invitation, Member, MemberRole } from "../../../shared/contracts/initiatives";
import type { InvitationPreview } from "../../../shared/contracts/invitations";
import type { AuthorizedInitiative } from "../../auth/access-gate";
import { hashToken, newToken } from "../../auth/tokens";
import type { AppContext } from "../../context";
import type { Db } from "../../db/database";
import { newId, nowIso } from "../../db/ids";
import { AppError, notFound, staleVersion } from "../../errors";
import { enqueueMail } from "../../mail/outbox-repo";
import { mailTexts } from "../../mail/texts";
import { findAccountByEmail, findAccountById } from "../people/service";
import {
  countFacilitators,
  deleteMembership,
  findInvitation,
  findMembership,
  insertInvitation,
  insertMembership,
  isMemberByEmail,
  listInvitations,
  listMembers,
  revokeInvitation,
  revokePendingInvitations,
  updateMemberRoleIfVersion,
} from "./repo";

const INVITATION_DAYS = 14;

type InvitationRow = Awaited<ReturnType<typeof listInvitations>>[number];

function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role as MemberRole,
    invitedByName: row.invited_by_name,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
  };
}

/** Adds a person to an initiative with a role (inside the caller's transaction). */
export async function addMembership(
  db: Db,
  initiativeId: string,
  personId: string,
  role: MemberRole,
): Promise<void> {
  await insertMembership(db, {
    id: newId(),
    initiative_id: initiativeId,
    person_id: personId,
    role,
    version: 1,
    created_at: nowIso(),
  });
}

/** The members of an initiative. */
export async function getMembers(ctx: AppContext, auth: AuthorizedInitiative): Promise<Member[]> {
  const rows = await listMembers(ctx.db, auth.id);
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    displayName: r.display_name,
    email: r.email,
    organisationName: r.organisation_name,
    role: r.role as MemberRole,
    version: r.version,
    joinedAt: r.created_at,
  }));
}

async function getMember(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  memberId: string,
): Promise<Member> {
  const member = (await getMembers(ctx, auth)).find((m) => m.id === memberId);
  if (!member) throw notFound("Member");
  return member;
}

/** Changes a member's role; the last facilitator cannot be demoted (409). */
export async function changeMemberRole(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  memberId: string,
  role: MemberRole,
  version: number,
): Promise<Member> {
  await ctx.db.transaction().execute(async (trx) => {
    const m = await findMembership(trx, auth.id, memberId);
    if (!m) throw notFound("Member");
    if (
      m.role === "facilitator" &&
      role !== "facilitator" &&
      (await countFacilitators(trx, auth.id)) <= 1
    ) {
      throw new AppError("CONFLICT", "An initiative needs at least one facilitator");
    }
    if (!(await updateMemberRoleIfVersion(trx, memberId, version, role))) {
      throw staleVersion("This membership");
    }
  });
  return getMember(ctx, auth, memberId);
}

/** Removes a member; the last facilitator cannot be removed (409). */
export async function removeMember(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  memberId: string,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const m = await findMembership(trx, auth.id, memberId);
    if (!m) throw notFound("Member");
    if (m.role === "facilitator" && (await countFacilitators(trx, auth.id)) <= 1) {
      throw new AppError("CONFLICT", "An initiative needs at least one facilitator");
    }
    await deleteMembership(trx, memberId);
  });
}

/** The invitations of an initiative (pending and accepted; revoked ones are gone). */
export async function getInvitations(
  ctx: AppContext,
  auth: AuthorizedInitiative,
): Promise<Invitation[]> {
  return (await listInvitations(ctx.db, auth.id)).map(toInvitation);
}

/**
 * Invites an email with a role and mails a personal link. A newer invitation to the same email
 * replaces a pending one; someone already a member gets 409.
 */
export async function invite(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  input: { email: string; role: MemberRole; message?: string | undefined },
  initiativeName: string,
): Promise<Invitation> {
  const token = newToken();
  const id = newId();
  const now = new Date();
  await ctx.db.transaction().execute(async (trx) => {
    if (await isMemberByEmail(trx, auth.id, input.email)) {
      throw new AppError("CONFLICT", "This person is already a member of the initiative");
    }
    await revokePendingInvitations(trx, auth.id, input.email, now.toISOString());
    const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString();
    await insertInvitation(trx, {
      id,
      initiative_id: auth.id,
      email: input.email,
      role: input.role,
      token_hash: hashToken(token),
      invited_by: auth.actor.personId,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      accepted_at: null,
      accepted_by: null,
      revoked_at: null,
    });
    const inviter = await findAccountById(trx, auth.actor.personId);
    const invitee = await findAccountByEmail(trx, input.email);
    const texts = mailTexts(invitee?.locale ?? inviter?.locale ?? "en");
    await enqueueMail(trx, {
      to: input.email,
      subject: texts.invitationSubject({ initiative: initiativeName }),
      textBody: texts.invitationBody({
        inviter: inviter?.display_name ?? "",
        initiative: initiativeName,
        role: texts.roles[input.role] ?? input.role,
        link: `${ctx.config.publicUrl}/invitations/${token}`,
        message: input.message ?? "",
        expires: expiresAt.slice(0, 10),
      }),
      kind: "invitation",
    });
  });
  void ctx.mail.flush().catch(() => undefined);
  const row = await findInvitation(ctx.db, auth.id, id);
  if (!row) throw notFound("Invitation");
  return toInvitation(row);
}

/** Revokes a pending invitation; an accepted one cannot be revoked (409). */
export async function cancelInvitation(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  id: string,
): Promise<void> {
  const row = await findInvitation(ctx.db, auth.id, id);
  if (!row || row.revoked_at) throw notFound("Invitation");
  if (row.accepted_at) throw new AppError("CONFLICT", "This invitation was already accepted");
  await revokeInvitation(ctx.db, id, nowIso());
}

/** The status of an invitation at a moment. */
export function invitationStatus(
  row: { accepted_at: string | null; revoked_at: string | null; expires_at: string },
  now: string,
): InvitationPreview["status"] {
  if (row.revoked_at) return "revoked";
  if (row.accepted_at) return "accepted";
  if (row.expires_at <= now) return "expired";
  return "pending";
}
