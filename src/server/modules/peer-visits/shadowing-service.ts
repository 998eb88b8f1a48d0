import { canReadNote } from "../../../domain/peer-visit/confidentiality";
import type { WorkShadowing } from "../../../shared/contracts/work-shadowing";
import type { AuthorizedActivity } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import { newId, nowIso } from "../../db/ids";
import type { WorkShadowingEntryTable, WorkShadowingTable } from "../../db/schema";
import { AppError, notFound, staleVersion } from "../../errors";
import { getActivity } from "../activities/activity-service";
import { countDurationDays } from "../activities/schedule";
import { type ActivityPerson, findDisplayNames, listActivityPeople } from "./activity-facts-repo";
import { findShadowingByActivity, insertShadowing, updateShadowingIfVersion } from "./method-repo";
import { deleteRecordIfVersion, listRecords } from "./record-repo";
import { findOwnRecord, saveAuthoredRecord } from "./record-writes";
import { buildVisitActor, requireAllowed } from "./visit-context";
import { requireMethodActivity } from "./visit-service";

/** Work shadowing is for one or two visitors over one or two days (ICLD toolbox, method 4). */
const maxVisitors = 2;
const maxDays = 2;

async function loadShadowing(ctx: AppContext, auth: AuthorizedActivity) {
  const shadowing = await findShadowingByActivity(ctx.db, auth.activityId);
  if (!shadowing) throw notFound("Work shadowing");
  const actor = buildVisitActor(auth, shadowing.id);
  // Entries follow a peer visit's note rules: author, hosts (counterparts), facilitators.
  const scope = {
    visitId: shadowing.id,
    initiativeId: auth.id,
    phase: "visit" as const,
    reportSharing: "confidential" as const,
  };
  const canRead = (row: WorkShadowingEntryTable) =>
    canReadNote(actor, { visitId: row.shadowing_id, authorPersonId: row.author_id }, scope);
  return { shadowing, canRead };
}

function listWarnings(people: ActivityPerson[], days: number): WorkShadowing["warnings"] {
  const visitors = people.filter((p) => p.role === "visiting_peer").length;
  const warnings: WorkShadowing["warnings"] = [];
  if (visitors > maxVisitors)
    warnings.push({ code: "too_many_visitors", params: { count: visitors, max: maxVisitors } });
  if (visitors === 0) warnings.push({ code: "no_visitor", params: {} });
  if (!people.some((p) => p.role === "host")) warnings.push({ code: "no_counterpart", params: {} });
  if (days > maxDays) warnings.push({ code: "too_long", params: { count: days, max: maxDays } });
  return warnings;
}

/** Sets up work shadowing on an activity of that format (facilitators, hosts). */
export async function createShadowing(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: { focus: string },
) {
  const activity = await requireMethodActivity(ctx, auth.activityId, ["work_shadowing"]);
  if (await findShadowingByActivity(ctx.db, auth.activityId)) {
    throw new AppError("CONFLICT", "This activity's work shadowing is already set up");
  }
  const now = nowIso();
  const row: WorkShadowingTable = {
    id: newId(),
    initiative_id: activity.initiative_id,
    activity_id: activity.id,
    created_by: auth.actor.personId,
    focus: input.focus,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await ctx.db.transaction().execute((trx) => insertShadowing(trx, row));
  return getShadowing(ctx, auth);
}

/** The shadowing with its programme (the activity's agenda) and the entries the caller may read. */
export async function getShadowing(
  ctx: AppContext,
  auth: AuthorizedActivity,
): Promise<WorkShadowing> {
  const { shadowing, canRead } = await loadShadowing(ctx, auth);
  const activity = await getActivity(ctx, auth);
  const people = await listActivityPeople(ctx.db, auth.activityId);
  const rows = (
    await listRecords(ctx.db, "work_shadowing_entries", {
      column: "shadowing_id",
      id: shadowing.id,
    })
  ).filter(canRead);
  const names = await findDisplayNames(
    ctx.db,
    rows.map((r) => r.author_id),
  );
  const person = (p: ActivityPerson) => ({
    personId: p.person_id,
    displayName: p.display_name,
    organisationName: p.organisation_name,
  });
  const me = auth.actor.personId;
  return {
    id: shadowing.id,
    activityId: shadowing.activity_id,
    activityTitle: activity.title,
    startsOn: activity.startsOn,
    endsOn: activity.endsOn,
    focus: shadowing.focus,
    counterparts: people.filter((p) => p.role === "host").map(person),
    visitors: people.filter((p) => p.role === "visiting_peer").map(person),
    programme: activity.agenda,
    entries: rows.map((r) => ({
      id: r.id,
      kind: r.kind === "idea" ? "idea" : "observation",
      text: r.text,
      authorPersonId: r.author_id,
      authorName: names.get(r.author_id) ?? "",
      isMine: r.author_id === me,
      version: r.version,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    })),
    warnings: listWarnings(people, countDurationDays(activity)),
    permissions: {
      canEdit: auth.role === "facilitator" || auth.participant?.role === "host",
      canWriteEntries: auth.participant?.role === "visiting_peer",
    },
    version: shadowing.version,
    createdAt: shadowing.created_at,
  };
}

/** Changes the focus (facilitators, hosts). */
export async function updateShadowing(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: { focus: string; version: number },
) {
  const { shadowing } = await loadShadowing(ctx, auth);
  const saved = await ctx.db.transaction().execute((trx) =>
    updateShadowingIfVersion(trx, shadowing.id, input.version, {
      focus: input.focus,
      updated_at: nowIso(),
    }),
  );
  if (!saved) throw staleVersion("This work shadowing");
  return getShadowing(ctx, auth);
}

/** A visitor saves an observation or idea under a client id, idempotently (author only). */
export async function saveShadowingEntry(
  ctx: AppContext,
  auth: AuthorizedActivity,
  entryId: string,
  input: { kind: "observation" | "idea"; text: string; version: number },
) {
  const { shadowing, canRead } = await loadShadowing(ctx, auth);
  requireAllowed(auth.participant?.role === "visiting_peer", "writing observations");
  const me = auth.actor.personId;
  const row = await saveAuthoredRecord(ctx.db, {
    table: "work_shadowing_entries",
    parent: { column: "shadowing_id", id: shadowing.id },
    id: entryId,
    authorId: me,
    version: input.version,
    content: { kind: input.kind, text: input.text },
    buildRow: (id, now) => ({
      id,
      shadowing_id: shadowing.id,
      author_id: me,
      kind: input.kind,
      text: input.text,
      version: 1,
      created_at: now,
      updated_at: now,
    }),
    isSame: (stored) => stored.kind === input.kind && stored.text === input.text,
    canRead,
    what: "entry",
    newId,
  });
  const names = await findDisplayNames(ctx.db, [me]);
  return {
    id: row.id,
    kind: input.kind,
    text: row.text,
    authorPersonId: me,
    authorName: names.get(me) ?? "",
    isMine: true,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The author deletes their entry. */
export async function deleteShadowingEntry(
  ctx: AppContext,
  auth: AuthorizedActivity,
  entryId: string,
  version: number,
) {
  const { shadowing, canRead } = await loadShadowing(ctx, auth);
  const parent = { column: "shadowing_id" as const, id: shadowing.id };
  const me = auth.actor.personId;
  await findOwnRecord(
    ctx.db,
    "work_shadowing_entries",
    { parent, id: entryId, authorId: me, what: "Entry" },
    canRead,
  );
  const deleted = await ctx.db
    .transaction()
    .execute((trx) =>
      deleteRecordIfVersion(trx, "work_shadowing_entries", { parent, id: entryId, version }),
    );
  if (!deleted) throw staleVersion("This entry");
}
