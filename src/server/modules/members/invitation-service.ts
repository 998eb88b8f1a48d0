import type { UiLocale } from "../../../shared/contracts/common";
import type { MemberRole } from "../../../shared/contracts/initiatives";
import type { InvitationPreview } from "../../../shared/contracts/invitations";
import { hashPassword, verifyPassword } from "../../auth/password";
import type { Actor } from "../../auth/policy";
import { hashToken } from "../../auth/tokens";
import type { AppContext } from "../../context";
import { nowIso } from "../../db/ids";
import { AppError, invalidField, notFound } from "../../errors";
import { startSession } from "../auth/service";
import { createPersonAccount, findAccountByEmail } from "../people/service";
import { findInvitationByTokenHash, findMembershipOfPerson, markInvitationAccepted } from "./repo";
import { addMembership, invitationStatus } from "./service";

/** What the invitee sees before accepting. Unknown tokens get 404. */
export async function previewInvitation(
  ctx: AppContext,
  token: string,
): Promise<InvitationPreview> {
  const row = await findInvitationByTokenHash(ctx.db, hashToken(token));
  if (!row) throw notFound("Invitation");
  const account = await findAccountByEmail(ctx.db, row.email);
  return {
    initiativeId: row.initiative_id,
    initiativeName: row.initiative_name,
    invitedByName: row.invited_by_name,
    email: row.email,
    role: row.role as MemberRole,
    expiresAt: row.expires_at,
    hasAccount: account !== undefined,
    status: invitationStatus(row, nowIso()),
  };
}

/** Input to accepting an invitation. */
export type AcceptInput = {
  displayName?: string | undefined;
  password?: string | undefined;
  locale?: UiLocale | undefined;
};

/**
 * Accepts an invitation and returns a session token for the invitee. The token in the link
 * proves the email; an existing account must also prove it is theirs (signed in, or password).
 * Everything happens in one transaction: no membership without a used invitation or vice versa.
 */
export async function acceptInvitation(
  ctx: AppContext,
  token: string,
  actor: Actor | null,
  input: AcceptInput,
): Promise<{ initiativeId: string; sessionToken: string | null }> {
  const row = await findInvitationByTokenHash(ctx.db, hashToken(token));
  if (!row) throw notFound("Invitation");
  const status = invitationStatus(row, nowIso());
  if (status !== "pending") throw new AppError("CONFLICT", `This invitation is ${status}`);
  const account = await findAccountByEmail(ctx.db, row.email);
  let newPasswordHash: string | null = null;
  if (account) {
    const signedInAsInvitee = actor?.personId === account.id;
    const passwordOk =
      !signedInAsInvitee &&
      input.password !== undefined &&
      account.password_hash !== null &&
      (await verifyPassword(input.password, account.password_hash));
    if (!signedInAsInvitee && !passwordOk) {
      throw new AppError("UNAUTHENTICATED", `Sign in as ${row.email} to accept this invitation`);
    }
  } else {
    if (!input.displayName) throw invalidField("displayName", "required", "Your name is required");
    if (!input.password) throw invalidField("password", "required", "Choose a password");
    newPasswordHash = await hashPassword(input.password);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const personId =
      account?.id ??
      (await createPersonAccount(trx, {
        email: row.email,
        displayName: input.displayName ?? "",
        passwordHash: newPasswordHash ?? "",
        locale: input.locale ?? "en",
        systemRole: "member",
      }));
    if (!(await markInvitationAccepted(trx, row.id, personId, nowIso()))) {
      throw new AppError("CONFLICT", "This invitation was accepted or revoked meanwhile");
    }
    if (!(await findMembershipOfPerson(trx, row.initiative_id, personId))) {
      await addMembership(trx, row.initiative_id, personId, row.role as MemberRole);
    }
    const signedIn = actor?.personId === personId;
    return {
      initiativeId: row.initiative_id,
      sessionToken: signedIn ? null : await startSession(trx, personId),
    };
  });
}
