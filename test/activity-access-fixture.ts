import type { AuthorizedActivity, AuthorizedInitiative } from "../src/server/auth/access-gate";
import { sendInvitations } from "../src/server/modules/activities/invitation-service";
import { addParticipant } from "../src/server/modules/activities/participant-service";
import { addDocument } from "../src/server/modules/activities/plan-item-service";
import { createShowcase } from "../src/server/modules/activities/showcase-service";
import type { Activity } from "../src/shared/contracts/activities";
import { createShowcaseSchema } from "../src/shared/contracts/showcases";
import { buildActivity, daysFromToday } from "./activity-fixtures";
import type { TestApp } from "./api-harness";
import { buildMembership, buildPerson, demoPersonId, readMailedToken } from "./fixtures";

/** The roles the access matrix walks (the same union as in access-matrix.int.test.ts). */
export type MatrixRole =
  | "anon"
  | "admin"
  | "outsider"
  | "facilitator"
  | "peer"
  | "authoriser"
  | "moderator"
  | "observer";

/** What these cases read of the matrix's fixture. */
export type MatrixFixture = { t: TestApp; initiativeId: string; facilitatorId: string };

/** A request as the matrix sends it. */
export type MatrixReq = {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  url: string;
  body?: unknown;
};

/** One route: who may call it, what an allowed call answers, and how to build the request. */
export type MatrixCase = {
  route: string;
  allowed: MatrixRole[];
  okStatus?: number;
  make: (fx: MatrixFixture) => Promise<MatrixReq> | MatrixReq;
};

/** Every role within the initiative. */
export const members: MatrixRole[] = ["facilitator", "peer", "authoriser", "moderator", "observer"];
/** Everyone, signed out included (public routes). */
export const everyone: MatrixRole[] = ["anon", "admin", "outsider", ...members];
/** Who reads the matrix's activities: the peer (Amina) hosts, the moderator (Lars) visits. */
export const readers: MatrixRole[] = ["facilitator", "peer", "moderator"];
/** Who plans the matrix's activities: the facilitator and the host (the peer). */
export const planners: MatrixRole[] = ["facilitator", "peer"];
/** Those taking part in the matrix's activities: the peer (host) and the moderator (visitor). */
export const participantsOnly: MatrixRole[] = ["peer", "moderator"];

/** The facilitator's authorisation on the initiative, for building records through services. */
export function initiativeAuth(fx: MatrixFixture): AuthorizedInitiative {
  return {
    id: fx.initiativeId,
    role: "facilitator",
    actor: { personId: fx.facilitatorId, systemRole: "facilitator" },
  } as AuthorizedInitiative;
}

/** The facilitator's authorisation on one activity. */
export function activityAuth(fx: MatrixFixture, activityId: string): AuthorizedActivity {
  return { ...initiativeAuth(fx), activityId, participant: null } as AuthorizedActivity;
}

/** A fresh activity hosted by the peer, with the moderator visiting. */
export async function freshActivity(fx: MatrixFixture): Promise<Activity> {
  return buildActivity(fx.t.ctx, fx.initiativeId, fx.facilitatorId, {}, [
    { personId: await demoPersonId(fx.t.ctx, "amina.otieno"), role: "host" },
    { personId: await demoPersonId(fx.t.ctx, "lars.ek"), role: "visiting_peer" },
  ]);
}

const shared = new WeakMap<TestApp, Promise<Activity>>();
/** One activity for the cases that leave it as it was (reads, additions). */
export function sharedActivity(fx: MatrixFixture): Promise<Activity> {
  let activity = shared.get(fx.t);
  if (!activity) {
    activity = freshActivity(fx);
    shared.set(fx.t, activity);
  }
  return activity;
}

/** The URL of the shared (or a fresh) activity, plus `path`. */
export async function activityUrl(fx: MatrixFixture, path = "", fresh = false): Promise<string> {
  const activity = fresh ? await freshActivity(fx) : await sharedActivity(fx);
  return `/api/initiatives/${fx.initiativeId}/activities/${activity.id}${path}`;
}

/** An item added to the shared activity by `add`; answers the item's URL. */
export async function itemUrl(
  fx: MatrixFixture,
  segment: string,
  add: (auth: AuthorizedActivity) => Promise<{ id: string }>,
): Promise<string> {
  const activity = await sharedActivity(fx);
  const item = await add(activityAuth(fx, activity.id));
  return `/api/initiatives/${fx.initiativeId}/activities/${activity.id}/${segment}/${item.id}`;
}

/** A new observer of the initiative added to the activity as an expert. */
export async function newParticipant(fx: MatrixFixture, auth: AuthorizedActivity) {
  const person = await buildPerson(fx.t.ctx);
  await buildMembership(fx.t.ctx, fx.initiativeId, person.id, "observer");
  const participant = await addParticipant(fx.t.ctx, auth, { personId: person.id, role: "expert" });
  return { ...participant, email: person.email };
}

/** Adds a note document to an activity. */
export const newDocument = (fx: MatrixFixture) => (auth: AuthorizedActivity) =>
  addDocument(fx.t.ctx, auth, { title: "Route map", url: null, note: "On the wall" });

/** A fresh RSVP link (the public route) mailed to a new participant. */
export async function rsvpUrl(fx: MatrixFixture): Promise<string> {
  const activity = await sharedActivity(fx);
  const auth = activityAuth(fx, activity.id);
  const participant = await newParticipant(fx, auth);
  await sendInvitations(fx.t.ctx, auth, { participantIds: [participant.id] }, "Matrix");
  return `/api/rsvp/${await readMailedToken(fx.t.ctx, participant.email, "/rsvp/")}`;
}

/** The URL of a fresh showcase, plus `path`. */
export async function showcaseUrl(fx: MatrixFixture, path = ""): Promise<string> {
  const showcase = await createShowcase(
    fx.t.ctx,
    initiativeAuth(fx),
    createShowcaseSchema.parse({ title: "Brown-bag food waste", place: "Sjöby" }),
  );
  return `/api/initiatives/${fx.initiativeId}/showcases/${showcase.id}${path}`;
}

/** A minimal activity plan. */
export const plan = {
  title: "Study visit",
  startsOn: daysFromToday(100),
  timeZone: "Europe/Stockholm",
};
