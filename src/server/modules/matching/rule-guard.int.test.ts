import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";
import { demoPersonId } from "../../../../test/fixtures";
import { runMatching } from "../../../domain/matching/run-matching";

// The engine never breaks a hard rule in practice; to test the guard behind it, one call is
// made to hand back a result that does (a wrapped original, so other calls stay real).
vi.mock(import("../../../domain/matching/run-matching"), async (importOriginal) => {
  const original = await importOriginal();
  return { ...original, runMatching: vi.fn(original.runMatching) };
});

describe.each(dialects)("the hard-rule guard on %s", (dialect) => {
  let t: TestApp;
  let facilitator: string;
  let initiativeId: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    facilitator = await t.login("facilitator@demo.kollega.test");
    const list = await t.call({ method: "GET", url: "/api/initiatives", cookie: facilitator });
    initiativeId = (list.body as { items: { id: string }[] }).items[0]?.id ?? "";
  }, 60_000);
  afterAll(async () => t?.close());

  const runs = () => `/api/initiatives/${initiativeId}/matching/runs`;

  it("answers a rule-breaking engine result with a clear 409 naming the rule, and stores nothing", async () => {
    const erik = await demoPersonId(t.ctx, "erik.lindqvist");
    const johan = await demoPersonId(t.ctx, "johan.berg");
    const real = vi.mocked(runMatching).getMockImplementation();
    vi.mocked(runMatching).mockImplementationOnce((input) => {
      const result = (real ?? runMatching)(input);
      const [first] = result.matches;
      if (!first) throw new Error("the demo run formed no match");
      return { ...result, matches: [{ ...first, peerIds: [erik, johan] }] };
    });
    const before = await t.call({ method: "GET", url: runs(), cookie: facilitator });
    const res = await t.call({
      method: "POST",
      url: runs(),
      cookie: facilitator,
      body: { mode: "pairs" },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    const error = (res.body as { error: { code: string; details: { code: string }[] } }).error;
    expect(error.code).toBe("CONFLICT");
    expect(error.details.map((d) => d.code)).toContain("same_organisation");
    const after = await t.call({ method: "GET", url: runs(), cookie: facilitator });
    expect((after.body as { items: unknown[] }).items).toHaveLength(
      (before.body as { items: unknown[] }).items.length,
    );
    const normal = await t.call({
      method: "POST",
      url: runs(),
      cookie: facilitator,
      body: { mode: "pairs" },
    });
    expect(normal.status).toBe(201);
  });
});
