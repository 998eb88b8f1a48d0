import { assessScoping } from "../../../domain/process-map/scoping";
import type {
  CreateInitiative,
  Initiative,
  InitiativeSummary,
  MemberRole,
  Scoping,
  UpdateInitiative,
} from "../../../shared/contracts/initiatives";
import type { AuthorizedInitiative } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import { newId, nowIso } from "../../db/ids";
import type { InitiativeTable } from "../../db/schema";
import { invalidField, notFound, staleVersion } from "../../errors";
import { addMembership } from "../members/service";
import {
  findInitiative,
  insertInitiative,
  listInitiativesOfPerson,
  updateInitiativeIfVersion,
} from "./repo";

type InitiativeRow = InitiativeTable & { member_count: number | string | null };

function toInitiative(row: InitiativeRow, myRole: MemberRole): Initiative {
  const scoping = JSON.parse(row.scoping) as Scoping;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as Initiative["kind"],
    reformArea: row.reform_area,
    focalSector: row.focal_sector,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    scoping,
    scopingCompleteness: assessScoping(scoping),
    myRole,
    memberCount: Number(row.member_count ?? 0),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Drops empty answers so the stored scoping holds only what was said. */
function compactScoping(scoping: Scoping): Scoping {
  return Object.fromEntries(Object.entries(scoping).filter(([, v]) => v?.trim())) as Scoping;
}

/** Creates an initiative; its creator becomes its first facilitator, in one transaction. */
export async function createInitiative(
  ctx: AppContext,
  creatorId: string,
  input: CreateInitiative,
): Promise<Initiative> {
  const now = nowIso();
  const row: InitiativeTable = {
    id: newId(),
    name: input.name,
    kind: input.kind,
    reform_area: input.reformArea,
    focal_sector: input.focalSector,
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    scoping: JSON.stringify(compactScoping(input.scoping)),
    version: 1,
    created_by: creatorId,
    created_at: now,
    updated_at: now,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await insertInitiative(trx, row);
    await addMembership(trx, row.id, creatorId, "facilitator");
  });
  return toInitiative({ ...row, member_count: 1 }, "facilitator");
}

/** One initiative as the authorised member sees it. */
export async function getInitiative(
  ctx: AppContext,
  auth: AuthorizedInitiative,
): Promise<Initiative> {
  const row = await findInitiative(ctx.db, auth.id);
  if (!row) throw notFound("Initiative");
  return toInitiative(row, auth.role);
}

/**
 * Edits an initiative. Scoping answers merge into what is stored (an empty string clears one),
 * so the facilitator can fill the guided form a part at a time. Stale `version` gets 409.
 */
export async function updateInitiative(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  input: UpdateInitiative,
): Promise<Initiative> {
  return ctx.db.transaction().execute(async (trx) => {
    const current = await findInitiative(trx, auth.id);
    if (!current) throw notFound("Initiative");
    const startsOn = input.startsOn !== undefined ? input.startsOn : current.starts_on;
    const endsOn = input.endsOn !== undefined ? input.endsOn : current.ends_on;
    if (startsOn && endsOn && startsOn > endsOn) {
      throw invalidField("endsOn", "ends_before_start", "The end date is before the start date");
    }
    const changes: Partial<InitiativeTable> = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.kind !== undefined) changes.kind = input.kind;
    if (input.reformArea !== undefined) changes.reform_area = input.reformArea;
    if (input.focalSector !== undefined) changes.focal_sector = input.focalSector;
    if (input.startsOn !== undefined) changes.starts_on = input.startsOn;
    if (input.endsOn !== undefined) changes.ends_on = input.endsOn;
    if (input.scoping !== undefined) {
      const merged = { ...(JSON.parse(current.scoping) as Scoping), ...input.scoping };
      changes.scoping = JSON.stringify(compactScoping(merged));
    }
    if (!(await updateInitiativeIfVersion(trx, auth.id, input.version, changes))) {
      throw staleVersion("This initiative");
    }
    const row = await findInitiative(trx, auth.id);
    if (!row) throw notFound("Initiative");
    return toInitiative(row, auth.role);
  });
}

/** The initiatives a person belongs to (members see only those). */
export async function findMyInitiatives(
  ctx: AppContext,
  personId: string,
  page: { limit: number; offset: number },
): Promise<{ items: InitiativeSummary[]; total: number; limit: number; offset: number }> {
  const { rows, total } = await listInitiativesOfPerson(ctx.db, personId, page);
  const items = rows.map((r) => {
    const full = toInitiative(r, r.my_role as MemberRole);
    return {
      id: full.id,
      name: full.name,
      kind: full.kind,
      reformArea: full.reformArea,
      startsOn: full.startsOn,
      endsOn: full.endsOn,
      myRole: full.myRole,
      memberCount: full.memberCount,
      scopingCompleteness: full.scopingCompleteness,
    };
  });
  return { items, total, limit: page.limit, offset: page.offset };
}
