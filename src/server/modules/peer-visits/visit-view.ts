import { canReadReport, canShareReport } from "../../../domain/peer-visit/confidentiality";
import {
  checkGates,
  type PeerVisitPhase,
  peerVisitPhases,
} from "../../../domain/peer-visit/phase-gates";
import {
  advancePermissions,
  findNextPhase,
  preparationWarnings,
  reopenPermissions,
} from "../../../domain/peer-visit/phase-machine";
import {
  hasAnyVisitRole,
  resolveVisitRoles,
  type VisitRole,
  visitRoles,
} from "../../../domain/peer-visit/visit-actor";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";
import type { AppContext } from "../../context";
import { todayUtc } from "../activities/schedule";
import { findDisplayNames } from "./activity-facts-repo";
import {
  loadGateFacts,
  parseJson,
  parseReadiness,
  parseUnderstanding,
  toVisitRole,
  type VisitContext,
} from "./visit-context";
import { countFeedbackItems, listPhaseEvents } from "./visit-repo";

/** True when the caller holds any of `roles` in this visit (facilitators count everywhere). */
export function holds(context: VisitContext, roles: readonly VisitRole[]): boolean {
  return hasAnyVisitRole(context.actor, context.scope, roles);
}

function isIn(context: VisitContext, phases: readonly PeerVisitPhase[]): boolean {
  return phases.includes(context.scope.phase);
}

/** What the caller may do now, by the domain's roles and the visit's phase. */
export function buildPermissions(context: VisitContext): PeerVisit["permissions"] {
  const phase = context.scope.phase;
  const isParticipant = context.actor.visitRoles.length > 0;
  const earlier = peerVisitPhases.slice(0, peerVisitPhases.indexOf(phase));
  return {
    canEditPreparation:
      holds(context, ["host", "facilitator"]) && isIn(context, ["preparation", "visit"]),
    canAdvance: findNextPhase(phase) !== null && holds(context, advancePermissions[phase]),
    canReopenTo: earlier.filter((to) => holds(context, reopenPermissions[to])),
    canWriteNotes: isParticipant && phase !== "closed",
    canWritePeerCheck: holds(context, ["visiting_peer"]) && isIn(context, ["visit", "feedback"]),
    canWriteFeedback: holds(context, ["visiting_peer"]) && phase === "feedback",
    canReadAllFeedback: holds(context, ["host", "moderator", "facilitator"]),
    canRecordUnderstanding: holds(context, ["moderator", "facilitator"]) && phase === "feedback",
    canManageActions: holds(context, ["host", "facilitator"]) && phase === "follow_up",
    canWriteAdaptation: holds(context, ["visiting_peer"]) && phase === "follow_up",
    canReadReport: canReadReport(context.actor, context.scope),
    canShareReport: canShareReport(context.actor, context.scope),
  };
}

/** The visit's people with their visit roles, from the activity's participants. */
export function listVisitPeople(context: VisitContext): PeerVisit["people"] {
  return context.people.map((p) => ({
    personId: p.person_id,
    displayName: p.display_name,
    organisationName: p.organisation_name,
    roles: [toVisitRole(p.role)],
  }));
}

/** The common understanding with who recorded it, or null. */
export async function buildUnderstanding(ctx: AppContext, context: VisitContext) {
  const agreed = parseUnderstanding(context.visit);
  if (!agreed) return null;
  const by = context.visit.understanding_recorded_by;
  const names = await findDisplayNames(ctx.db, by ? [by] : []);
  return {
    ...agreed,
    note: context.visit.understanding_note,
    recordedByName: by ? (names.get(by) ?? null) : null,
    recordedAt: context.visit.understanding_recorded_at,
  };
}

async function buildHistory(ctx: AppContext, visitId: string): Promise<PeerVisit["history"]> {
  const rows = await listPhaseEvents(ctx.db, visitId);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind === "phase_reopened" ? "phase_reopened" : "phase_advanced",
    from: row.from_phase as PeerVisitPhase,
    to: row.to_phase as PeerVisitPhase,
    byPersonId: row.by_person_id ?? "",
    byName: row.by_name ?? "",
    byRoles: parseJson<VisitRole[]>(row.by_roles, []).filter((r) => visitRoles.includes(r)),
    on: row.on_date,
    reason: row.reason,
    createdAt: row.created_at,
  }));
}

/** The visit as its page shows it to the caller. */
export async function buildVisitView(ctx: AppContext, context: VisitContext): Promise<PeerVisit> {
  const { visit, activity } = context;
  const phase = context.scope.phase;
  const today = todayUtc();
  const facts = await loadGateFacts(ctx, context);
  const responsibilities = parseJson<{ personId: string; task: string }[]>(
    visit.responsibilities,
    [],
  );
  const names = new Map(context.people.map((p) => [p.person_id, p.display_name]));
  const readiness = parseReadiness(visit.readiness);
  return {
    id: visit.id,
    initiativeId: visit.initiative_id,
    activityId: visit.activity_id,
    activityTitle: activity.title,
    hostOrganisationName: activity.host_organisation_name,
    phase,
    visitStartsOn: activity.starts_on,
    visitEndsOn: activity.ends_on,
    areaToImprove: visit.area_to_improve,
    readiness,
    isReadinessCompleted: facts.isReadinessAssessmentCompleted,
    timeline: parseJson(visit.timeline, []),
    responsibilities: responsibilities.map((r) => ({
      ...r,
      displayName: names.get(r.personId) ?? "",
    })),
    people: listVisitPeople(context),
    myRoles: [...resolveVisitRoles(context.actor, context.scope)].sort(),
    warnings: phase === "preparation" ? preparationWarnings(activity.starts_on, today) : [],
    nextPhase: findNextPhase(phase),
    unmetGates: checkGates(phase, { today, facts }),
    commonUnderstanding: await buildUnderstanding(ctx, context),
    reportSharing: context.scope.reportSharing,
    reportSharedAt: visit.report_shared_at,
    feedbackItemCount: await countFeedbackItems(ctx.db, visit.id),
    history: await buildHistory(ctx, visit.id),
    permissions: buildPermissions(context),
    version: visit.version,
    createdAt: visit.created_at,
    updatedAt: visit.updated_at,
  };
}
