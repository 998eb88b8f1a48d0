/** Roles a person can hold within one peer visit. */
export const visitRoles = ["facilitator", "host", "moderator", "visiting_peer", "other"] as const;
/** One of `visitRoles`. */
export type VisitRole = (typeof visitRoles)[number];

/**
 * Roles within one initiative. Mirrors the member roles of the API contract; re-declared here
 * because the domain imports nothing outside `src/domain`.
 */
export const initiativeRoles = [
  "facilitator",
  "peer",
  "authoriser",
  "moderator",
  "observer",
] as const;
/** One of `initiativeRoles`. */
export type InitiativeRole = (typeof initiativeRoles)[number];

/**
 * Who is acting, with roles resolved by the caller for ONE initiative and (optionally) ONE visit.
 * The ids say which initiative and visit the roles were resolved for: a role only counts where
 * those ids match the visit in question, so roles looked up for the wrong visit grant nothing.
 */
export interface PeerVisitActor {
  personId: string;
  /** The initiative `initiativeRoles` belong to. */
  initiativeId: string;
  initiativeRoles: readonly InitiativeRole[];
  /** The visit `visitRoles` belong to; null when the person holds no role in any visit asked about. */
  visitId: string | null;
  visitRoles: readonly VisitRole[];
}

/** Which visit (and its initiative) a rule is being asked about. */
export interface VisitScope {
  visitId: string;
  initiativeId: string;
}

/** True when the actor's initiative roles were resolved for the scope's initiative. */
export function isInScopeInitiative(actor: PeerVisitActor, scope: VisitScope): boolean {
  return actor.initiativeId === scope.initiativeId;
}

/** True when the actor holds at least one role in the scope's initiative. */
export function isInitiativeMember(actor: PeerVisitActor, scope: VisitScope): boolean {
  return isInScopeInitiative(actor, scope) && actor.initiativeRoles.length > 0;
}

/** True when the actor facilitates the scope's initiative. */
export function isInitiativeFacilitator(actor: PeerVisitActor, scope: VisitScope): boolean {
  return isInScopeInitiative(actor, scope) && actor.initiativeRoles.includes("facilitator");
}

/**
 * The roles the actor effectively holds in this visit: visit roles resolved for this very visit,
 * plus `facilitator` for a facilitator of the visit's initiative (they run every visit in it).
 * An initiative-level `moderator` is not a moderator of every visit, so it adds nothing.
 */
export function resolveVisitRoles(
  actor: PeerVisitActor,
  scope: VisitScope,
): ReadonlySet<VisitRole> {
  const roles = new Set<VisitRole>();
  if (isInScopeInitiative(actor, scope) && actor.visitId === scope.visitId) {
    for (const role of actor.visitRoles) roles.add(role);
  }
  if (isInitiativeFacilitator(actor, scope)) roles.add("facilitator");
  return roles;
}

/** True when the actor effectively holds any of `allowed` in the visit. */
export function hasAnyVisitRole(
  actor: PeerVisitActor,
  scope: VisitScope,
  allowed: readonly VisitRole[],
): boolean {
  const held = resolveVisitRoles(actor, scope);
  return allowed.some((role) => held.has(role));
}
