import type { PeerVisitPhase } from "../src/domain/peer-visit/phase-gates";
import { createAction } from "../src/server/modules/peer-visits/action-service";
import { createFeedbackItem } from "../src/server/modules/peer-visits/feedback-service";
import { saveNote } from "../src/server/modules/peer-visits/note-service";
import type { MatrixCase, MatrixFixture, MatrixReq, MatrixRole } from "./activity-access-fixture";
import { members } from "./activity-access-fixture";
import { type Cast, freshMethodActivity, larsAuth, visitIn } from "./peer-visit-access-fixture";

/** Who opens a visit: its facilitators and participants (Amina hosts, Lars moderates or visits). */
const visitReaders: MatrixRole[] = ["facilitator", "peer", "moderator"];
/** Who steers preparation and follow-up: the facilitator and the host. */
const hostSide: MatrixRole[] = ["facilitator", "peer"];
/** Lars when he is a visiting peer of the visit: the only one who writes as a visiting peer. */
const larsAlone: MatrixRole[] = ["moderator"];
const p = "/api/initiatives/:id/activities/:activityId/peer-visit";

type Visit = Awaited<ReturnType<typeof visitIn>>;
const shared = new WeakMap<MatrixFixture["t"], Map<string, Promise<Visit>>>();
/** One visit per phase and cast for the cases that leave it as it was (or change it once). */
function sharedVisit(fx: MatrixFixture, phase: PeerVisitPhase, cast: Cast = "larsModerates") {
  const byKey = shared.get(fx.t) ?? new Map<string, Promise<Visit>>();
  shared.set(fx.t, byKey);
  const key = `${phase}:${cast}`;
  const found = byKey.get(key) ?? visitIn(fx, phase, cast);
  byKey.set(key, found);
  return found;
}

function readCase(suffix: string, allowed = visitReaders): MatrixCase {
  return {
    route: `GET ${p}${suffix.replace(/\?.*$/, "")}`,
    allowed,
    make: async (fx) => ({
      method: "GET",
      url: `${(await sharedVisit(fx, "feedback")).url}${suffix}`,
    }),
  };
}

function writeCase(
  route: string,
  allowed: MatrixRole[],
  make: (fx: MatrixFixture) => Promise<MatrixReq>,
  okStatus?: number,
): MatrixCase {
  return {
    route: `${route.split(" ")[0]} ${p}${route.split(" ")[1] ?? ""}`,
    allowed,
    make,
    ...(okStatus ? { okStatus } : {}),
  };
}

const visitCases: MatrixCase[] = [
  {
    route: "GET /api/initiatives/:id/peer-visits",
    allowed: members,
    make: (fx) => ({ method: "GET", url: `/api/initiatives/${fx.initiativeId}/peer-visits` }),
  },
  writeCase(
    "POST",
    hostSide,
    async (fx) => {
      const activity = await freshMethodActivity(fx, "peer_visit", "larsModerates");
      return { method: "POST", url: `${activity.url}/peer-visit`, body: {} };
    },
    201,
  ),
  readCase(""),
  writeCase("PATCH /preparation", hostSide, async (fx) => {
    const visit = await visitIn(fx, "preparation", "larsModerates");
    return {
      method: "PATCH",
      url: `${visit.url}/preparation`,
      body: { areaToImprove: "Billing", version: visit.version },
    };
  }),
  writeCase("POST /transitions", hostSide, async (fx) => {
    const visit = await visitIn(fx, "visit", "larsModerates");
    const body = {
      kind: "reopen",
      to: "preparation",
      reason: "The area needs rewording",
      version: visit.version,
    };
    return { method: "POST", url: `${visit.url}/transitions`, body };
  }),
  writeCase("PUT /common-understanding", ["facilitator", "moderator"], async (fx) => {
    const visit = await visitIn(fx, "feedback", "larsModerates");
    const body = { agreedStrengths: ["A"], agreedWeaknesses: ["B"], version: visit.version };
    return { method: "PUT", url: `${visit.url}/common-understanding`, body };
  }),
  writeCase("PUT /report-sharing", ["peer"], async (fx) => {
    const visit = await visitIn(fx, "preparation", "larsModerates");
    return {
      method: "PUT",
      url: `${visit.url}/report-sharing`,
      body: { sharing: "initiative", version: visit.version },
    };
  }),
  readCase("/report?lang=en"),
  readCase("/report.html"),
  readCase("/report.pdf?lang=sv"),
];

const recordCases: MatrixCase[] = [
  readCase("/notes"),
  writeCase("PUT /notes/:noteId", ["peer", "moderator"], async (fx) => {
    const visit = await sharedVisit(fx, "visit");
    return {
      method: "PUT",
      url: `${visit.url}/notes/${crypto.randomUUID()}`,
      body: { text: "Seen", version: 0 },
    };
  }),
  writeCase("DELETE /notes/:noteId", larsAlone, async (fx) => {
    const visit = await sharedVisit(fx, "visit");
    const id = crypto.randomUUID();
    await saveNote(fx.t.ctx, await larsAuth(fx, visit.activityId, "moderator"), id, {
      kind: "note",
      criterion: null,
      text: "Lars's note",
      version: 0,
    });
    return { method: "DELETE", url: `${visit.url}/notes/${id}?version=1` };
  }),
  readCase("/peer-checks"),
  writeCase("PUT /peer-checks/mine", larsAlone, async (fx) => {
    const visit = await visitIn(fx, "visit", "larsVisits");
    return {
      method: "PUT",
      url: `${visit.url}/peer-checks/mine`,
      body: { entries: [], version: 0 },
    };
  }),
  readCase("/feedback-items"),
  writeCase(
    "POST /feedback-items",
    larsAlone,
    async (fx) => {
      const visit = await sharedVisit(fx, "feedback", "larsVisits");
      return {
        method: "POST",
        url: `${visit.url}/feedback-items`,
        body: { kind: "idea", text: "Weigh per route" },
      };
    },
    201,
  ),
  ...(["PATCH", "DELETE"] as const).map((method) =>
    writeCase(`${method} /feedback-items/:itemId`, larsAlone, async (fx) => {
      const visit = await sharedVisit(fx, "feedback", "larsVisits");
      const auth = await larsAuth(fx, visit.activityId, "visiting_peer");
      const item = await createFeedbackItem(fx.t.ctx, auth, {
        kind: "idea",
        text: "Weigh per route",
        lang: "en",
        givenAs: "individual",
      });
      const url = `${visit.url}/feedback-items/${item.id}`;
      return method === "PATCH"
        ? { method, url, body: { kind: "idea", text: "Weigh every route", version: 1 } }
        : { method, url: `${url}?version=1` };
    }),
  ),
  writeCase("POST /feedback-hints", visitReaders, async (fx) => {
    const visit = await sharedVisit(fx, "feedback");
    return { method: "POST", url: `${visit.url}/feedback-hints`, body: { text: "Good work" } };
  }),
  readCase("/feedback-clusters?lang=en"),
];

const followUpCases: MatrixCase[] = [
  readCase("/improvement-actions"),
  writeCase(
    "POST /improvement-actions",
    hostSide,
    async (fx) => {
      const visit = await sharedVisit(fx, "follow_up");
      return {
        method: "POST",
        url: `${visit.url}/improvement-actions`,
        body: { title: "Friday round", ownerName: "Amina" },
      };
    },
    201,
  ),
  ...(["PATCH", "DELETE"] as const).map((method) =>
    writeCase(`${method} /improvement-actions/:actionId`, hostSide, async (fx) => {
      const visit = await sharedVisit(fx, "follow_up");
      const action = await createAction(fx.t.ctx, visit.auth, {
        title: "Friday round",
        basedOn: "",
        ownerName: "Amina",
        dueOn: null,
        status: "planned",
        progressNote: "",
      });
      const url = `${visit.url}/improvement-actions/${action.id}`;
      return method === "PATCH"
        ? { method, url, body: { status: "done", version: 1 } }
        : { method, url: `${url}?version=1` };
    }),
  ),
  readCase("/adaptations"),
  writeCase("PUT /adaptations/mine", larsAlone, async (fx) => {
    const visit = await visitIn(fx, "follow_up", "larsVisits");
    return {
      method: "PUT",
      url: `${visit.url}/adaptations/mine`,
      body: { text: "A route board", version: 0 },
    };
  }),
];

/** Every peer visit route with who may call it (issue 5). */
export const peerVisitCases: MatrixCase[] = [...visitCases, ...recordCases, ...followUpCases];
