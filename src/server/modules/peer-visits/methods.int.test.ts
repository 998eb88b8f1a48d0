import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysFromToday } from "../../../../test/activity-fixtures";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";
import {
  as,
  buildVisitWorld,
  expectStatus,
  planVisitActivity,
  type VisitWorld,
} from "../../../../test/peer-visit-fixtures";
import type { PeerAssessmentView } from "../../../shared/contracts/peer-assessments";
import type { WorkShadowing } from "../../../shared/contracts/work-shadowing";
import type { Workshop } from "../../../shared/contracts/workshops";

const answers = {
  challenge_as_understood: "Routes were planned before the settlements grew",
  what_was_learnt: "Crews already know where waste piles up",
  what_surprised: "Residents pay collectors privately",
  suggestions: "Map the private collectors and invite them in",
};
type ErrorBody = { error: { details?: { code: string }[] } };
const reason = (body: unknown) => (body as ErrorBody).error.details?.[0]?.code;

describe.each(dialects)("assessment, shadowing and workshops on %s", (dialect) => {
  let t: TestApp;
  let w: VisitWorld;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    w = await buildVisitWorld(t);
    base = `/api/initiatives/${w.initiativeId}/activities`;
  }, 60_000);
  afterAll(async () => t?.close());

  async function methodActivity(
    format: "structured_peer_assessment" | "work_shadowing" | "peer_learning_workshop",
    days = 20,
  ) {
    const id = await planVisitActivity(
      t,
      w.initiativeId,
      [
        { personId: w.ids.host, role: "host" },
        { personId: w.ids.moderator, role: "moderator" },
        { personId: w.ids.author, role: "visiting_peer" },
        { personId: w.ids.otherPeer, role: "visiting_peer" },
        { personId: w.ids.peerOfOtherVisit, role: "visiting_peer" },
      ],
      days,
      format,
    );
    return `${base}/${id}`;
  }

  it("runs a structured peer assessment: plans, drafts kept from the assessed side, submission", async () => {
    const url = `${await methodActivity("structured_peer_assessment")}/peer-assessment`;
    expect((await as(w, "author", "POST", url, {})).status).toBe(403);
    const created = await as(w, "host", "POST", url, {}).then(expectStatus(201));
    let view = created.body as PeerAssessmentView;
    expect(view.directions.map((d) => [d.assessor, d.isRequired])).toEqual([["partner_b", true]]);
    expect(
      (await as(w, "author", "PUT", `${url}/plans/partner_a`, { title: "x", version: 1 })).status,
    ).toBe(403);
    await as(w, "host", "PUT", `${url}/plans/partner_a`, {
      title: "Ziwani collection plan 2027",
      text: "Six new routes",
      version: 1,
    }).then(expectStatus(200));
    const draft = {
      answers: { challenge_as_understood: answers.challenge_as_understood },
      version: 1,
    };
    view = (
      await as(w, "author", "PUT", `${url}/directions/partner_b`, draft).then(expectStatus(200))
    ).body as PeerAssessmentView;
    expect(view.directions[0]?.missing).toHaveLength(3);
    expect((await as(w, "host", "GET", url)).body).toMatchObject({
      directions: [{ answers: null }],
    });
    expect((await as(w, "moderator", "GET", url)).body).toMatchObject({
      directions: [{ answers: { challenge_as_understood: answers.challenge_as_understood } }],
    });
    expect([403, 404]).toContain((await as(w, "authoriser", "GET", url)).status);
    expect((await as(w, "host", "PUT", `${url}/directions/partner_b`, draft)).status).toBe(403);
    const early = await as(w, "author", "POST", `${url}/directions/partner_b/submit`, {
      version: 2,
    });
    expect(reason(early.body)).toBe("plan_not_presented");
    await as(w, "host", "POST", `${url}/plans/partner_a/presented`, {
      on: daysFromToday(-1),
      version: 2,
    }).then(expectStatus(200));
    const incomplete = await as(w, "author", "POST", `${url}/directions/partner_b/submit`, {
      version: 2,
    });
    expect(reason(incomplete.body)).toBe("answers_incomplete");
    expect(
      (await as(w, "otherPeer", "PUT", `${url}/directions/partner_b`, { answers, version: 1 }))
        .status,
    ).toBe(409);
    await as(w, "otherPeer", "PUT", `${url}/directions/partner_b`, { answers, version: 2 }).then(
      expectStatus(200),
    );
    await as(w, "author", "POST", `${url}/directions/partner_b/submit`, { version: 3 }).then(
      expectStatus(200),
    );
    view = (await as(w, "host", "GET", url)).body as PeerAssessmentView;
    expect(view.directions[0]).toMatchObject({
      answers,
      submittedOn: expect.any(String),
      missing: [],
    });
    expect(view.completeness).toMatchObject({ isRequiredComplete: true, percent: 100 });
    const late = await as(w, "author", "PUT", `${url}/directions/partner_b`, {
      answers,
      version: 4,
    });
    expect(reason(late.body)).toBe("already_submitted");
    const replanned = await as(w, "host", "PUT", `${url}/plans/partner_a`, {
      title: "New",
      version: 3,
    });
    expect(reason(replanned.body)).toBe("plan_already_assessed");
  });

  it("makes the reverse direction optional", async () => {
    const url = `${await methodActivity("structured_peer_assessment")}/peer-assessment`;
    await as(w, "facilitator", "POST", url, { requiredAssessor: "partner_b" }).then(
      expectStatus(201),
    );
    expect(
      (await as(w, "author", "PUT", `${url}/reverse-direction`, { enabled: true, version: 1 }))
        .status,
    ).toBe(403);
    const on = await as(w, "host", "PUT", `${url}/reverse-direction`, {
      enabled: true,
      version: 1,
    });
    expect((on.body as PeerAssessmentView).directions.map((d) => d.assessor)).toEqual([
      "partner_b",
      "partner_a",
    ]);
    expect((on.body as PeerAssessmentView).permissions.canAnswerAs).toBe("partner_a");
    const twice = await as(w, "host", "PUT", `${url}/reverse-direction`, {
      enabled: true,
      version: 2,
    });
    expect(reason(twice.body)).toBe("direction_already_enabled");
    const off = await as(w, "moderator", "PUT", `${url}/reverse-direction`, {
      enabled: false,
      version: 2,
    });
    expect((off.body as PeerAssessmentView).directions).toHaveLength(1);
    expect(
      (await as(w, "host", "PUT", `${url}/reverse-direction`, { enabled: true, version: 2 }))
        .status,
    ).toBe(409);
  });

  it("runs work shadowing: programme, warnings, observations kept to author and counterparts", async () => {
    const activityUrl = await methodActivity("work_shadowing");
    await as(w, "facilitator", "POST", `${activityUrl}/agenda-items`, {
      title: "Morning round with the route supervisor",
      position: 0,
    }).then(expectStatus(201));
    const url = `${activityUrl}/work-shadowing`;
    const created = await as(w, "host", "POST", url, { focus: "Route supervision" }).then(
      expectStatus(201),
    );
    const view = created.body as WorkShadowing;
    expect(view.programme.map((a) => a.title)).toEqual(["Morning round with the route supervisor"]);
    expect(view.warnings).toEqual([{ code: "too_many_visitors", params: { count: 3, max: 2 } }]);
    const entryId = crypto.randomUUID();
    const entry = {
      kind: "observation",
      text: "Supervisor checks each truck's load by photo",
      version: 0,
    };
    await as(w, "author", "PUT", `${url}/entries/${entryId}`, entry).then(expectStatus(200));
    const retried = await as(w, "author", "PUT", `${url}/entries/${entryId}`, entry).then(
      expectStatus(200),
    );
    expect(retried.body).toMatchObject({ id: entryId, version: 1 });
    const seen = async (role: "host" | "facilitator" | "otherPeer" | "moderator") =>
      JSON.stringify((await as(w, role, "GET", url)).body).includes(entry.text);
    expect(await seen("host")).toBe(true);
    expect(await seen("facilitator")).toBe(true);
    expect(await seen("moderator")).toBe(true);
    expect(await seen("otherPeer")).toBe(false);
    expect(
      (await as(w, "otherPeer", "PUT", `${url}/entries/${entryId}`, { ...entry, version: 1 }))
        .status,
    ).toBe(404);
    expect(
      (await as(w, "host", "PUT", `${url}/entries/${crypto.randomUUID()}`, entry)).status,
    ).toBe(403);
    expect((await as(w, "author", "PATCH", url, { focus: "Mine", version: 1 })).status).toBe(403);
    await as(w, "host", "PATCH", url, { focus: "Route supervision and loading", version: 1 }).then(
      expectStatus(200),
    );
    expect((await as(w, "author", "DELETE", `${url}/entries/${entryId}?version=1`)).status).toBe(
      200,
    );
  });

  it("captures workshop outputs against the method's steps", async () => {
    const url = `${await methodActivity("peer_learning_workshop")}/workshop`;
    const created = await as(w, "host", "POST", url, { methodId: "cafe", startTime: "13:00" }).then(
      expectStatus(201),
    );
    const workshop = created.body as Workshop;
    expect(workshop.method.totalMinutes).toBe(90);
    expect(workshop.method.runSheet.map((s) => s.startsAtMinute)).toEqual([0, 10, 30, 50, 70]);
    const stepKey = "workshop.cafe.step.round_one";
    const bad = await as(w, "author", "POST", `${url}/outputs`, {
      kind: "idea",
      stepKey: "workshop.x",
      text: "x",
    });
    expect(bad.status).toBe(400);
    const output = await as(w, "author", "POST", `${url}/outputs`, {
      kind: "idea",
      stepKey,
      text: "Pay informal collectors per bag delivered to the transfer station",
    }).then(expectStatus(201));
    const outputId = (output.body as { id: string }).id;
    const edit = { kind: "action", stepKey, text: "Pilot paying per bag in two wards", version: 1 };
    expect((await as(w, "otherPeer", "PATCH", `${url}/outputs/${outputId}`, edit)).status).toBe(
      403,
    );
    await as(w, "host", "PATCH", `${url}/outputs/${outputId}`, edit).then(expectStatus(200));
    expect((await as(w, "author", "PATCH", `${url}/outputs/${outputId}`, edit)).status).toBe(409);
    const read = (await as(w, "otherPeer", "GET", url)).body as Workshop;
    expect(read.outputs).toMatchObject([
      { kind: "action", canEdit: false, authorName: "Johan Berg" },
    ]);
    expect((await as(w, "author", "DELETE", `${url}/outputs/${outputId}?version=2`)).status).toBe(
      200,
    );
    expect((await t.call({ method: "GET", url: "/api/workshop-methods" })).status).toBe(401);
    const library = await as(w, "outsider", "GET", "/api/workshop-methods").then(expectStatus(200));
    expect((library.body as { items: { id: string }[] }).items.map((m) => m.id)).toEqual([
      "reflecting_team",
      "cafe",
      "appreciative_inquiry",
    ]);
  });

  it("attaches each method only to its own format, once", async () => {
    const visitActivity = await methodActivity("structured_peer_assessment");
    expect((await as(w, "host", "POST", `${visitActivity}/work-shadowing`, {})).status).toBe(409);
    expect(
      (await as(w, "host", "POST", `${visitActivity}/workshop`, { methodId: "cafe" })).status,
    ).toBe(409);
    await as(w, "host", "POST", `${visitActivity}/peer-assessment`, {}).then(expectStatus(201));
    expect((await as(w, "host", "POST", `${visitActivity}/peer-assessment`, {})).status).toBe(409);
    expect((await as(w, "host", "GET", `${visitActivity}/work-shadowing`)).status).toBe(404);
  });
});
