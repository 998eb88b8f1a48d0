import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";

type InitiativeBody = {
  id: string;
  version: number;
  scoping: Record<string, string>;
  scopingCompleteness: { answered: number; percent: number; missing: string[] };
};

describe.each(dialects)("initiatives on %s", (dialect) => {
  let t: TestApp;
  let facilitator: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    facilitator = await t.login("facilitator@demo.kollega.test");
  }, 60_000);
  afterAll(async () => t?.close());

  async function create(): Promise<InitiativeBody> {
    const res = await t.call({
      method: "POST",
      url: "/api/initiatives",
      cookie: facilitator,
      body: {
        name: "Budget transparency network",
        kind: "network",
        reformArea: "Public finance",
        startsOn: "2027-01-01",
        endsOn: "2027-12-31",
      },
    });
    expect(res.status).toBe(201);
    return res.body as InitiativeBody;
  }

  it("creates an initiative whose creator is its facilitator and sole member", async () => {
    const created = await create();
    const members = await t.call({
      method: "GET",
      url: `/api/initiatives/${created.id}/members`,
      cookie: facilitator,
    });
    expect((members.body as { items: { role: string; email: string }[] }).items).toEqual([
      expect.objectContaining({ role: "facilitator", email: "facilitator@demo.kollega.test" }),
    ]);
    expect(created.scopingCompleteness).toMatchObject({ answered: 0, percent: 0 });
  });

  it("fills the scoping a part at a time and reports completeness", async () => {
    const c = await create();
    const first = await t.call({
      method: "PATCH",
      url: `/api/initiatives/${c.id}`,
      cookie: facilitator,
      body: {
        version: c.version,
        scoping: { goals: "Publish budgets citizens can read", knowledgeGaps: "Citizen budgets" },
      },
    });
    expect(first.status).toBe(200);
    const after1 = first.body as InitiativeBody;
    expect(after1.scopingCompleteness).toMatchObject({ answered: 2, percent: 22 });
    const second = await t.call({
      method: "PATCH",
      url: `/api/initiatives/${c.id}`,
      cookie: facilitator,
      body: { version: after1.version, scoping: { resources: "Secretariat time", goals: "" } },
    });
    const after2 = second.body as InitiativeBody;
    expect(after2.scoping).toEqual({
      knowledgeGaps: "Citizen budgets",
      resources: "Secretariat time",
    });
    expect(after2.scopingCompleteness.missing).toContain("goals");
  });

  it("gives the stale one of two concurrent edits a 409, never a silent overwrite", async () => {
    const c = await create();
    const edit = (name: string) =>
      t.call({
        method: "PATCH",
        url: `/api/initiatives/${c.id}`,
        cookie: facilitator,
        body: { version: c.version, name },
      });
    const results = await Promise.all([edit("First title"), edit("Second title")]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)?.body as { name: string };
    const now = await t.call({
      method: "GET",
      url: `/api/initiatives/${c.id}`,
      cookie: facilitator,
    });
    expect((now.body as { name: string }).name).toBe(winner.name);
    const loser = results.find((r) => r.status === 409)?.body as { error: { code: string } };
    expect(loser.error.code).toBe("CONFLICT");
  });

  it("refuses an end date before the start date, on create and on edit", async () => {
    const bad = await t.call({
      method: "POST",
      url: "/api/initiatives",
      cookie: facilitator,
      body: { name: "Backwards", kind: "network", startsOn: "2027-05-01", endsOn: "2027-01-01" },
    });
    expect(bad.status).toBe(400);
    const c = await create();
    const edit = await t.call({
      method: "PATCH",
      url: `/api/initiatives/${c.id}`,
      cookie: facilitator,
      body: { version: c.version, endsOn: "2026-01-01" },
    });
    expect(edit).toMatchObject({ status: 400, body: { error: { details: [{ path: "endsOn" }] } } });
  });

  it("lists only the initiatives a person belongs to, paginated", async () => {
    const peer = await t.login("amina.otieno@demo.kollega.test");
    const mine = await t.call({ method: "GET", url: "/api/initiatives?limit=1", cookie: peer });
    expect(mine.body).toMatchObject({ total: 1, limit: 1, offset: 0 });
    const bad = await t.call({ method: "GET", url: "/api/initiatives?limit=1000", cookie: peer });
    expect(bad.status).toBe(400);
  });
});
