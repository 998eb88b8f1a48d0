import type { Db } from "../../db/database";

/** The facts of an activity a peer review method needs: format, dates, title, host organisation. */
export function findActivityFacts(db: Db, activityId: string) {
  return db
    .selectFrom("activities")
    .leftJoin("organisations", "organisations.id", "activities.host_organisation_id")
    .select([
      "activities.id",
      "activities.initiative_id",
      "activities.format_key",
      "activities.title",
      "activities.starts_on",
      "activities.ends_on",
      "organisations.name as host_organisation_name",
    ])
    .where("activities.id", "=", activityId)
    .executeTakeFirst();
}

/** One activity's facts as `findActivityFacts` returns them. */
export type ActivityFacts = NonNullable<Awaited<ReturnType<typeof findActivityFacts>>>;

/** The activity's participants with name, home organisation and role, by name. */
export function listActivityPeople(db: Db, activityId: string) {
  return db
    .selectFrom("activity_participants as ap")
    .innerJoin("people", "people.id", "ap.person_id")
    .leftJoin("organisations", "organisations.id", "people.organisation_id")
    .select([
      "ap.person_id",
      "ap.role",
      "people.display_name",
      "organisations.name as organisation_name",
    ])
    .where("ap.activity_id", "=", activityId)
    .orderBy("people.display_name")
    .orderBy("ap.person_id")
    .execute();
}

/** One participant as `listActivityPeople` returns them. */
export type ActivityPerson = Awaited<ReturnType<typeof listActivityPeople>>[number];

/** Display names of people by id (for authors of records). */
export async function findDisplayNames(
  db: Db,
  personIds: readonly string[],
): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("people")
    .select(["id", "display_name"])
    .where("id", "in", [...new Set(personIds)])
    .execute();
  return new Map(rows.map((row) => [row.id, row.display_name]));
}

/** The language a person reads the app in. */
export async function findPersonLocale(db: Db, personId: string): Promise<string | null> {
  const row = await db
    .selectFrom("people")
    .select("locale")
    .where("id", "=", personId)
    .executeTakeFirst();
  return row?.locale ?? null;
}
