import type { SystemRole } from "../../../shared/contracts/auth";
import type { UiLocale } from "../../../shared/contracts/common";
import type { Person, UpdatePerson } from "../../../shared/contracts/people";
import type { Actor } from "../../auth/policy";
import type { AppContext } from "../../context";
import type { Db } from "../../db/database";
import { newId, nowIso } from "../../db/ids";
import type { PersonTable } from "../../db/schema";
import { AppError, invalidField, notFound, staleVersion } from "../../errors";
import {
  countAllPeople,
  findPeopleByIds,
  findPersonByEmail,
  findPersonById,
  insertPerson,
  listPeople,
  organisationExists,
  type PersonRow,
  setPasswordHash,
  updatePersonIfVersion,
} from "./repo";

/** The stored shape of a person, for modules that need the account row. */
export type { PersonRow };

/** Shapes a person row for the API (never the password hash). */
export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    systemRole: row.system_role as SystemRole,
    locale: row.locale as UiLocale,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    position: row.position,
    level: row.level as Person["level"],
    field: row.field,
    yearsOfService: row.years_of_service,
    languages: JSON.parse(row.languages) as string[],
    version: row.version,
    createdAt: row.created_at,
  };
}

/** A person's profile by id, or 404. */
export async function getPerson(ctx: AppContext, id: string): Promise<Person> {
  const row = await findPersonById(ctx.db, id);
  if (!row) throw notFound("Person");
  return toPerson(row);
}

/** Edits a profile; 409 when `version` is stale, 400 when the organisation does not exist. */
export async function updatePerson(
  ctx: AppContext,
  id: string,
  input: UpdatePerson,
): Promise<Person> {
  return ctx.db.transaction().execute(async (trx) => {
    if (input.organisationId && !(await organisationExists(trx, input.organisationId))) {
      throw invalidField("organisationId", "unknown_organisation", "No such organisation");
    }
    const changes: Partial<PersonTable> = {};
    if (input.displayName !== undefined) changes.display_name = input.displayName;
    if (input.locale !== undefined) changes.locale = input.locale;
    if (input.organisationId !== undefined) changes.organisation_id = input.organisationId;
    if (input.position !== undefined) changes.position = input.position;
    if (input.level !== undefined) changes.level = input.level;
    if (input.field !== undefined) changes.field = input.field;
    if (input.yearsOfService !== undefined) changes.years_of_service = input.yearsOfService;
    if (input.languages !== undefined)
      changes.languages = JSON.stringify([...new Set(input.languages)]);
    if (!(await updatePersonIfVersion(trx, id, input.version, changes))) {
      if (!(await findPersonById(trx, id))) throw notFound("Person");
      throw staleVersion("This profile");
    }
    const row = await findPersonById(trx, id);
    if (!row) throw notFound("Person");
    return toPerson(row);
  });
}

/** An admin changes someone's installation-wide role; nobody can demote themselves. */
export async function setSystemRole(
  ctx: AppContext,
  actor: Actor,
  id: string,
  role: SystemRole,
): Promise<Person> {
  if (actor.personId === id && role !== "admin") {
    throw new AppError("CONFLICT", "You cannot remove your own admin role");
  }
  const row = await findPersonById(ctx.db, id);
  if (!row) throw notFound("Person");
  if (!(await updatePersonIfVersion(ctx.db, id, row.version, { system_role: role }))) {
    throw staleVersion("This person");
  }
  return getPerson(ctx, id);
}

/** A page of people for admins. */
export async function findPeople(
  ctx: AppContext,
  page: { limit: number; offset: number; q?: string },
) {
  const { rows, total } = await listPeople(ctx.db, page);
  return { items: rows.map(toPerson), total, limit: page.limit, offset: page.offset };
}

/** Creates an account (used when an invitee registers); the email must be free. */
export async function createPersonAccount(
  db: Db,
  input: {
    email: string;
    displayName: string;
    passwordHash: string;
    locale: UiLocale;
    systemRole: SystemRole;
  },
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await insertPerson(db, {
    id,
    email: input.email,
    password_hash: input.passwordHash,
    display_name: input.displayName,
    system_role: input.systemRole,
    locale: input.locale,
    organisation_id: null,
    position: "",
    level: null,
    field: "",
    years_of_service: null,
    languages: "[]",
    version: 1,
    created_at: now,
    updated_at: now,
  });
  return id;
}

/** The account row behind an email (with password hash), for auth and invitations. */
export function findAccountByEmail(db: Db, email: string): Promise<PersonRow | undefined> {
  return findPersonByEmail(db, email);
}

/** The account row behind an id (with password hash), for auth and invitations. */
export function findAccountById(db: Db, id: string): Promise<PersonRow | undefined> {
  return findPersonById(db, id);
}

/** Stores a new password hash for a person. */
export function setPassword(db: Db, id: string, passwordHash: string): Promise<void> {
  return setPasswordHash(db, id, passwordHash);
}

/** How many accounts exist (the demo seeds only an empty installation). */
export function countPeople(ctx: AppContext): Promise<number> {
  return countAllPeople(ctx.db);
}

/** Profiles of many people at once, each with their home organisation's country (or null). */
export async function getPeopleWithCountry(
  ctx: AppContext,
  ids: readonly string[],
): Promise<Map<string, Person & { country: string | null }>> {
  const rows = await findPeopleByIds(ctx.db, ids);
  return new Map(rows.map((r) => [r.id, { ...toPerson(r), country: r.organisation_country }]));
}
