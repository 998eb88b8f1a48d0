import type { ConfidentialVisit } from "../../../domain/peer-visit/confidentiality";
import type { PeerVisitFacts, PeerVisitPhase } from "../../../domain/peer-visit/phase-gates";
import type { PeerVisitActor, VisitRole } from "../../../domain/peer-visit/visit-actor";
import type { ParticipantRole } from "../../../shared/contracts/activity-items";
import type { ReadinessEntry } from "../../../shared/contracts/peer-visits";
import { readinessCriteria } from "../../../shared/contracts/peer-visits";
import type { AuthorizedActivity } from "../../auth/access-gate";
import type { AppContext } from "../../context";
import type { PeerVisitTable } from "../../db/schema";
import { AppError, notFound } from "../../errors";
import {
  type ActivityFacts,
  type ActivityPerson,
  findActivityFacts,
  listActivityPeople,
} from "./activity-facts-repo";
import { findVisitByActivity, listActionStatuses } from "./visit-repo";

/** The visit role an activity participant holds (an expert is `other`). */
export function toVisitRole(role: ParticipantRole | string): VisitRole {
  if (role === "host" || role === "visiting_peer" || role === "moderator") return role;
  return "other";
}

/** Everything a peer-visit use case works with, loaded once per request. */
export type VisitContext = {
  auth: AuthorizedActivity;
  visit: PeerVisitTable;
  activity: ActivityFacts;
  people: ActivityPerson[];
  actor: PeerVisitActor;
  scope: ConfidentialVisit;
};

/** The domain's view of who is asking, resolved for this initiative and this visit. */
export function buildVisitActor(auth: AuthorizedActivity, visitId: string): PeerVisitActor {
  return {
    personId: auth.actor.personId,
    initiativeId: auth.id,
    initiativeRoles: [auth.role],
    visitId,
    visitRoles: auth.participant ? [toVisitRole(auth.participant.role)] : [],
  };
}

/** The facts the confidentiality rules read. */
export function toConfidentialVisit(
  visit: Pick<PeerVisitTable, "id" | "initiative_id" | "phase" | "report_sharing">,
): ConfidentialVisit {
  return {
    visitId: visit.id,
    initiativeId: visit.initiative_id,
    phase: visit.phase as PeerVisitPhase,
    reportSharing: visit.report_sharing === "initiative" ? "initiative" : "confidential",
  };
}

/** Loads the activity's peer visit for an authorised caller; 404 while none was started. */
export async function loadVisitContext(
  ctx: AppContext,
  auth: AuthorizedActivity,
): Promise<VisitContext> {
  const visit = await findVisitByActivity(ctx.db, auth.activityId);
  const activity = await findActivityFacts(ctx.db, auth.activityId);
  if (!visit || !activity) throw notFound("Peer visit");
  const people = await listActivityPeople(ctx.db, auth.activityId);
  return {
    auth,
    visit,
    activity,
    people,
    actor: buildVisitActor(auth, visit.id),
    scope: toConfidentialVisit(visit),
  };
}

/** 409 unless the visit is in one of `phases`. */
export function requirePhase(context: VisitContext, phases: readonly PeerVisitPhase[]): void {
  if (!phases.includes(context.scope.phase)) {
    throw new AppError(
      "CONFLICT",
      `This is not possible in the ${context.scope.phase} phase of the visit`,
      [{ path: "phase", code: "wrong_phase", message: `Needs phase ${phases.join(" or ")}` }],
    );
  }
}

/** 403 unless `allowed` is true; a member who may see the visit learns why. */
export function requireAllowed(allowed: boolean, what: string): void {
  if (!allowed) throw new AppError("FORBIDDEN", `Your part in this visit does not allow ${what}`);
}

/** The stored readiness entries, one per criterion in order (unanswered ones empty). */
export function parseReadiness(json: string): ReadinessEntry[] {
  const stored = parseJson<ReadinessEntry[]>(json, []);
  return readinessCriteria.map(
    (criterion) =>
      stored.find((entry) => entry.criterion === criterion) ?? {
        criterion,
        rating: null,
        comment: "",
      },
  );
}

/** JSON text from the database, or `fallback` when absent or broken. */
export function parseJson<T>(json: string | null, fallback: T): T {
  if (json === null) return fallback;
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
}

/** The agreed points, or null until the moderator recorded them. */
export function parseUnderstanding(visit: PeerVisitTable) {
  if (visit.agreed_strengths === null || visit.agreed_weaknesses === null) return null;
  return {
    agreedStrengths: parseJson<string[]>(visit.agreed_strengths, []),
    agreedWeaknesses: parseJson<string[]>(visit.agreed_weaknesses, []),
  };
}

/** The facts the phase gates judge, loaded for the current state of the visit. */
export async function loadGateFacts(
  ctx: AppContext,
  context: VisitContext,
): Promise<PeerVisitFacts> {
  const actions = await listActionStatuses(ctx.db, context.visit.id);
  const idsWith = (role: string) =>
    context.people.filter((p) => p.role === role).map((p) => p.person_id);
  return {
    areaToImprove: context.visit.area_to_improve,
    isReadinessAssessmentCompleted: parseReadiness(context.visit.readiness).every(
      (entry) => entry.rating !== null,
    ),
    moderatorPersonIds: idsWith("moderator"),
    visitingPeerPersonIds: idsWith("visiting_peer"),
    visitStartsOn: context.activity.starts_on,
    commonUnderstanding: parseUnderstanding(context.visit),
    improvementActions: actions.map((a) => ({
      id: a.id,
      status: a.status as PeerVisitFacts["improvementActions"][number]["status"],
    })),
  };
}
