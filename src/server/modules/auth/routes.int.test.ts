import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";
import { readMailedToken } from "../../../../test/fixtures";

describe.each(dialects)("sign-in and passwords on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  }, 60_000);
  afterAll(async () => t?.close());

  it("signs in with an HttpOnly SameSite cookie and out again", async () => {
    const res = await t.call({
      method: "POST",
      url: "/api/auth/login",
      body: { email: "  Facilitator@Demo.Kollega.Test ", password: "kollega-demo" },
    });
    expect(res.status).toBe(200);
    const cookieHeader = String(res.headers["set-cookie"]);
    expect(cookieHeader).toMatch(/HttpOnly/i);
    expect(cookieHeader).toMatch(/SameSite=Lax/i);
    expect(cookieHeader).not.toMatch(/Secure/i);
    const cookie = cookieHeader.split(";")[0];
    expect((await t.call({ method: "GET", url: "/api/auth/me", cookie })).body).toMatchObject({
      person: { systemRole: "facilitator" },
    });
    await t.call({ method: "POST", url: "/api/auth/logout", cookie });
    expect((await t.call({ method: "GET", url: "/api/auth/me", cookie })).body).toEqual({
      person: null,
    });
  });

  it("sets Secure behind TLS (X-Forwarded-Proto with a trusted proxy)", async () => {
    const behindProxy = await startTestApp("sqlite", { KOLLEGA_TRUST_PROXY: "1" });
    try {
      const res = await behindProxy.call({
        method: "POST",
        url: "/api/auth/login",
        headers: { "x-forwarded-proto": "https" },
        body: { email: "facilitator@demo.kollega.test", password: "kollega-demo" },
      });
      expect(String(res.headers["set-cookie"])).toMatch(/Secure/);
    } finally {
      await behindProxy.close();
    }
  }, 30_000);

  it("gives the same 401 for an unknown email and a wrong password", async () => {
    const a = await t.call({
      method: "POST",
      url: "/api/auth/login",
      body: { email: "nobody@demo.kollega.test", password: "x" },
    });
    const b = await t.call({
      method: "POST",
      url: "/api/auth/login",
      body: { email: "facilitator@demo.kollega.test", password: "x" },
    });
    expect(a).toMatchObject({ status: 401 });
    expect(b.body).toEqual(a.body);
  });

  it("resets a forgotten password by mailed link, once, ending old sessions", async () => {
    const email = "johan.berg@demo.kollega.test";
    const old = await t.login(email);
    const asked = await t.call({
      method: "POST",
      url: "/api/auth/password-reset",
      body: { email },
    });
    expect(asked.status).toBe(202);
    const token = await readMailedToken(t.ctx, email, "/reset-password/");
    const short = await t.call({
      method: "POST",
      url: "/api/auth/password-reset/confirm",
      body: { token, password: "short" },
    });
    expect(short.status).toBe(400);
    const done = await t.call({
      method: "POST",
      url: "/api/auth/password-reset/confirm",
      body: { token, password: "brand-new-password" },
    });
    expect(done.status).toBe(200);
    expect((await t.call({ method: "GET", url: "/api/auth/me", cookie: old })).body).toEqual({
      person: null,
    });
    await t.login(email, "brand-new-password");
    const reuse = await t.call({
      method: "POST",
      url: "/api/auth/password-reset/confirm",
      body: { token, password: "another-password" },
    });
    expect(reuse.status).toBe(400);
  });

  it("changes one's own password after checking the current one", async () => {
    const email = "grace.wanjiru@demo.kollega.test";
    const cookie = await t.login(email);
    const wrong = await t.call({
      method: "POST",
      url: "/api/me/password",
      cookie,
      body: { currentPassword: "nope", newPassword: "grace-new-password" },
    });
    expect(wrong).toMatchObject({
      status: 400,
      body: { error: { details: [{ path: "currentPassword" }] } },
    });
    const ok = await t.call({
      method: "POST",
      url: "/api/me/password",
      cookie,
      body: { currentPassword: "kollega-demo", newPassword: "grace-new-password" },
    });
    expect(ok.status).toBe(200);
    await t.login(email, "grace-new-password");
  });
});
