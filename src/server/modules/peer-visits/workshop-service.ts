import {
  buildRunSheet,
  findWorkshopMethod,
  listWorkshopMethods,
  sumWorkshopMinutes,
  type WorkshopMethod,
  type WorkshopMethodId,
} from "../../../domain/peer-visit/workshop-methods";
import type { Workshop } from "../../../shared/contracts/workshops";
import type { AuthorizedActivity } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import { newId, nowIso } from "../../db/ids";
import type { WorkshopOutputTable, WorkshopTable } from "../../db/schema";
import { AppError, invalidField, notFound, staleVersion } from "../../errors";
import { findActivityFacts, findDisplayNames } from "./activity-facts-repo";
import { findWorkshopByActivity, insertWorkshop, updateWorkshopIfVersion } from "./method-repo";
import {
  deleteRecordIfVersion,
  findRecordById,
  insertRecord,
  listRecords,
  updateRecordIfVersion,
} from "./record-repo";
import { requireAllowed } from "./visit-context";
import { requireMethodActivity } from "./visit-service";

type OutputKind = Workshop["outputs"][number]["kind"];

/** A library method with its total length and run sheet (from minute 0). */
export function describeMethod(method: WorkshopMethod) {
  return {
    id: method.id,
    nameKey: method.nameKey,
    summaryKey: method.summaryKey,
    roles: [...method.roles],
    groupSize: method.groupSize,
    participants: method.participants,
    totalMinutes: sumWorkshopMinutes(method),
    runSheet: buildRunSheet(method),
  };
}

/** The whole method library. */
export function listMethodLibrary() {
  return { items: listWorkshopMethods().map(describeMethod) };
}

function methodOf(row: WorkshopTable): WorkshopMethod {
  const method = findWorkshopMethod(row.method_id);
  if (!method) throw new AppError("INTERNAL", `Unknown workshop method ${row.method_id}`);
  return method;
}

async function loadWorkshop(ctx: AppContext, auth: AuthorizedActivity) {
  const workshop = await findWorkshopByActivity(ctx.db, auth.activityId);
  if (!workshop) throw notFound("Workshop");
  return workshop;
}

const isRunner = (auth: AuthorizedActivity) =>
  auth.role === "facilitator" || auth.participant?.role === "host";
const mayChange = (auth: AuthorizedActivity, row: WorkshopOutputTable) =>
  row.author_id === auth.actor.personId || isRunner(auth);

/** Sets up a workshop activity with a method from the library (facilitators, hosts). */
export async function createWorkshop(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: { methodId: WorkshopMethodId; startTime: string | null },
): Promise<Workshop> {
  const activity = await requireMethodActivity(ctx, auth.activityId, [
    "peer_learning_workshop",
    "lessons_learnt_workshop",
  ]);
  if (await findWorkshopByActivity(ctx.db, auth.activityId)) {
    throw new AppError("CONFLICT", "This activity's workshop is already set up");
  }
  const now = nowIso();
  const row: WorkshopTable = {
    id: newId(),
    initiative_id: activity.initiative_id,
    activity_id: activity.id,
    created_by: auth.actor.personId,
    method_id: input.methodId,
    start_time: input.startTime,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await ctx.db.transaction().execute((trx) => insertWorkshop(trx, row));
  return getWorkshop(ctx, auth);
}

/** The workshop with its method, run sheet and every output (participants, facilitators). */
export async function getWorkshop(ctx: AppContext, auth: AuthorizedActivity): Promise<Workshop> {
  const workshop = await loadWorkshop(ctx, auth);
  const activity = await findActivityFacts(ctx.db, auth.activityId);
  const rows = await listRecords(ctx.db, "workshop_outputs", {
    column: "workshop_id",
    id: workshop.id,
  });
  const names = await findDisplayNames(
    ctx.db,
    rows.map((r) => r.author_id),
  );
  return {
    id: workshop.id,
    activityId: workshop.activity_id,
    activityTitle: activity?.title ?? "",
    method: describeMethod(methodOf(workshop)),
    startTime: workshop.start_time,
    outputs: rows.map((r) => ({
      id: r.id,
      kind: r.kind as OutputKind,
      stepKey: r.step_key,
      text: r.text,
      authorPersonId: r.author_id,
      authorName: names.get(r.author_id) ?? "",
      canEdit: mayChange(auth, r),
      version: r.version,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    })),
    permissions: { canEdit: isRunner(auth), canCapture: true },
    version: workshop.version,
    createdAt: workshop.created_at,
  };
}

/** Changes the method or start time (facilitators, hosts). */
export async function updateWorkshop(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: {
    methodId?: WorkshopMethodId | undefined;
    startTime?: string | null | undefined;
    version: number;
  },
): Promise<Workshop> {
  const workshop = await loadWorkshop(ctx, auth);
  const changes: Partial<WorkshopTable> = { updated_at: nowIso() };
  if (input.methodId !== undefined) changes.method_id = input.methodId;
  if (input.startTime !== undefined) changes.start_time = input.startTime;
  const saved = await ctx.db
    .transaction()
    .execute((trx) => updateWorkshopIfVersion(trx, workshop.id, input.version, changes));
  if (!saved) throw staleVersion("This workshop");
  return getWorkshop(ctx, auth);
}

function checkStep(workshop: WorkshopTable, stepKey: string | null): void {
  if (stepKey !== null && !methodOf(workshop).steps.some((step) => step.key === stepKey)) {
    throw invalidField("stepKey", "not_a_step", "This step is not part of the workshop's method");
  }
}

function findOutput(workshop: Workshop, outputId: string): Workshop["outputs"][number] {
  const output = workshop.outputs.find((o) => o.id === outputId);
  if (!output) throw notFound("Workshop output");
  return output;
}

/** Captures an output (anyone taking part, facilitators). */
export async function createOutput(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: { kind: OutputKind; stepKey: string | null; text: string },
) {
  const workshop = await loadWorkshop(ctx, auth);
  checkStep(workshop, input.stepKey);
  const now = nowIso();
  const row: WorkshopOutputTable = {
    id: newId(),
    workshop_id: workshop.id,
    author_id: auth.actor.personId,
    kind: input.kind,
    step_key: input.stepKey,
    text: input.text,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await ctx.db.transaction().execute((trx) => insertRecord(trx, "workshop_outputs", row));
  return findOutput(await getWorkshop(ctx, auth), row.id);
}

async function findChangeable(
  ctx: AppContext,
  auth: AuthorizedActivity,
  workshop: WorkshopTable,
  outputId: string,
) {
  const row = await findRecordById(ctx.db, "workshop_outputs", outputId);
  if (!row || row.workshop_id !== workshop.id) throw notFound("Workshop output");
  requireAllowed(mayChange(auth, row), "changing someone else's output");
  return row;
}

/** Edits an output (its author, hosts, facilitators). */
export async function updateOutput(
  ctx: AppContext,
  auth: AuthorizedActivity,
  outputId: string,
  input: { kind: OutputKind; stepKey: string | null; text: string; version: number },
) {
  const workshop = await loadWorkshop(ctx, auth);
  await findChangeable(ctx, auth, workshop, outputId);
  checkStep(workshop, input.stepKey);
  const ref = {
    parent: { column: "workshop_id" as const, id: workshop.id },
    id: outputId,
    version: input.version,
  };
  const changes = {
    kind: input.kind,
    step_key: input.stepKey,
    text: input.text,
    updated_at: nowIso(),
  };
  const saved = await ctx.db
    .transaction()
    .execute((trx) => updateRecordIfVersion(trx, "workshop_outputs", ref, changes));
  if (!saved) throw staleVersion("This output");
  return findOutput(await getWorkshop(ctx, auth), outputId);
}

/** Deletes an output (its author, hosts, facilitators). */
export async function deleteOutput(
  ctx: AppContext,
  auth: AuthorizedActivity,
  outputId: string,
  version: number,
) {
  const workshop = await loadWorkshop(ctx, auth);
  await findChangeable(ctx, auth, workshop, outputId);
  const ref = {
    parent: { column: "workshop_id" as const, id: workshop.id },
    id: outputId,
    version,
  };
  const deleted = await ctx.db
    .transaction()
    .execute((trx) => deleteRecordIfVersion(trx, "workshop_outputs", ref));
  if (!deleted) throw staleVersion("This output");
}
