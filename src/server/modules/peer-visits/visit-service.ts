import { canReadReport } from "../../../domain/peer-visit/confidentiality";
import type { PeerVisitPhase } from "../../../domain/peer-visit/phase-gates";
import type {
  PeerVisit,
  ReadinessEntry,
  UpdatePreparation,
} from "../../../shared/contracts/peer-visits";
import type { AuthorizedActivity, AuthorizedInitiative } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import { newId, nowIso } from "../../db/ids";
import type { PeerVisitTable } from "../../db/schema";
import { AppError, invalidField, staleVersion } from "../../errors";
import { findActivityFacts } from "./activity-facts-repo";
import {
  buildVisitActor,
  loadVisitContext,
  parseReadiness,
  requireAllowed,
  requirePhase,
  toConfidentialVisit,
  toVisitRole,
  type VisitContext,
} from "./visit-context";
import {
  findVisitByActivity,
  insertVisit,
  listInitiativeVisits,
  updateVisitIfVersion,
} from "./visit-repo";
import { buildVisitView, holds } from "./visit-view";

/** 409 unless the activity is of `formatKey` and has no such method record yet. */
export async function requireMethodActivity(
  ctx: AppContext,
  activityId: string,
  formatKeys: readonly string[],
) {
  const activity = await findActivityFacts(ctx.db, activityId);
  if (!activity || !formatKeys.includes(activity.format_key)) {
    throw new AppError(
      "CONFLICT",
      `This method needs an activity of format ${formatKeys.join(" or ")}`,
      [{ path: "formatKey", code: "wrong_format", message: `Needs ${formatKeys.join(" or ")}` }],
    );
  }
  return activity;
}

/** Starts the peer visit workflow on a peer-visit activity, in preparation. 409 if started. */
export async function startVisit(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: { areaToImprove: string },
): Promise<PeerVisit> {
  const activity = await requireMethodActivity(ctx, auth.activityId, ["peer_visit"]);
  if (await findVisitByActivity(ctx.db, auth.activityId)) {
    throw new AppError("CONFLICT", "This activity's peer visit has already been started");
  }
  const now = nowIso();
  const row: PeerVisitTable = {
    id: newId(),
    initiative_id: activity.initiative_id,
    activity_id: activity.id,
    created_by: auth.actor.personId,
    phase: "preparation",
    area_to_improve: input.areaToImprove,
    readiness: "[]",
    timeline: "[]",
    responsibilities: "[]",
    agreed_strengths: null,
    agreed_weaknesses: null,
    understanding_note: "",
    understanding_recorded_by: null,
    understanding_recorded_at: null,
    report_sharing: "confidential",
    report_shared_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await ctx.db.transaction().execute((trx) => insertVisit(trx, row));
  return getVisit(ctx, auth);
}

/** The visit as the caller may see it. */
export async function getVisit(ctx: AppContext, auth: AuthorizedActivity): Promise<PeerVisit> {
  return buildVisitView(ctx, await loadVisitContext(ctx, auth));
}

/**
 * The initiative's visits the caller takes part in, facilitates, or may read the report of.
 * Other visits stay unlisted: their existence is the circle's business.
 */
export async function listVisits(ctx: AppContext, auth: AuthorizedInitiative) {
  const rows = await listInitiativeVisits(ctx.db, auth.id, auth.actor.personId);
  const items = rows.flatMap((row) => {
    const participant = row.my_role ? { id: "", role: row.my_role } : null;
    const activityAuth = {
      ...auth,
      activityId: row.activity_id,
      participant,
    } as AuthorizedActivity;
    const actor = buildVisitActor(activityAuth, row.id);
    const scope = toConfidentialVisit({
      id: row.id,
      initiative_id: auth.id,
      phase: row.phase,
      report_sharing: row.report_sharing,
    });
    const isReadable = canReadReport(actor, scope);
    if (!participant && auth.role !== "facilitator" && !isReadable) return [];
    return [
      {
        id: row.id,
        activityId: row.activity_id,
        activityTitle: row.title,
        phase: row.phase as PeerVisitPhase,
        visitStartsOn: row.starts_on,
        myRoles: [
          ...(auth.role === "facilitator" ? (["facilitator"] as const) : []),
          ...(row.my_role ? [toVisitRole(row.my_role)] : []),
        ],
        reportSharing: scope.reportSharing,
        canReadReport: isReadable,
      },
    ];
  });
  return { items };
}

function mergeReadiness(stored: string, changes: readonly ReadinessEntry[]): string {
  const byCriterion = new Map(changes.map((entry) => [entry.criterion, entry]));
  return JSON.stringify(
    parseReadiness(stored).map((entry) => byCriterion.get(entry.criterion) ?? entry),
  );
}

function checkResponsibilities(context: VisitContext, input: UpdatePreparation): void {
  const participants = new Set(context.people.map((p) => p.person_id));
  input.responsibilities?.forEach((r, index) => {
    if (!participants.has(r.personId)) {
      throw invalidField(
        `responsibilities.${index}.personId`,
        "not_a_participant",
        "Responsibilities go to people taking part in the visit",
      );
    }
  });
}

/**
 * The host's preparation: area to improve and readiness self-assessment (in preparation only),
 * timeline and responsibilities (in preparation and during the visit). Hosts and facilitators.
 */
export async function updatePreparation(
  ctx: AppContext,
  auth: AuthorizedActivity,
  input: UpdatePreparation,
): Promise<PeerVisit> {
  const context = await loadVisitContext(ctx, auth);
  requireAllowed(holds(context, ["host", "facilitator"]), "preparing it");
  const touchesChoice = input.areaToImprove !== undefined || input.readiness !== undefined;
  requirePhase(context, touchesChoice ? ["preparation"] : ["preparation", "visit"]);
  checkResponsibilities(context, input);
  const changes: Partial<PeerVisitTable> = { updated_at: nowIso() };
  if (input.areaToImprove !== undefined) changes.area_to_improve = input.areaToImprove;
  if (input.readiness) changes.readiness = mergeReadiness(context.visit.readiness, input.readiness);
  if (input.timeline) changes.timeline = JSON.stringify(input.timeline);
  if (input.responsibilities) changes.responsibilities = JSON.stringify(input.responsibilities);
  const saved = await ctx.db
    .transaction()
    .execute((trx) => updateVisitIfVersion(trx, context.visit.id, input.version, changes));
  if (!saved) throw staleVersion("This peer visit");
  return getVisit(ctx, auth);
}
