import type { Updateable } from "kysely";
import type { FormatKey } from "../../../domain/catalogue/formats";
import type { Activity, ActivityStatus } from "../../../shared/contracts/activities";
import type {
  CreateShowcase,
  PlanShowcaseVisit,
  Showcase,
  UpdateShowcase,
} from "../../../shared/contracts/showcases";
import type { AuthorizedInitiative } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import { newId, nowIso } from "../../db/ids";
import type { ShowcaseTable } from "../../db/schema";
import { invalidField, notFound, staleVersion } from "../../errors";
import { createActivity } from "./activity-service";
import { findMemberIds, requireMembers, requireOrganisation } from "./reference-checks";
import { listShowcaseVisits } from "./repo";
import {
  deleteShowcaseRow,
  findShowcase,
  insertShowcase,
  listShowcasePage,
  type ShowcaseRow,
  updateShowcaseIfVersion,
} from "./showcase-repo";

type Visit = Awaited<ReturnType<typeof listShowcaseVisits>>[number];

function toShowcase(row: ShowcaseRow, visits: readonly Visit[]): Showcase {
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    title: row.title,
    practice: row.practice,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    place: row.place,
    results: row.results,
    costNote: row.cost_note,
    costAmountMinor: row.cost_amount_minor === null ? null : Number(row.cost_amount_minor),
    costCurrency: row.cost_currency,
    championPersonId: row.champion_person_id,
    championName: row.champion_name,
    contact: row.contact,
    plannedVisits: visits
      .filter((v) => v.showcase_id === row.id)
      .map((v) => ({
        id: v.id,
        title: v.title,
        formatKey: v.format_key as FormatKey,
        startsOn: v.starts_on,
        status: v.status as ActivityStatus,
      })),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A page of the initiative's showcases with the visits planned to each. */
export async function listShowcases(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  page: { limit: number; offset: number },
) {
  const { rows, total } = await listShowcasePage(ctx.db, auth.id, page);
  const visits = await listShowcaseVisits(
    ctx.db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toShowcase(r, visits)), total, ...page };
}

/** One showcase, or 404. */
export async function getShowcase(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  id: string,
): Promise<Showcase> {
  const row = await findShowcase(ctx.db, auth.id, id);
  if (!row) throw notFound("Showcase");
  return toShowcase(row, await listShowcaseVisits(ctx.db, [id]));
}

async function checkReferences(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  input: Partial<CreateShowcase>,
  merged: { costAmountMinor: number | null; costCurrency: string | null },
): Promise<void> {
  if (merged.costAmountMinor !== null && merged.costCurrency === null) {
    throw invalidField("costCurrency", "required_with_amount", "Give the currency of the cost");
  }
  await requireOrganisation(ctx, "organisationId", input.organisationId);
  await requireMembers(ctx, auth, "championPersonId", [input.championPersonId]);
}

/** Records a showcase. */
export async function createShowcase(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  input: CreateShowcase,
): Promise<Showcase> {
  await checkReferences(ctx, auth, input, input);
  const now = nowIso();
  const id = newId();
  await insertShowcase(ctx.db, {
    id,
    initiative_id: auth.id,
    title: input.title,
    practice: input.practice,
    organisation_id: input.organisationId,
    place: input.place,
    results: input.results,
    cost_note: input.costNote,
    cost_amount_minor: input.costAmountMinor,
    cost_currency: input.costCurrency,
    champion_person_id: input.championPersonId,
    contact: input.contact,
    created_by: auth.actor.personId,
    version: 1,
    created_at: now,
    updated_at: now,
  });
  return getShowcase(ctx, auth, id);
}

/** Edits a showcase; 409 when stale. */
export async function updateShowcase(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  id: string,
  input: UpdateShowcase,
): Promise<Showcase> {
  const current = await getShowcase(ctx, auth, id);
  await checkReferences(ctx, auth, input, {
    costAmountMinor:
      input.costAmountMinor !== undefined ? input.costAmountMinor : current.costAmountMinor,
    costCurrency: input.costCurrency !== undefined ? input.costCurrency : current.costCurrency,
  });
  const c: Updateable<ShowcaseTable> = {};
  if (input.title !== undefined) c.title = input.title;
  if (input.practice !== undefined) c.practice = input.practice;
  if (input.organisationId !== undefined) c.organisation_id = input.organisationId;
  if (input.place !== undefined) c.place = input.place;
  if (input.results !== undefined) c.results = input.results;
  if (input.costNote !== undefined) c.cost_note = input.costNote;
  if (input.costAmountMinor !== undefined) c.cost_amount_minor = input.costAmountMinor;
  if (input.costCurrency !== undefined) c.cost_currency = input.costCurrency;
  if (input.championPersonId !== undefined) c.champion_person_id = input.championPersonId;
  if (input.contact !== undefined) c.contact = input.contact;
  if (!(await updateShowcaseIfVersion(ctx.db, auth.id, id, input.version, c))) {
    throw staleVersion("This showcase");
  }
  return getShowcase(ctx, auth, id);
}

/** Deletes a showcase; visits planned to it stay. */
export async function deleteShowcase(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  id: string,
): Promise<void> {
  if (!(await deleteShowcaseRow(ctx.db, auth.id, id))) throw notFound("Showcase");
}

/**
 * Plans a visit to a showcase: an activity (a study visit unless said otherwise) hosted by
 * the showcase's organisation, with its champion as host when they are a member.
 */
export async function planShowcaseVisit(
  ctx: AppContext,
  auth: AuthorizedInitiative,
  id: string,
  input: PlanShowcaseVisit,
): Promise<Activity> {
  const showcase = await getShowcase(ctx, auth, id);
  const champion = showcase.championPersonId;
  const isMember = champion !== null && (await findMemberIds(ctx, auth)).has(champion);
  return createActivity(
    ctx,
    auth,
    { ...input, hostOrganisationId: input.hostOrganisationId ?? showcase.organisationId },
    {
      showcaseId: showcase.id,
      participants: isMember && champion ? [{ personId: champion, role: "host" }] : [],
    },
  );
}
