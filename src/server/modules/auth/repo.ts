import type { Db } from "../../db/database";

/** Stores a new session (id is the hashed token). */
export async function insertSession(
  db: Db,
  row: { id: string; person_id: string; created_at: string; expires_at: string },
): Promise<void> {
  await db.insertInto("sessions").values(row).execute();
}

/** Ends one session. */
export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", id).execute();
}

/** Ends every session of a person (after a password reset). */
export async function deleteSessionsOfPerson(db: Db, personId: string): Promise<void> {
  await db.deleteFrom("sessions").where("person_id", "=", personId).execute();
}

/** Removes expired sessions so the table does not grow forever. */
export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom("sessions").where("expires_at", "<=", now).execute();
}

/** Stores a password-reset token (hashed). */
export async function insertPasswordReset(
  db: Db,
  row: {
    id: string;
    person_id: string;
    token_hash: string;
    created_at: string;
    expires_at: string;
  },
): Promise<void> {
  await db
    .insertInto("password_resets")
    .values({ ...row, used_at: null })
    .execute();
}

/** A usable reset: the token's hash, not used, not expired. */
export function findUsableReset(db: Db, tokenHash: string, now: string) {
  return db
    .selectFrom("password_resets")
    .select(["id", "person_id"])
    .where("token_hash", "=", tokenHash)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
}

/** Marks a reset used, only if it was still unused; false when someone used it first. */
export async function markResetUsed(db: Db, id: string, now: string): Promise<boolean> {
  const r = await db
    .updateTable("password_resets")
    .set({ used_at: now })
    .where("id", "=", id)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
