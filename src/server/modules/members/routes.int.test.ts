import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";
import { readMailedToken, uniqueEmail } from "../../../../test/fixtures";

type Member = { id: string; role: string; email: string; version: number };

describe.each(dialects)("members and invitations on %s", (dialect) => {
  let t: TestApp;
  let facilitator: string;
  let initiativeId: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    facilitator = await t.login("facilitator@demo.kollega.test");
    const created = await t.call({
      method: "POST",
      url: "/api/initiatives",
      cookie: facilitator,
      body: { name: "Learning alliance on tax collection", kind: "learning_alliance" },
    });
    initiativeId = (created.body as { id: string }).id;
  }, 60_000);
  afterAll(async () => t?.close());

  const members = async () =>
    (
      (
        await t.call({
          method: "GET",
          url: `/api/initiatives/${initiativeId}/members`,
          cookie: facilitator,
        })
      ).body as {
        items: Member[];
      }
    ).items;

  it("invites by mail; the invitee registers through the link and becomes a member", async () => {
    const email = uniqueEmail("Newcomer").toUpperCase();
    const sent = await t.call({
      method: "POST",
      url: `/api/initiatives/${initiativeId}/invitations`,
      cookie: facilitator,
      body: { email, role: "peer", message: "Welcome aboard" },
    });
    expect(sent.status).toBe(201);
    const lower = email.toLowerCase();
    const token = await readMailedToken(t.ctx, lower, "/invitations/");
    const preview = await t.call({ method: "GET", url: `/api/invitations/${token}` });
    expect(preview.body).toMatchObject({
      email: lower,
      role: "peer",
      hasAccount: false,
      status: "pending",
    });
    const missing = await t.call({
      method: "POST",
      url: `/api/invitations/${token}/accept`,
      body: {},
    });
    expect(missing).toMatchObject({
      status: 400,
      body: { error: { details: [{ path: "displayName" }] } },
    });
    const accepted = await t.call({
      method: "POST",
      url: `/api/invitations/${token}/accept`,
      body: { displayName: "Nia Newcomer", password: "a-long-password", locale: "sv" },
    });
    expect(accepted).toMatchObject({ status: 200, body: { initiativeId } });
    const cookie = String(accepted.headers["set-cookie"]).split(";")[0];
    const me = await t.call({ method: "GET", url: "/api/auth/me", cookie });
    expect(me.body).toMatchObject({
      person: { email: lower, locale: "sv", displayName: "Nia Newcomer" },
    });
    expect((await members()).map((m) => m.email)).toContain(lower);
    const again = await t.call({
      method: "POST",
      url: `/api/invitations/${token}/accept`,
      body: {},
    });
    expect(again.status).toBe(409);
  });

  it("asks an existing account to prove it is theirs", async () => {
    const email = "erik.lindqvist@demo.kollega.test";
    await t.call({
      method: "POST",
      url: `/api/initiatives/${initiativeId}/invitations`,
      cookie: facilitator,
      body: { email, role: "observer" },
    });
    const token = await readMailedToken(t.ctx, email, "/invitations/");
    expect((await t.call({ method: "GET", url: `/api/invitations/${token}` })).body).toMatchObject({
      hasAccount: true,
    });
    const stranger = await t.login("grace.wanjiru@demo.kollega.test");
    const wrong = await t.call({
      method: "POST",
      url: `/api/invitations/${token}/accept`,
      cookie: stranger,
      body: {},
    });
    expect(wrong.status).toBe(401);
    const erik = await t.login(email);
    const ok = await t.call({
      method: "POST",
      url: `/api/invitations/${token}/accept`,
      cookie: erik,
      body: {},
    });
    expect(ok.status).toBe(200);
    expect((await members()).find((m) => m.email === email)?.role).toBe("observer");
  });

  it("refuses to invite a member again, and revokes pending invitations", async () => {
    const dup = await t.call({
      method: "POST",
      url: `/api/initiatives/${initiativeId}/invitations`,
      cookie: facilitator,
      body: { email: "facilitator@demo.kollega.test", role: "peer" },
    });
    expect(dup.status).toBe(409);
    const email = uniqueEmail("revoked");
    const sent = await t.call({
      method: "POST",
      url: `/api/initiatives/${initiativeId}/invitations`,
      cookie: facilitator,
      body: { email, role: "peer" },
    });
    const id = (sent.body as { id: string }).id;
    const token = await readMailedToken(t.ctx, email, "/invitations/");
    expect(
      (
        await t.call({
          method: "DELETE",
          url: `/api/initiatives/${initiativeId}/invitations/${id}`,
          cookie: facilitator,
        })
      ).status,
    ).toBe(200);
    expect((await t.call({ method: "GET", url: `/api/invitations/${token}` })).body).toMatchObject({
      status: "revoked",
    });
    const accept = await t.call({
      method: "POST",
      url: `/api/invitations/${token}/accept`,
      body: { displayName: "X", password: "a-long-password" },
    });
    expect(accept.status).toBe(409);
  });

  it("changes roles with version checks and keeps at least one facilitator", async () => {
    const me = (await members()).find((m) => m.email === "facilitator@demo.kollega.test");
    if (!me) throw new Error("facilitator missing");
    const demote = await t.call({
      method: "PATCH",
      url: `/api/initiatives/${initiativeId}/members/${me.id}`,
      cookie: facilitator,
      body: { role: "peer", version: me.version },
    });
    expect(demote.status).toBe(409);
    const remove = await t.call({
      method: "DELETE",
      url: `/api/initiatives/${initiativeId}/members/${me.id}`,
      cookie: facilitator,
    });
    expect(remove.status).toBe(409);
    const erik = (await members()).find((m) => m.email === "erik.lindqvist@demo.kollega.test");
    if (!erik) throw new Error("erik missing");
    const promote = await t.call({
      method: "PATCH",
      url: `/api/initiatives/${initiativeId}/members/${erik.id}`,
      cookie: facilitator,
      body: { role: "moderator", version: erik.version },
    });
    expect(promote).toMatchObject({
      status: 200,
      body: { role: "moderator", version: erik.version + 1 },
    });
    const stale = await t.call({
      method: "PATCH",
      url: `/api/initiatives/${initiativeId}/members/${erik.id}`,
      cookie: facilitator,
      body: { role: "peer", version: erik.version },
    });
    expect(stale.status).toBe(409);
  });
});
