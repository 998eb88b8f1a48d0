import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, startTestApp, type TestApp } from "../../test/api-harness";

describe.each(dialects)("the HTTP edge on %s", (dialect) => {
  let t: TestApp;
  let facilitator: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    facilitator = await t.login("facilitator@demo.kollega.test");
  }, 60_000);
  afterAll(async () => t?.close());

  it("answers health once the database answers", async () => {
    expect(await t.call({ method: "GET", url: "/api/health" })).toMatchObject({
      status: 200,
      body: { status: "ok" },
    });
  });

  it("documents the API as OpenAPI 3 and serves browsable docs", async () => {
    const spec = await t.call({ method: "GET", url: "/api/openapi.json" });
    expect(spec.status).toBe(200);
    const body = spec.body as { openapi: string; paths: Record<string, unknown> };
    expect(body.openapi).toMatch(/^3\./);
    expect(Object.keys(body.paths)).toContain("/api/auth/login");
    const docs = await t.app.inject({ method: "GET", url: "/api/docs/" });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain("swagger");
  });

  it("refuses malformed JSON with a clear 400", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/initiatives",
      headers: { "content-type": "application/json", "x-kollega-csrf": "1", cookie: facilitator },
      payload: '{"name": "x",',
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body)).toEqual({
      error: { code: "INVALID", message: "The request body is not valid JSON" },
    });
  });

  it("names each wrong field", async () => {
    const res = await t.call({
      method: "POST",
      url: "/api/initiatives",
      cookie: facilitator,
      body: { name: 42, kind: "club", startsOn: "yesterday" },
    });
    expect(res.status).toBe(400);
    const paths = (res.body as { error: { details: { path: string }[] } }).error.details.map(
      (d) => d.path,
    );
    expect(paths).toEqual(expect.arrayContaining(["name", "kind", "startsOn"]));
  });

  it("answers unknown ids with 404 and malformed ids with 400", async () => {
    const unknown = await t.call({
      method: "GET",
      url: "/api/organisations/01890a5d-ac96-774b-bcce-b302099a8057",
      cookie: facilitator,
    });
    expect(unknown.status).toBe(404);
    const malformed = await t.call({
      method: "GET",
      url: "/api/organisations/not-an-id",
      cookie: facilitator,
    });
    expect(malformed.status).toBe(400);
    const route = await t.call({ method: "GET", url: "/api/no-such-thing" });
    expect(route).toMatchObject({ status: 404, body: { error: { code: "NOT_FOUND" } } });
  });

  it("stores hostile strings as typed and refuses control characters", async () => {
    const name = `<script>alert('x')</script> '; DROP TABLE organisations; -- \u202Eevil`;
    const created = await t.call({
      method: "POST",
      url: "/api/organisations",
      cookie: facilitator,
      body: { name, country: "SE", level: "municipal", kind: "government_body" },
    });
    expect(created.status).toBe(201);
    expect((created.body as { name: string }).name).toBe(name);
    const list = await t.call({
      method: "GET",
      url: "/api/organisations?q=script",
      cookie: facilitator,
    });
    expect((list.body as { total: number }).total).toBe(1);
    const nul = await t.call({
      method: "POST",
      url: "/api/organisations",
      cookie: facilitator,
      body: { name: "bad\u0000name", country: "SE", level: "municipal", kind: "government_body" },
    });
    expect(nul.status).toBe(400);
  });

  it("refuses oversized bodies with 413 and other media types with 415", async () => {
    const big = await t.call({
      method: "POST",
      url: "/api/organisations",
      cookie: facilitator,
      body: { name: "x".repeat(300_000), country: "SE", level: "municipal", kind: "ngo" },
    });
    expect(big).toMatchObject({ status: 413, body: { error: { code: "PAYLOAD_TOO_LARGE" } } });
    const form = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-kollega-csrf": "1" },
      payload: "email=a&password=b",
    });
    expect(form.statusCode).toBe(415);
  });

  it("refuses state changes without the CSRF header or from another origin", async () => {
    const noHeader = await t.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie: facilitator },
    });
    expect(noHeader.statusCode).toBe(403);
    expect(JSON.parse(noHeader.body).error.code).toBe("CSRF");
    const otherOrigin = await t.call({
      method: "POST",
      url: "/api/auth/logout",
      cookie: facilitator,
      headers: { origin: "https://evil.example", host: "localhost:80" },
    });
    expect(otherOrigin.status).toBe(403);
    expect(
      (await t.call({ method: "GET", url: "/api/auth/me", cookie: facilitator })).body,
    ).toMatchObject({
      person: { email: "facilitator@demo.kollega.test" },
    });
  });
});

describe("log-in rate limit", () => {
  it("answers 429 after too many attempts for the same email", async () => {
    const t = await startTestApp("sqlite", { LOGIN_RATE_LIMIT: "3" });
    try {
      const attempt = () =>
        t.call({
          method: "POST",
          url: "/api/auth/login",
          body: { email: "erik.lindqvist@demo.kollega.test", password: "guess" },
        });
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await attempt()).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      const body = (await attempt()).body as { error: { code: string } };
      expect(body.error.code).toBe("RATE_LIMITED");
    } finally {
      await t.close();
    }
  }, 30_000);
});
