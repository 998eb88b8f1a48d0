import type { Db } from "../../db/database";
import type { CalendarFeedTable } from "../../db/schema";

/** A member's feed for an initiative, if they made one. */
export function findFeed(db: Db, initiativeId: string, personId: string) {
  return db
    .selectFrom("calendar_feeds")
    .selectAll()
    .where("initiative_id", "=", initiativeId)
    .where("person_id", "=", personId)
    .executeTakeFirst();
}

/** Replaces a member's feed (a new token; the old link stops working). */
export async function replaceFeed(db: Db, row: CalendarFeedTable): Promise<void> {
  await deleteFeed(db, row.initiative_id, row.person_id);
  await db.insertInto("calendar_feeds").values(row).execute();
}

/** Revokes a member's feed. */
export async function deleteFeed(db: Db, initiativeId: string, personId: string): Promise<void> {
  await db
    .deleteFrom("calendar_feeds")
    .where("initiative_id", "=", initiativeId)
    .where("person_id", "=", personId)
    .execute();
}

/**
 * The feed a token belongs to with its owner's current role in the initiative, the owner's
 * language and the initiative's name; undefined when the token is unknown or the owner has
 * left the initiative.
 */
export function findFeedByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom("calendar_feeds as f")
    .innerJoin("memberships as m", (join) =>
      join
        .onRef("m.initiative_id", "=", "f.initiative_id")
        .onRef("m.person_id", "=", "f.person_id"),
    )
    .innerJoin("initiatives", "initiatives.id", "f.initiative_id")
    .innerJoin("people", "people.id", "f.person_id")
    .select([
      "f.initiative_id",
      "f.person_id",
      "m.role",
      "people.locale",
      "initiatives.name as initiative_name",
    ])
    .where("f.token_hash", "=", tokenHash)
    .executeTakeFirst();
}

/** The objectives' texts of several activities, in their order. */
export function listObjectiveTexts(db: Db, activityIds: readonly string[]) {
  if (activityIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("learning_objectives")
    .select(["activity_id", "text"])
    .where("activity_id", "in", activityIds)
    .orderBy("position")
    .orderBy("created_at")
    .execute();
}
