import type { ParticipantRole } from "../src/shared/contracts/activity-items";
import type { PeerVisit } from "../src/shared/contracts/peer-visits";
import { buildActivity, daysFromToday } from "./activity-fixtures";
import type { TestApp } from "./api-harness";
import { buildInitiative, buildMembership, buildPerson, demoPersonId } from "./fixtures";

/** Everyone the peer visit tests act as. */
export const visitRoles = [
  "facilitator",
  "host",
  "moderator",
  "author",
  "otherPeer",
  "peerOfOtherVisit",
  "authoriser",
  "observer",
  "outsider",
  "anon",
] as const;
export type VisitTestRole = (typeof visitRoles)[number];

/** A peer visit in the demo initiative with a full cast, and a second visit beside it. */
export type VisitWorld = {
  t: TestApp;
  initiativeId: string;
  activityId: string;
  /** `/api/initiatives/:id/activities/:activityId/peer-visit` */
  url: string;
  otherUrl: string;
  ids: Record<Exclude<VisitTestRole, "anon">, string>;
  cookies: Record<VisitTestRole, string | undefined>;
};

const demoKeys = {
  facilitator: "facilitator",
  host: "amina.otieno",
  moderator: "lars.ek",
  author: "johan.berg",
  otherPeer: "peter.mwangi",
  peerOfOtherVisit: "karin.sundberg",
  authoriser: "halima.achieng",
} as const;

async function demoInitiative(t: TestApp): Promise<string> {
  const list = await t.call({
    method: "GET",
    url: "/api/initiatives",
    cookie: await t.login(t.demoEmail("facilitator")),
  });
  const found = (list.body as { items: { id: string; name: string }[] }).items.find((i) =>
    i.name.startsWith("Sjöby"),
  );
  if (!found) throw new Error("no demo initiative");
  return found.id;
}

/** Plans a peer-visit activity as the facilitator with these participants; answers its id. */
export async function planVisitActivity(
  t: TestApp,
  initiativeId: string,
  participants: { personId: string; role: ParticipantRole }[],
  startsInDays = 0,
  formatKey:
    | "peer_visit"
    | "structured_peer_assessment"
    | "work_shadowing"
    | "peer_learning_workshop" = "peer_visit",
): Promise<string> {
  const facilitatorId = await demoPersonId(t.ctx, "facilitator");
  const activity = await buildActivity(
    t.ctx,
    initiativeId,
    facilitatorId,
    { formatKey, startsOn: daysFromToday(startsInDays), title: `Test ${formatKey}` },
    participants,
  );
  return activity.id;
}

/**
 * Builds the world: a visit hosted by Amina with Lars moderating and Johan and Peter visiting,
 * and another visit hosted by Grace with Karin visiting. Both start today (so the visit gate
 * opens); both workflows are started in preparation.
 */
export async function buildVisitWorld(t: TestApp): Promise<VisitWorld> {
  const initiativeId = await demoInitiative(t);
  const ids = {} as VisitWorld["ids"];
  for (const [role, key] of Object.entries(demoKeys)) {
    ids[role as keyof typeof demoKeys] = await demoPersonId(t.ctx, key);
  }
  const observer = await buildPerson(t.ctx, { displayName: "Olle Observer" });
  await buildMembership(t.ctx, initiativeId, observer.id, "observer");
  const outsider = await buildPerson(t.ctx, {
    systemRole: "facilitator",
    displayName: "Otto Outsider",
  });
  await buildInitiative(t.ctx, outsider.id, "Another initiative");
  ids.observer = observer.id;
  ids.outsider = outsider.id;
  const activityId = await planVisitActivity(t, initiativeId, [
    { personId: ids.host, role: "host" },
    { personId: ids.moderator, role: "moderator" },
    { personId: ids.author, role: "visiting_peer" },
    { personId: ids.otherPeer, role: "visiting_peer" },
  ]);
  const otherActivityId = await planVisitActivity(t, initiativeId, [
    { personId: await demoPersonId(t.ctx, "grace.wanjiru"), role: "host" },
    { personId: ids.peerOfOtherVisit, role: "visiting_peer" },
  ]);
  const cookies = { anon: undefined } as VisitWorld["cookies"];
  for (const [role, key] of Object.entries(demoKeys)) {
    cookies[role as keyof typeof demoKeys] = await t.login(t.demoEmail(key));
  }
  cookies.observer = await t.login(observer.email, observer.password);
  cookies.outsider = await t.login(outsider.email, outsider.password);
  const base = `/api/initiatives/${initiativeId}/activities`;
  const world: VisitWorld = {
    t,
    initiativeId,
    activityId,
    url: `${base}/${activityId}/peer-visit`,
    otherUrl: `${base}/${otherActivityId}/peer-visit`,
    ids,
    cookies,
  };
  await as(world, "facilitator", "POST", world.url, { areaToImprove: "" }).then(expectStatus(201));
  await as(world, "facilitator", "POST", world.otherUrl, {}).then(expectStatus(201));
  return world;
}

/** A call as one of the world's roles. */
export function as(
  world: VisitWorld,
  role: VisitTestRole,
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
  url: string,
  body?: unknown,
) {
  return world.t.call({ method, url, body, cookie: world.cookies[role] });
}

/** Throws with the answer when the status is not `status` (for set-up steps). */
export function expectStatus(status: number) {
  return <R extends { status: number; body: unknown }>(res: R): R => {
    if (res.status !== status) {
      throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    }
    return res;
  };
}

/** The visit as `role` sees it. */
export async function readVisit(world: VisitWorld, role: VisitTestRole = "facilitator") {
  const res = await as(world, role, "GET", world.url).then(expectStatus(200));
  return res.body as PeerVisit;
}

const fullReadiness = [
  "leadership_commitment",
  "staff_capacity",
  "resources",
  "evidence_and_data",
  "stakeholder_involvement",
  "openness_to_change",
].map((criterion, i) => ({ criterion, rating: (i % 4) + 1, comment: `Comment on ${criterion}` }));

/** The host fills the preparation in full, as the preparation gate asks. */
export async function completePreparation(world: VisitWorld): Promise<PeerVisit> {
  const visit = await readVisit(world, "host");
  const res = await as(world, "host", "PATCH", `${world.url}/preparation`, {
    areaToImprove: "Collection routes in the informal settlements",
    readiness: fullReadiness,
    timeline: [{ label: "Documents to peers", dueOn: daysFromToday(-30) }],
    responsibilities: [{ personId: world.ids.moderator, task: "Moderates the feedback session" }],
    version: visit.version,
  }).then(expectStatus(200));
  return res.body as PeerVisit;
}

/** Moves the visit one phase forward as `role`. */
export async function advance(world: VisitWorld, role: VisitTestRole): Promise<PeerVisit> {
  const visit = await readVisit(world, "facilitator");
  const res = await as(world, role, "POST", `${world.url}/transitions`, {
    kind: "advance",
    version: visit.version,
  }).then(expectStatus(200));
  return res.body as PeerVisit;
}
