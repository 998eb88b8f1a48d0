import type { SessionPerson, SystemRole } from "../../../shared/contracts/auth";
import type { UiLocale } from "../../../shared/contracts/common";
import { decoyHash, hashPassword, verifyPassword } from "../../auth/password";
import { hashToken, newToken } from "../../auth/tokens";
import type { AppContext } from "../../context";
import type { Db } from "../../db/database";
import { newId, nowIso } from "../../db/ids";
import { AppError, invalidField, notFound } from "../../errors";
import { enqueueMail } from "../../mail/outbox-repo";
import { mailTexts } from "../../mail/texts";
import type { PersonRow } from "../people/service";
import { findAccountByEmail, findAccountById, setPassword } from "../people/service";
import {
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsOfPerson,
  findUsableReset,
  insertPasswordReset,
  insertSession,
  markResetUsed,
} from "./repo";

/** How long a session lasts. */
export const SESSION_DAYS = 14;
const RESET_MINUTES = 60;

/** The signed-in person as the web app needs it. */
export function toSessionPerson(row: PersonRow): SessionPerson {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    systemRole: row.system_role as SystemRole,
    locale: row.locale as UiLocale,
  };
}

/** Starts a session for a person; returns the cookie token (only its hash is stored). */
export async function startSession(db: Db, personId: string): Promise<string> {
  const token = newToken();
  const now = new Date();
  await insertSession(db, {
    id: hashToken(token),
    person_id: personId,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString(),
  });
  return token;
}

/** Email + password sign-in; the same 401 for an unknown email and a wrong password. */
export async function logIn(
  ctx: AppContext,
  email: string,
  password: string,
): Promise<{ token: string; person: SessionPerson }> {
  const row = await findAccountByEmail(ctx.db, email);
  const ok = row?.password_hash
    ? await verifyPassword(password, row.password_hash)
    : await verifyPassword(password, await decoyHash()).then(() => false);
  if (!row || !ok) throw new AppError("UNAUTHENTICATED", "Wrong email or password");
  await deleteExpiredSessions(ctx.db, nowIso());
  return { token: await startSession(ctx.db, row.id), person: toSessionPerson(row) };
}

/** Ends the session behind a cookie token. */
export async function logOut(ctx: AppContext, token: string | undefined): Promise<void> {
  if (token && token.length <= 200) await deleteSession(ctx.db, hashToken(token));
}

/** The signed-in person for `GET /api/auth/me`. */
export async function getSessionPerson(ctx: AppContext, personId: string): Promise<SessionPerson> {
  const row = await findAccountById(ctx.db, personId);
  if (!row) throw notFound("Person");
  return toSessionPerson(row);
}

/**
 * Mails a one-hour reset link when the email belongs to an account. Answers the same either
 * way, so the form does not reveal who has an account.
 */
export async function requestPasswordReset(ctx: AppContext, email: string): Promise<void> {
  const row = await findAccountByEmail(ctx.db, email);
  if (!row) return;
  const token = newToken();
  const now = new Date();
  await ctx.db.transaction().execute(async (trx) => {
    await insertPasswordReset(trx, {
      id: newId(),
      person_id: row.id,
      token_hash: hashToken(token),
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + RESET_MINUTES * 60_000).toISOString(),
    });
    const texts = mailTexts(row.locale);
    await enqueueMail(trx, {
      to: row.email,
      subject: texts.resetSubject(),
      textBody: texts.resetBody({ link: `${ctx.config.publicUrl}/reset-password/${token}` }),
      kind: "password_reset",
    });
  });
  void ctx.mail.flush().catch(() => undefined);
}

/** Sets a new password with a mailed token; every existing session of that person ends. */
export async function confirmPasswordReset(
  ctx: AppContext,
  token: string,
  password: string,
): Promise<void> {
  const hash = await hashPassword(password);
  await ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const reset = await findUsableReset(trx, hashToken(token), now);
    if (!reset || !(await markResetUsed(trx, reset.id, now))) {
      throw invalidField("token", "invalid_token", "This reset link is invalid or has expired");
    }
    await setPassword(trx, reset.person_id, hash);
    await deleteSessionsOfPerson(trx, reset.person_id);
  });
}

/** Changes one's own password after checking the current one. */
export async function changePassword(
  ctx: AppContext,
  personId: string,
  current: string,
  next: string,
): Promise<void> {
  const row = await findAccountById(ctx.db, personId);
  if (!row?.password_hash || !(await verifyPassword(current, row.password_hash))) {
    throw invalidField("currentPassword", "wrong_password", "The current password is not right");
  }
  await setPassword(ctx.db, personId, await hashPassword(next));
}
