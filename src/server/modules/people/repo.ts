import type { Db } from "../../db/database";
import type { PersonTable } from "../../db/schema";

const personColumns = [
  "people.id",
  "people.email",
  "people.password_hash",
  "people.display_name",
  "people.system_role",
  "people.locale",
  "people.organisation_id",
  "people.position",
  "people.level",
  "people.field",
  "people.years_of_service",
  "people.languages",
  "people.version",
  "people.created_at",
  "people.updated_at",
] as const;

/** A person row with the name of their home organisation. */
export type PersonRow = PersonTable & { organisation_name: string | null };

function selectPeople(db: Db) {
  return db
    .selectFrom("people")
    .leftJoin("organisations", "organisations.id", "people.organisation_id")
    .select([...personColumns, "organisations.name as organisation_name"]);
}

/** One person by id. */
export function findPersonById(db: Db, id: string): Promise<PersonRow | undefined> {
  return selectPeople(db).where("people.id", "=", id).executeTakeFirst();
}

/** One person by (lower-case) email. */
export function findPersonByEmail(db: Db, email: string): Promise<PersonRow | undefined> {
  return selectPeople(db).where("people.email", "=", email).executeTakeFirst();
}

/** Inserts a person. */
export async function insertPerson(db: Db, row: PersonTable): Promise<void> {
  await db.insertInto("people").values(row).execute();
}

/**
 * Updates a person if `version` still matches; returns false when the row is stale or gone.
 */
export async function updatePersonIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: Partial<PersonTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("people")
    .set({ ...changes, version: version + 1, updated_at: new Date().toISOString() })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Sets a password hash, without touching the profile version. */
export async function setPasswordHash(db: Db, id: string, hash: string): Promise<void> {
  await db.updateTable("people").set({ password_hash: hash }).where("id", "=", id).execute();
}

/** Whether an organisation id exists (for validating a profile's home organisation). */
export async function organisationExists(db: Db, id: string): Promise<boolean> {
  const row = await db
    .selectFrom("organisations")
    .select("id")
    .where("id", "=", id)
    .executeTakeFirst();
  return row !== undefined;
}

/** A page of people, by name, optionally filtered by name or email. */
export async function listPeople(db: Db, page: { limit: number; offset: number; q?: string }) {
  let q = selectPeople(db);
  let count = db.selectFrom("people");
  if (page.q) {
    const like = `%${page.q.toLowerCase().replace(/[%_\\]/g, "\\$&")}%`;
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn("lower", ["people.display_name"]), "like", like),
        eb("people.email", "like", like),
      ]),
    );
    count = count.where((eb) =>
      eb.or([
        eb(eb.fn("lower", ["people.display_name"]), "like", like),
        eb("people.email", "like", like),
      ]),
    );
  }
  const [rows, total] = await Promise.all([
    q
      .orderBy("people.display_name")
      .orderBy("people.id")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    count.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** How many people have an account. */
export async function countAllPeople(db: Db): Promise<number> {
  const row = await db
    .selectFrom("people")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Many people by id in one query, each with their home organisation's country. */
export function findPeopleByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return selectPeople(db)
    .select("organisations.country as organisation_country")
    .where("people.id", "in", [...ids])
    .execute();
}
