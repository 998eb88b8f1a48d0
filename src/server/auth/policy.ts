import type { ParticipantRole } from "../../shared/contracts/activity-items";
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
  | "activity.list"
  | "activity.create"
  | "activity.read"
  | "activity.plan"
  | "activity.manage"
  | "reflection.answer"
  | "reflection.review"
  | "rsvp.respond"
  | "showcase.read"
  | "showcase.write"
  | "calendar.subscribe"
  | "person.read"
  | "person.update"
  | "admin.read"
  | "admin.write"
  | "intake.read"
  | "intake.respond"
  | "intake.manage"
  | "matching.status"
  | "matching.respond"
  | "matching.manage"
  | "peerReview.list"
  | "peerReview.read"
  | "peerReview.setup"
  | "peerReview.report"
  | "workshop.library";

/** What the action is about, with just the facts the rule needs. */
export type Resource =
  | { kind: "system" }
  | { kind: "initiative"; role: MemberRole | null }
  | { kind: "activity"; memberRole: MemberRole | null; participantRole: ParticipantRole | null }
  | { kind: "person"; personId: string; sharesInitiative: boolean };

/**
 * Who may do what within an initiative. Intake and matching (issue 3): only peers answer the
 * survey and each reads only their own answers (`intake.respond`); peers and facilitators read
 * the survey's state and the tag vocabulary (`intake.read`); facilitators open and close it,
 * see who answered, read answers, remind, and extend the vocabulary (`intake.manage`).
 * Facilitators run, review (lock, break, swap), compare and publish matching (`matching.manage`);
 * a peer sees only their own published match and accepts or declines it (`matching.respond`).
 * Authorisers, moderators and observers learn only whether matches are published
 * (`matching.status`): the survey answers and who is matched with whom stay between the peers
 * and the facilitators.
 */
const initiativeRules: Partial<Record<Action, readonly MemberRole[]>> = {
  "initiative.read": ["facilitator", "peer", "authoriser", "moderator", "observer"],
  "member.list": ["facilitator", "peer", "authoriser", "moderator", "observer"],
  "initiative.update": ["facilitator"],
  "member.manage": ["facilitator"],
  "invitation.manage": ["facilitator"],
  "activity.list": ["facilitator", "peer", "authoriser", "moderator", "observer"],
  "activity.create": ["facilitator", "peer"],
  "showcase.read": ["facilitator", "peer", "authoriser", "moderator", "observer"],
  "showcase.write": ["facilitator"],
  "calendar.subscribe": ["facilitator", "peer", "authoriser", "moderator", "observer"],
  "intake.read": ["facilitator", "peer"],
  "intake.respond": ["peer"],
  "intake.manage": ["facilitator"],
  "matching.status": ["facilitator", "peer", "authoriser", "moderator", "observer"],
  "matching.respond": ["peer"],
  "matching.manage": ["facilitator"],
  "peerReview.list": ["facilitator", "peer", "authoriser", "moderator", "observer"],
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
    case "activity":
      return canOnActivity(action, resource.memberRole, resource.participantRole);
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
    case "workshop.library":
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

/**
 * Activities (issue 4). Every member reads the activity list, the timeline and the showcases
 * (`activity.list`, `showcase.read`) and may subscribe to a calendar feed; facilitators and
 * peers create activities (a peer who creates one becomes its host). Within one activity:
 * facilitators do everything; its participants read it in full (`activity.read`), answer their
 * own reflection and RSVP; its hosts also plan it (details, agenda, documents, objectives,
 * checklist) and see all reflection answers. Deleting, participants, budget, invitations and
 * the reverse visit stay with facilitators (`activity.manage`). Members who take no part see
 * the list only. Nobody outside the initiative does anything, whatever participant row exists.
 */
function canOnActivity(
  action: Action,
  memberRole: MemberRole | null,
  participantRole: ParticipantRole | null,
): boolean {
  if (memberRole === null) return false;
  const isFacilitator = memberRole === "facilitator";
  const isParticipant = participantRole !== null;
  const isHost = participantRole === "host";
  switch (action) {
    case "activity.read":
      return isFacilitator || isParticipant;
    case "activity.plan":
    case "reflection.review":
      return isFacilitator || isHost;
    case "activity.manage":
      return isFacilitator;
    case "reflection.answer":
    case "rsvp.respond":
      return isParticipant;
    default:
      return canOnPeerReview(action, isFacilitator, isParticipant, isHost);
  }
}

/**
 * Peer review methods on one activity (issue 5): facilitators and participants open the peer
 * visit, assessment, shadowing or workshop (`peerReview.read`); facilitators and hosts set it
 * up (`peerReview.setup`); every member may ask for the visit report (`peerReview.report`),
 * which the domain's confidentiality rules then open only to the visit's circle until the host
 * shares it. Everything finer (phases, authors, confidential records) is decided by the domain
 * rules in `src/domain/peer-visit`.
 */
function canOnPeerReview(
  action: Action,
  isFacilitator: boolean,
  isParticipant: boolean,
  isHost: boolean,
): boolean {
  switch (action) {
    case "peerReview.read":
      return isFacilitator || isParticipant;
    case "peerReview.setup":
      return isFacilitator || isHost;
    case "peerReview.report":
      return true;
    default:
      return false;
  }
}
