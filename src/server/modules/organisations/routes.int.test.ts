import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";

describe.each(dialects)("organisations on %s", (dialect) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    cookie = await t.login("facilitator@demo.kollega.test");
  }, 60_000);
  afterAll(async () => t?.close());

  it("creates, searches accent-insensitively, paginates and edits with version checks", async () => {
    const created = await t.call({
      method: "POST",
      url: "/api/organisations",
      cookie,
      body: {
        name: "Région Île-de-Lac",
        country: "fr",
        level: "regional",
        kind: "government_body",
      },
    });
    expect(created).toMatchObject({ status: 201, body: { country: "FR", version: 1 } });
    const id = (created.body as { id: string }).id;
    const found = await t.call({ method: "GET", url: "/api/organisations?q=ile-de", cookie });
    expect((found.body as { items: { id: string }[] }).items.map((o) => o.id)).toEqual([id]);
    const page = await t.call({
      method: "GET",
      url: "/api/organisations?limit=2&offset=2",
      cookie,
    });
    expect(page.body).toMatchObject({ total: 6, limit: 2, offset: 2 });
    expect((page.body as { items: unknown[] }).items).toHaveLength(2);
    const edited = await t.call({
      method: "PATCH",
      url: `/api/organisations/${id}`,
      cookie,
      body: { version: 1, name: "Région du Lac" },
    });
    expect(edited).toMatchObject({ status: 200, body: { name: "Région du Lac", version: 2 } });
    const stale = await t.call({
      method: "PATCH",
      url: `/api/organisations/${id}`,
      cookie,
      body: { version: 1, kind: "ngo" },
    });
    expect(stale.status).toBe(409);
  });

  it("refuses a country that is not an ISO code", async () => {
    const res = await t.call({
      method: "POST",
      url: "/api/organisations",
      cookie,
      body: { name: "Nowhere", country: "Sweden", level: "municipal", kind: "ngo" },
    });
    expect(res).toMatchObject({ status: 400, body: { error: { details: [{ path: "country" }] } } });
  });
});
