import type { FastifyReply, FastifyRequest } from "fastify";
import type { ParticipantRole } from "../../shared/contracts/activity-items";
import type { SystemRole } from "../../shared/contracts/auth";
import type { MemberRole } from "../../shared/contracts/initiatives";
import type { AppContext } from "../context";
import { AppError, notFound } from "../errors";
import {
  findActivityParticipation,
  findMemberRole,
  findSessionPerson,
  sharesAnInitiative,
} from "./access-repo";
import { type Action, type Actor, can } from "./policy";
import { hashToken } from "./tokens";

/** Name of the session cookie. */
export const SESSION_COOKIE = "kollega_session";

declare module "fastify" {
  interface FastifyRequest {
    /** Who is asking, resolved once per request from the session cookie; null when signed out. */
    actor: Actor | null;
  }
}

declare const authorizedBrand: unique symbol;
/**
 * An initiative id the gate has checked for this actor and action. Only `authorizeInitiative`
 * creates one, so repositories that take it cannot be handed an unchecked id.
 */
export type AuthorizedInitiativeId = string & { readonly [authorizedBrand]: true };

/** The checked initiative with the actor's role in it. */
export type AuthorizedInitiative = { id: AuthorizedInitiativeId; role: MemberRole; actor: Actor };

/** Fastify `onRequest` hook: resolves the session cookie into `request.actor`. */
export function resolveActorHook(ctx: AppContext) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    request.actor = null;
    const token = request.cookies[SESSION_COOKIE];
    if (!token || token.length > 200) return;
    const row = await findSessionPerson(ctx.db, hashToken(token), new Date().toISOString());
    if (row) request.actor = { personId: row.id, systemRole: row.system_role as SystemRole };
  };
}

/** The signed-in actor, or a 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError("UNAUTHENTICATED", "Sign in first");
  return request.actor;
}

/** Checks an installation-wide action (no initiative involved); 401 or 403 when not allowed. */
export function authorizeSystem(request: FastifyRequest, action: Action): Actor {
  const actor = requireActor(request);
  if (!can(actor, action, { kind: "system" })) {
    throw new AppError("FORBIDDEN", "You are not allowed to do this");
  }
  return actor;
}

/**
 * Checks an action within an initiative. Non-members get 404 (an initiative's existence is not
 * revealed to outsiders); members whose role does not allow the action get 403.
 */
export async function authorizeInitiative(
  ctx: AppContext,
  request: FastifyRequest,
  initiativeId: string,
  action: Action,
): Promise<AuthorizedInitiative> {
  const actor = requireActor(request);
  const role = (await findMemberRole(ctx.db, initiativeId, actor.personId)) as MemberRole | null;
  if (role === null) throw notFound("Initiative");
  if (!can(actor, action, { kind: "initiative", role })) {
    throw new AppError("FORBIDDEN", "Your role in this initiative does not allow this");
  }
  return { id: initiativeId as AuthorizedInitiativeId, role, actor };
}

/** Checks an action on a person's profile; people one may not see get 404. */
export async function authorizePerson(
  ctx: AppContext,
  request: FastifyRequest,
  personId: string,
  action: "person.read" | "person.update",
): Promise<Actor> {
  const actor = requireActor(request);
  const shares =
    actor.personId !== personId && (await sharesAnInitiative(ctx.db, actor.personId, personId));
  const resource = { kind: "person" as const, personId, sharesInitiative: shares };
  if (!can(actor, "person.read", resource)) throw notFound("Person");
  if (!can(actor, action, resource))
    throw new AppError("FORBIDDEN", "You may not change this profile");
  return actor;
}

declare const activityBrand: unique symbol;
/** An activity id the gate has checked: it belongs to the authorised initiative. */
export type AuthorizedActivityId = string & { readonly [activityBrand]: true };

/** The checked activity, its initiative, and the actor's part in it (null: takes no part). */
export type AuthorizedActivity = AuthorizedInitiative & {
  activityId: AuthorizedActivityId;
  participant: { id: string; role: ParticipantRole } | null;
};

/**
 * Checks an action on one activity of an initiative. Non-members get 404 for the initiative,
 * an activity of another initiative 404; members whose part does not allow the action 403.
 */
export async function authorizeActivity(
  ctx: AppContext,
  request: FastifyRequest,
  initiativeId: string,
  activityId: string,
  action: Action,
): Promise<AuthorizedActivity> {
  const actor = requireActor(request);
  const role = (await findMemberRole(ctx.db, initiativeId, actor.personId)) as MemberRole | null;
  if (role === null) throw notFound("Initiative");
  const found = await findActivityParticipation(ctx.db, initiativeId, activityId, actor.personId);
  if (!found) throw notFound("Activity");
  const participant = found.participant as AuthorizedActivity["participant"];
  const resource = {
    kind: "activity" as const,
    memberRole: role,
    participantRole: participant?.role ?? null,
  };
  if (!can(actor, action, resource)) {
    throw new AppError("FORBIDDEN", "Your part in this activity does not allow this");
  }
  return {
    id: initiativeId as AuthorizedInitiativeId,
    role,
    actor,
    activityId: activityId as AuthorizedActivityId,
    participant,
  };
}
