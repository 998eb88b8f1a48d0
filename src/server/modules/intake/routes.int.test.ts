import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";
import {
  buildInitiative,
  buildMembership,
  buildPerson,
  demoPersonId,
} from "../../../../test/fixtures";
import { buildAnswers } from "../../../../test/matching-fixtures";
import { findOutboxMessages } from "../admin/service";
import { updatePerson } from "../people/service";

type Overview = {
  counts: { peers: number; answered: number; missing: number };
  items: { personId: string; hasAnswered: boolean }[];
  survey: { status: string; lastRemindedAt: string | null };
};
type Issue = { path: string; code: string; message: string };

describe.each(dialects)("intake survey on %s", (dialect) => {
  let t: TestApp;
  let facilitator: string;
  let initiativeId: string;
  const peers: { id: string; email: string; cookie: string }[] = [];
  let observerCookie: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    facilitator = await t.login("facilitator@demo.kollega.test");
    const facilitatorId = await demoPersonId(t.ctx, "facilitator");
    initiativeId = (await buildInitiative(t.ctx, facilitatorId, "Waste network")).id;
    for (const [i, locale] of (["en", "sv", "fr"] as const).entries()) {
      const p = await buildPerson(t.ctx, { displayName: `Peer ${i}` });
      await updatePerson(t.ctx, p.id, { version: 1, locale });
      await buildMembership(t.ctx, initiativeId, p.id, "peer");
      peers.push({ id: p.id, email: p.email, cookie: await t.login(p.email, p.password) });
    }
    const observer = await buildPerson(t.ctx);
    await buildMembership(t.ctx, initiativeId, observer.id, "observer");
    observerCookie = await t.login(observer.email, observer.password);
  }, 60_000);
  afterAll(async () => t?.close());

  const url = (path = "") => `/api/initiatives/${initiativeId}/intake${path}`;
  const peer = (i: number) => peers[i] ?? { id: "", email: "", cookie: "" };
  const submit = (i: number, body: object) =>
    t.call({ method: "PUT", url: url("/my-response"), cookie: peer(i).cookie, body });

  it("opens the survey; a peer answers; the overview shows who is missing; reminders reach only them, in their language", async () => {
    expect((await submit(0, { ...buildAnswers(), version: null })).status).toBe(409);
    const opened = await t.call({
      method: "POST",
      url: url("/open"),
      cookie: facilitator,
      body: { dueOn: "2027-03-01" },
    });
    expect(opened).toMatchObject({ status: 200, body: { status: "open", dueOn: "2027-03-01" } });
    const tags = await t.call({ method: "GET", url: url("/tags"), cookie: peer(0).cookie });
    const keys = (tags.body as { items: { key: string }[] }).items.map((x) => x.key);
    expect(keys).toEqual(expect.arrayContaining(["waste-collection", "tariffs-and-fees"]));
    const answers = buildAnswers({
      challenges: [
        { text: "Trucks cannot reach the informal settlements", tags: ["waste-collection"] },
      ],
      languages: ["EN", "sw"],
    });
    const first = await submit(0, { ...answers, version: null });
    expect(first).toMatchObject({ status: 200, body: { version: 1, languages: ["en", "sw"] } });

    const overview = (await t.call({ method: "GET", url: url("/overview"), cookie: facilitator }))
      .body as Overview;
    expect(overview.counts).toEqual({ peers: 3, answered: 1, missing: 2 });
    expect(overview.items.map((i) => i.hasAnswered)).toEqual([false, false, true]);

    const reminded = await t.call({
      method: "POST",
      url: url("/reminders"),
      cookie: facilitator,
      body: {},
    });
    expect(reminded.body).toMatchObject({ reminded: 2 });
    expect((reminded.body as { personIds: string[] }).personIds.sort()).toEqual(
      [peer(1).id, peer(2).id].sort(),
    );
    const mailTo = async (email: string) =>
      (await findOutboxMessages(t.ctx, { limit: 5, offset: 0, to: email })).items.filter(
        (m) => m.kind === "intake_reminder",
      );
    expect(await mailTo(peer(0).email)).toEqual([]);
    const [sv] = await mailTo(peer(1).email);
    expect(sv?.subject).toContain("Några frågor");
    expect(sv?.textBody).toContain("2027-03-01");
    expect(sv?.textBody).toContain(`/initiatives/${initiativeId}/intake`);
    expect((await mailTo(peer(2).email))[0]?.subject).toContain("Quelques questions");
    const after = (await t.call({ method: "GET", url: url("/overview"), cookie: facilitator }))
      .body as Overview;
    expect(after.survey.lastRemindedAt).not.toBeNull();

    const notPeer = await t.call({
      method: "POST",
      url: url("/reminders"),
      cookie: facilitator,
      body: { personIds: [await demoPersonId(t.ctx, "facilitator")] },
    });
    expect(notPeer).toMatchObject({
      status: 400,
      body: { error: { details: [{ path: "personIds.0" }] } },
    });
  });

  it("explains invalid answers field by field", async () => {
    const details = async (body: object) => {
      const res = await submit(1, { ...buildAnswers(), version: null, ...body });
      expect(res.status).toBe(400);
      return (res.body as { error: { details: Issue[] } }).error.details;
    };
    expect(await details({ challenges: [] })).toEqual([
      expect.objectContaining({
        path: "challenges",
        message: "Name at least one challenge you face",
      }),
    ]);
    const eleven = Array.from({ length: 11 }, (_, i) => ({ text: `Challenge ${i}`, tags: [] }));
    expect((await details({ challenges: eleven }))[0]?.message).toBe("Name at most 10 challenges");
    expect((await details({ challenges: [{ text: "  ", tags: [] }] }))[0]?.path).toBe(
      "challenges.0.text",
    );
    expect((await details({ languages: [] }))[0]?.path).toBe("languages");
    expect(
      await details({ challenges: [{ text: "Fees", tags: ["budgeting", "no-such-tag"] }] }),
    ).toEqual([expect.objectContaining({ path: "challenges.0.tags.1", code: "unknown_tag" })]);
  });

  it("gives the stale one of two concurrent edits a 409, and the second first submission too", async () => {
    const body = { ...buildAnswers(), version: null };
    const firsts = await Promise.all([submit(1, body), submit(1, body)]);
    expect(firsts.map((r) => r.status).sort()).toEqual([200, 409]);
    const edit = (text: string) =>
      submit(1, { ...buildAnswers({ challenges: [{ text, tags: [] }] }), version: 1 });
    const edits = await Promise.all([edit("First"), edit("Second")]);
    expect(edits.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = edits.find((r) => r.status === 200)?.body as { challenges: { text: string }[] };
    const mine = await t.call({ method: "GET", url: url("/my-response"), cookie: peer(1).cookie });
    expect(mine.body).toMatchObject({
      survey: { status: "open" },
      response: { version: 2, challenges: winner.challenges },
    });
  });

  it("keeps answers between a peer and the facilitators", async () => {
    const other = await t.call({
      method: "GET",
      url: url(`/responses/${peer(0).id}`),
      cookie: peer(1).cookie,
    });
    expect(other.status).toBe(403);
    const asFacilitator = await t.call({
      method: "GET",
      url: url(`/responses/${peer(0).id}`),
      cookie: facilitator,
    });
    expect(asFacilitator).toMatchObject({ status: 200, body: { personId: peer(0).id } });
    const notAnswered = await t.call({
      method: "GET",
      url: url(`/responses/${peer(2).id}`),
      cookie: facilitator,
    });
    expect(notAnswered.status).toBe(404);
    const mine = await t.call({ method: "GET", url: url("/my-response"), cookie: peer(2).cookie });
    expect(mine.body).toMatchObject({ response: null });
    for (const path of ["/overview", "/my-response", "/tags", ""]) {
      const res = await t.call({ method: "GET", url: url(path), cookie: observerCookie });
      expect(res.status, path).toBe(403);
    }
  });

  it("lets facilitators extend the vocabulary; a used tag stays", async () => {
    const added = await t.call({
      method: "POST",
      url: url("/tags"),
      cookie: facilitator,
      body: { label: "Sorting at source!" },
    });
    expect(added).toMatchObject({
      status: 201,
      body: { key: "sorting-at-source", isDefault: false },
    });
    const again = await t.call({
      method: "POST",
      url: url("/tags"),
      cookie: facilitator,
      body: { label: "sorting at SOURCE" },
    });
    expect(again.status).toBe(409);
    const byPeer = await t.call({
      method: "POST",
      url: url("/tags"),
      cookie: peer(0).cookie,
      body: { label: "Mine" },
    });
    expect(byPeer.status).toBe(403);
    const used = await submit(2, {
      ...buildAnswers({ challenges: [{ text: "Mixed bins", tags: ["sorting-at-source"] }] }),
      version: null,
    });
    expect(used.status).toBe(200);
    const tagId = (added.body as { id: string }).id;
    const remove = (id: string) =>
      t.call({ method: "DELETE", url: url(`/tags/${id}`), cookie: facilitator });
    expect((await remove(tagId)).status).toBe(409);
    const unused = await t.call({
      method: "POST",
      url: url("/tags"),
      cookie: facilitator,
      body: { label: "Landfill gas" },
    });
    expect((await remove((unused.body as { id: string }).id)).status).toBe(200);
    const list = await t.call({ method: "GET", url: url("/tags"), cookie: facilitator });
    const keys = (list.body as { items: { key: string }[] }).items.map((x) => x.key);
    expect(keys).toContain("sorting-at-source");
    expect(keys).not.toContain("landfill-gas");
  });

  it("closes the survey: answers stay but cannot change, and reminders wait until it opens again", async () => {
    const closed = await t.call({ method: "POST", url: url("/close"), cookie: facilitator });
    expect(closed).toMatchObject({ status: 200, body: { status: "closed" } });
    expect((await t.call({ method: "POST", url: url("/close"), cookie: facilitator })).status).toBe(
      409,
    );
    const change = await submit(0, { ...buildAnswers(), version: 1 });
    expect(change.status).toBe(409);
    const remind = await t.call({
      method: "POST",
      url: url("/reminders"),
      cookie: facilitator,
      body: {},
    });
    expect(remind.status).toBe(409);
    const overview = (await t.call({ method: "GET", url: url("/overview"), cookie: facilitator }))
      .body as Overview;
    expect(overview.counts.answered).toBe(3);
    await t.call({ method: "POST", url: url("/open"), cookie: facilitator, body: {} });
    expect((await submit(0, { ...buildAnswers(), version: 1 })).status).toBe(200);
  });
});
