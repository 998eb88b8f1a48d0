import type { Db } from "../db/database";
import { newId, nowIso } from "../db/ids";

/** A mail to put in the outbox. */
export type NewMail = { to: string; subject: string; textBody: string; kind: string };

/** Adds a mail to the outbox inside the caller's transaction, so it exists only if the change does. */
export async function enqueueMail(db: Db, mail: NewMail): Promise<string> {
  const id = newId();
  await db
    .insertInto("mail_outbox")
    .values({
      id,
      to_address: mail.to,
      subject: mail.subject,
      text_body: mail.textBody,
      kind: mail.kind,
      created_at: nowIso(),
      sent_at: null,
      last_error: null,
    })
    .execute();
  return id;
}

/** Unsent mails, oldest first, that have not failed too often. */
export function findUnsentMails(db: Db, limit: number, maxAttempts: number) {
  return db
    .selectFrom("mail_outbox")
    .selectAll()
    .where("sent_at", "is", null)
    .where("attempts", "<", maxAttempts)
    .orderBy("created_at")
    .limit(limit)
    .execute();
}

/** Records a successful send. */
export async function markMailSent(db: Db, id: string): Promise<void> {
  await db
    .updateTable("mail_outbox")
    .set((eb) => ({ sent_at: nowIso(), attempts: eb("attempts", "+", 1), last_error: null }))
    .where("id", "=", id)
    .execute();
}

/** Records a failed attempt with its error, for the admin to read. */
export async function markMailFailed(db: Db, id: string, error: string): Promise<void> {
  await db
    .updateTable("mail_outbox")
    .set((eb) => ({ attempts: eb("attempts", "+", 1), last_error: error.slice(0, 500) }))
    .where("id", "=", id)
    .execute();
}

/** A page of the outbox, newest first, optionally for one recipient. */
export async function listMails(db: Db, page: { limit: number; offset: number; to?: string }) {
  let q = db.selectFrom("mail_outbox");
  if (page.to) q = q.where("to_address", "=", page.to.toLowerCase());
  const [rows, count] = await Promise.all([
    q
      .selectAll()
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Mails created after an ISO timestamp, oldest first (for printing in development). */
export function findMailsCreatedAfter(db: Db, after: string) {
  return db
    .selectFrom("mail_outbox")
    .selectAll()
    .where("created_at", ">", after)
    .orderBy("created_at")
    .limit(50)
    .execute();
}
