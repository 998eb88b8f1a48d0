import {
  createAssessment,
  recordPresentation,
  saveAnswers,
} from "../src/server/modules/peer-visits/assessment-service";
import {
  createShadowing,
  saveShadowingEntry,
} from "../src/server/modules/peer-visits/shadowing-service";
import { createOutput, createWorkshop } from "../src/server/modules/peer-visits/workshop-service";
import type { MatrixCase, MatrixFixture, MatrixReq, MatrixRole } from "./activity-access-fixture";
import { members } from "./activity-access-fixture";
import { daysFromToday } from "./activity-fixtures";
import { freshMethodActivity, larsAuth, type MethodFormat } from "./peer-visit-access-fixture";

/** In these activities Amina hosts (side A, counterpart), Lars visits (side B), Johan moderates. */
const readers: MatrixRole[] = ["facilitator", "peer", "moderator"];
const setUp: MatrixRole[] = ["facilitator", "peer"];
const larsAlone: MatrixRole[] = ["moderator"];
const a = "/api/initiatives/:id/activities/:activityId";

const fresh = (fx: MatrixFixture, format: MethodFormat) =>
  freshMethodActivity(fx, format, "larsVisits");

async function assessment(fx: MatrixFixture) {
  const activity = await fresh(fx, "structured_peer_assessment");
  await createAssessment(fx.t.ctx, activity.auth, {
    requiredAssessor: "partner_b",
    withReverseDirection: false,
  });
  return { ...activity, base: `${activity.url}/peer-assessment` };
}

async function shadowing(fx: MatrixFixture) {
  const activity = await fresh(fx, "work_shadowing");
  await createShadowing(fx.t.ctx, activity.auth, { focus: "Route supervision" });
  return { ...activity, base: `${activity.url}/work-shadowing` };
}

async function workshop(fx: MatrixFixture) {
  const activity = await fresh(fx, "peer_learning_workshop");
  await createWorkshop(fx.t.ctx, activity.auth, { methodId: "cafe", startTime: null });
  return { ...activity, base: `${activity.url}/workshop` };
}

function method(
  route: string,
  allowed: MatrixRole[],
  make: (fx: MatrixFixture) => Promise<MatrixReq>,
  okStatus?: number,
): MatrixCase {
  return {
    route: `${route.split(" ")[0]} ${a}${route.split(" ")[1]}`,
    allowed,
    make,
    ...(okStatus ? { okStatus } : {}),
  };
}

const assessmentCases: MatrixCase[] = [
  method(
    "POST /peer-assessment",
    setUp,
    async (fx) => ({
      method: "POST",
      url: `${(await fresh(fx, "structured_peer_assessment")).url}/peer-assessment`,
      body: {},
    }),
    201,
  ),
  method("GET /peer-assessment", readers, async (fx) => ({
    method: "GET",
    url: (await assessment(fx)).base,
  })),
  method("PUT /peer-assessment/reverse-direction", setUp, async (fx) => ({
    method: "PUT",
    url: `${(await assessment(fx)).base}/reverse-direction`,
    body: { enabled: true, version: 1 },
  })),
  method("PUT /peer-assessment/plans/:side", setUp, async (fx) => ({
    method: "PUT",
    url: `${(await assessment(fx)).base}/plans/partner_a`,
    body: { title: "Route plan 2027", version: 1 },
  })),
  method(
    "POST /peer-assessment/plans/:side/presented",
    ["facilitator", "moderator"],
    async (fx) => ({
      method: "POST",
      url: `${(await assessment(fx)).base}/plans/partner_b/presented`,
      body: { on: daysFromToday(-1), version: 1 },
    }),
  ),
  method("PUT /peer-assessment/directions/:assessor", larsAlone, async (fx) => ({
    method: "PUT",
    url: `${(await assessment(fx)).base}/directions/partner_b`,
    body: { answers: { what_surprised: "Private collectors" }, version: 1 },
  })),
  method("POST /peer-assessment/directions/:assessor/submit", larsAlone, async (fx) => {
    const built = await assessment(fx);
    await recordPresentation(fx.t.ctx, built.auth, "partner_a", {
      on: daysFromToday(-1),
      version: 1,
    });
    const answers = {
      challenge_as_understood: "A",
      what_was_learnt: "B",
      what_surprised: "C",
      suggestions: "D",
    };
    await saveAnswers(
      fx.t.ctx,
      await larsAuth(fx, built.activityId, "visiting_peer"),
      "partner_b",
      { answers, version: 1 },
    );
    return {
      method: "POST",
      url: `${built.base}/directions/partner_b/submit`,
      body: { version: 2 },
    };
  }),
];

const shadowingCases: MatrixCase[] = [
  method(
    "POST /work-shadowing",
    setUp,
    async (fx) => ({
      method: "POST",
      url: `${(await fresh(fx, "work_shadowing")).url}/work-shadowing`,
      body: { focus: "Supervision" },
    }),
    201,
  ),
  method("GET /work-shadowing", readers, async (fx) => ({
    method: "GET",
    url: (await shadowing(fx)).base,
  })),
  method("PATCH /work-shadowing", setUp, async (fx) => ({
    method: "PATCH",
    url: (await shadowing(fx)).base,
    body: { focus: "Loading", version: 1 },
  })),
  method("PUT /work-shadowing/entries/:entryId", larsAlone, async (fx) => ({
    method: "PUT",
    url: `${(await shadowing(fx)).base}/entries/${crypto.randomUUID()}`,
    body: { kind: "idea", text: "Photo of each load", version: 0 },
  })),
  method("DELETE /work-shadowing/entries/:entryId", larsAlone, async (fx) => {
    const built = await shadowing(fx);
    const id = crypto.randomUUID();
    const lars = await larsAuth(fx, built.activityId, "visiting_peer");
    await saveShadowingEntry(fx.t.ctx, lars, id, {
      kind: "idea",
      text: "Photo of each load",
      version: 0,
    });
    return { method: "DELETE", url: `${built.base}/entries/${id}?version=1` };
  }),
];

async function outputUrl(fx: MatrixFixture): Promise<string> {
  const built = await workshop(fx);
  const lars = await larsAuth(fx, built.activityId, "visiting_peer");
  const output = await createOutput(fx.t.ctx, lars, {
    kind: "idea",
    stepKey: null,
    text: "Pay per bag",
  });
  return `${built.base}/outputs/${output.id}`;
}

const workshopCases: MatrixCase[] = [
  {
    route: "GET /api/workshop-methods",
    allowed: ["admin", "outsider", ...members],
    make: () => ({ method: "GET", url: "/api/workshop-methods" }),
  },
  method(
    "POST /workshop",
    setUp,
    async (fx) => ({
      method: "POST",
      url: `${(await fresh(fx, "peer_learning_workshop")).url}/workshop`,
      body: { methodId: "reflecting_team" },
    }),
    201,
  ),
  method("GET /workshop", readers, async (fx) => ({
    method: "GET",
    url: (await workshop(fx)).base,
  })),
  method("PATCH /workshop", setUp, async (fx) => ({
    method: "PATCH",
    url: (await workshop(fx)).base,
    body: { startTime: "10:00", version: 1 },
  })),
  method(
    "POST /workshop/outputs",
    readers,
    async (fx) => ({
      method: "POST",
      url: `${(await workshop(fx)).base}/outputs`,
      body: { kind: "insight", text: "Routes follow markets" },
    }),
    201,
  ),
  method("PATCH /workshop/outputs/:outputId", readers, async (fx) => ({
    method: "PATCH",
    url: await outputUrl(fx),
    body: { kind: "action", text: "Pilot in two wards", version: 1 },
  })),
  method("DELETE /workshop/outputs/:outputId", readers, async (fx) => ({
    method: "DELETE",
    url: `${await outputUrl(fx)}?version=1`,
  })),
];

/** Every route of the structured peer assessment, work shadowing and workshops (issue 5). */
export const peerMethodCases: MatrixCase[] = [
  ...assessmentCases,
  ...shadowingCases,
  ...workshopCases,
];
