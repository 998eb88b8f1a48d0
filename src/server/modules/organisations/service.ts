import type { z } from "zod";
import type {
  CreateOrganisation,
  Organisation,
  updateOrganisationSchema,
} from "../../../shared/contracts/organisations";
import type { AppContext } from "../../context";
import { newId, nowIso } from "../../db/ids";
import type { OrganisationTable } from "../../db/schema";
import { notFound, staleVersion } from "../../errors";
import {
  findOrganisation,
  insertOrganisation,
  listOrganisations,
  updateOrganisationIfVersion,
} from "./repo";

/** Shapes a row for the API. */
function toOrganisation(row: OrganisationTable): Organisation {
  return {
    id: row.id,
    name: row.name,
    country: row.country,
    level: row.level as Organisation["level"],
    kind: row.kind as Organisation["kind"],
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Lower-cased, accent-folded name used for search and sorting. */
export function searchableName(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Creates an organisation. */
export async function createOrganisation(
  ctx: AppContext,
  input: CreateOrganisation,
): Promise<Organisation> {
  const now = nowIso();
  const row: OrganisationTable = {
    id: newId(),
    name: input.name,
    name_search: searchableName(input.name),
    country: input.country,
    level: input.level,
    kind: input.kind,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await insertOrganisation(ctx.db, row);
  return toOrganisation(row);
}

/** One organisation, or 404. */
export async function getOrganisation(ctx: AppContext, id: string): Promise<Organisation> {
  const row = await findOrganisation(ctx.db, id);
  if (!row) throw notFound("Organisation");
  return toOrganisation(row);
}

/** Edits an organisation; a stale `version` gets 409. */
export async function updateOrganisation(
  ctx: AppContext,
  id: string,
  input: z.infer<typeof updateOrganisationSchema>,
): Promise<Organisation> {
  const { version, ...fields } = input;
  const changes: Partial<OrganisationTable> = { ...fields };
  if (fields.name !== undefined) changes.name_search = searchableName(fields.name);
  if (!(await updateOrganisationIfVersion(ctx.db, id, version, changes))) {
    if (!(await findOrganisation(ctx.db, id))) throw notFound("Organisation");
    throw staleVersion("This organisation");
  }
  return getOrganisation(ctx, id);
}

/** A page of organisations. */
export async function findOrganisations(
  ctx: AppContext,
  page: { limit: number; offset: number; q?: string | undefined },
) {
  const { rows, total } = await listOrganisations(ctx.db, {
    ...page,
    q: page.q ? searchableName(page.q) : undefined,
  });
  return { items: rows.map(toOrganisation), total, limit: page.limit, offset: page.offset };
}
