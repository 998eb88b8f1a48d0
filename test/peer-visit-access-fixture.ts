import type { PeerVisitPhase } from "../src/domain/peer-visit/phase-gates";
import type { AuthorizedActivity } from "../src/server/auth/access-gate";
import type { ParticipantRole } from "../src/shared/contracts/activity-items";
import { activityAuth, type MatrixFixture } from "./activity-access-fixture";
import { buildActivity, daysFromToday } from "./activity-fixtures";
import { demoPersonId } from "./fixtures";

/** How the matrix's people take part: Lars (the matrix's moderator) moderates or visits. */
export type Cast = "larsModerates" | "larsVisits";

/** A method format the matrix builds activities of. */
export type MethodFormat =
  | "peer_visit"
  | "structured_peer_assessment"
  | "work_shadowing"
  | "peer_learning_workshop";

/** The phases a visit passes to reach `phase`, in order. */
const path: PeerVisitPhase[] = ["preparation", "visit", "feedback", "follow_up"];

/**
 * A fresh activity of `format` starting today, hosted by Amina (the matrix's peer), with Lars
 * (the matrix's moderator) moderating or visiting and Johan in the other part.
 */
export async function freshMethodActivity(fx: MatrixFixture, format: MethodFormat, cast: Cast) {
  const id = (key: string) => demoPersonId(fx.t.ctx, key);
  const larsRole: ParticipantRole = cast === "larsModerates" ? "moderator" : "visiting_peer";
  const johanRole: ParticipantRole = cast === "larsModerates" ? "visiting_peer" : "moderator";
  const activity = await buildActivity(
    fx.t.ctx,
    fx.initiativeId,
    fx.facilitatorId,
    { formatKey: format, startsOn: daysFromToday(0), title: `Matrix ${format}` },
    [
      { personId: await id("amina.otieno"), role: "host" },
      { personId: await id("lars.ek"), role: larsRole },
      { personId: await id("johan.berg"), role: johanRole },
    ],
  );
  const url = `/api/initiatives/${fx.initiativeId}/activities/${activity.id}`;
  return { activityId: activity.id, url, auth: activityAuth(fx, activity.id) };
}

/** Lars acting within an activity in `role`. */
export async function larsAuth(
  fx: MatrixFixture,
  activityId: string,
  role: ParticipantRole,
): Promise<AuthorizedActivity> {
  return {
    id: fx.initiativeId,
    role: "moderator",
    actor: { personId: await demoPersonId(fx.t.ctx, "lars.ek"), systemRole: "member" },
    activityId,
    participant: { id: "", role },
  } as AuthorizedActivity;
}

const cookies = new WeakMap<MatrixFixture["t"], string>();

async function callAsFacilitator(
  fx: MatrixFixture,
  method: "POST" | "PATCH" | "PUT",
  url: string,
  body: unknown,
) {
  let cookie = cookies.get(fx.t);
  if (!cookie) {
    cookie = await fx.t.login(fx.t.demoEmail("facilitator"));
    cookies.set(fx.t, cookie);
  }
  const res = await fx.t.call({ method, url, body, cookie });
  if (res.status >= 300)
    throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { version: number };
}

/** A fresh peer visit in `phase` (the facilitator drives it there through the API). */
export async function visitIn(fx: MatrixFixture, phase: PeerVisitPhase, cast: Cast) {
  const activity = await freshMethodActivity(fx, "peer_visit", cast);
  const url = `${activity.url}/peer-visit`;
  let visit = await callAsFacilitator(fx, "POST", url, { areaToImprove: "Route planning" });
  if (phase === "preparation") return { ...activity, url, version: visit.version };
  const readiness = ["leadership_commitment", "staff_capacity", "resources", "evidence_and_data"]
    .concat(["stakeholder_involvement", "openness_to_change"])
    .map((criterion) => ({ criterion, rating: 3, comment: "" }));
  visit = await callAsFacilitator(fx, "PATCH", `${url}/preparation`, {
    readiness,
    version: visit.version,
  });
  for (const step of path.slice(1, path.indexOf(phase) + 1)) {
    if (step === "follow_up") {
      visit = await callAsFacilitator(fx, "PUT", `${url}/common-understanding`, {
        agreedStrengths: ["Crews know the routes"],
        agreedWeaknesses: ["The market is missed on Fridays"],
        version: visit.version,
      });
    }
    visit = await callAsFacilitator(fx, "POST", `${url}/transitions`, {
      kind: "advance",
      version: visit.version,
    });
  }
  return { ...activity, url, version: visit.version };
}
