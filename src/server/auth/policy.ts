import type { SystemRole } from "../../shared/contracts/auth";
import type { MemberRole } from "../../shared/contracts/initiatives";

/** Who is asking: a signed-in person with their installation-wide role. */
export type Actor = { personId: string; systemRole: SystemRole };

/** Everything the policy can be asked about. */
export type Action =
  | "organisation.read"
  | "organisation.write"
  | "initiative.create"
  | "initiative.read"
  | "initiative.update"
  | "member.list"
  | "member.manage"
  | "invitation.manage"
  | "person.read"
  | "person.update"
  | "admin.read"
  | "admin.write";

/** What the action is about, with just the facts the rule needs. */
export type Resource =
  | { kind: "system" }
  | { kind: "initiative"; role: MemberRole | null }
  | { kind: "person"; personId: string; sharesInitiative: boolean };

const initiativeRules: Partial<Record<Action, readonly MemberRole[]>> = {
  "initiative.read": ["facilitator", "peer", "authoriser", "moderator", "observer"],
  "member.list": ["facilitator", "peer", "authoriser", "moderator", "observer"],
  "initiative.update": ["facilitator"],
  "member.manage": ["facilitator"],
  "invitation.manage": ["facilitator"],
};

/**
 * The one access policy: may `actor` do `action` on `resource`? Pure; the server asks it on
 * every route, and tests walk it exhaustively. Signed-out callers (`null`) may do none of these.
 */
export function can(actor: Actor | null, action: Action, resource: Resource): boolean {
  if (!actor) return false;
  switch (resource.kind) {
    case "system":
      return canOnSystem(actor, action);
    case "initiative": {
      const allowed = initiativeRules[action];
      return resource.role !== null && allowed !== undefined && allowed.includes(resource.role);
    }
    case "person":
      if (action === "person.read") {
        return (
          actor.personId === resource.personId ||
          actor.systemRole === "admin" ||
          resource.sharesInitiative
        );
      }
      if (action === "person.update") {
        return actor.personId === resource.personId || actor.systemRole === "admin";
      }
      return false;
  }
}

function canOnSystem(actor: Actor, action: Action): boolean {
  switch (action) {
    case "organisation.read":
      return true;
    case "organisation.write":
    case "initiative.create":
      return actor.systemRole === "admin" || actor.systemRole === "facilitator";
    case "admin.read":
    case "admin.write":
      return actor.systemRole === "admin";
    default:
      return false;
  }
}
