import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";
import { demoPersonId } from "../../../../test/fixtures";
import type { MatchingRun } from "../../../shared/contracts/matching";
import type { RunComparison } from "../../../shared/contracts/matching-compare";

const sjoby = ["erik.lindqvist", "johan.berg", "karin.sundberg"];
const ziwani = ["amina.otieno", "grace.wanjiru", "peter.mwangi"];

describe.each(dialects)("matching runs on %s", (dialect) => {
  let t: TestApp;
  let facilitator: string;
  let initiativeId: string;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp(dialect);
    facilitator = await t.login("facilitator@demo.kollega.test");
    const list = await t.call({ method: "GET", url: "/api/initiatives", cookie: facilitator });
    initiativeId = (list.body as { items: { id: string }[] }).items[0]?.id ?? "";
    for (const key of [...sjoby, ...ziwani, "facilitator"]) {
      ids.set(key, await demoPersonId(t.ctx, key));
    }
  }, 60_000);
  afterAll(async () => t?.close());

  const url = (path: string) => `/api/initiatives/${initiativeId}/matching${path}`;
  const id = (key: string) => ids.get(key) ?? "";
  const keyOf = (personId: string) => [...ids].find(([, v]) => v === personId)?.[0] ?? personId;
  const pairsOf = (run: MatchingRun) =>
    run.matches.map((m) => m.members.map((x) => keyOf(x.personId)).sort());
  async function run(body: object): Promise<MatchingRun> {
    const res = await t.call({ method: "POST", url: url("/runs"), cookie: facilitator, body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as MatchingRun;
  }

  it("pairs the demo peers across the two councils on shared challenges, and explains why", async () => {
    const r = await run({ mode: "pairs", note: "first try" });
    expect(r).toMatchObject({ status: "draft", mode: "pairs", matchCount: 3, unmatched: [] });
    expect(pairsOf(r).sort()).toEqual([
      ["amina.otieno", "erik.lindqvist"],
      ["grace.wanjiru", "johan.berg"],
      ["karin.sundberg", "peter.mwangi"],
    ]);
    const politicians = r.matches.find((m) =>
      m.members.some((x) => x.personId === id("karin.sundberg")),
    );
    expect(politicians?.explanation).toMatchObject({
      isSameLevel: true,
      sharedTags: expect.arrayContaining(["tariffs-and-fees", "political-leadership"]),
      sharedLanguages: ["en"],
    });
    for (const m of r.matches) {
      const parts = Object.values(m.score.parts).reduce((a, b) => a + b, 0);
      expect(parts).toBeCloseTo(m.score.total, 9);
      expect(m.members.every((x) => x.displayName)).toBe(true);
    }
    expect(r.totalScore).toBeCloseTo(
      r.matches.reduce((s, m) => s + m.score.total, 0),
      9,
    );
    expect(r.parameters).toMatchObject({
      separation: "different_organisation",
      weights: { sharedChallenges: 0.4 },
      note: "first try",
    });
  });

  it("tells the facilitator why anyone is left without a match", async () => {
    const champions = await run({ mode: "learner-champion" });
    const matched = new Set(champions.matches.flatMap((m) => m.members.map((x) => x.personId)));
    expect(matched.size + champions.unmatched.length).toBe(6);
    expect(champions.unmatched.every((u) => u.reason && u.displayName)).toBe(true);
    const groups = await run({ mode: "groups", groupSize: 3 });
    const grouped = groups.matches.flatMap((m) => m.members.map((x) => x.personId));
    expect(grouped.length + groups.unmatched.length).toBe(6);
    expect(groups.parameters.groupSize).toBe(3);
  });

  it("refuses parameters it cannot honour, naming the field", async () => {
    const bad = async (body: object, path: string) => {
      const res = await t.call({ method: "POST", url: url("/runs"), cookie: facilitator, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      const details = (res.body as { error: { details: { path: string }[] } }).error.details;
      expect(details.map((d) => d.path)).toContain(path);
    };
    await bad({ mode: "groups", groupSize: 7 }, "groupSize");
    await bad({ mode: "groups", groupSize: 2 }, "groupSize");
    await bad({ mode: "pairs", weights: { samePosition: -1 } }, "weights.samePosition");
    const zero = Object.fromEntries(
      [
        "sharedChallenges",
        "samePosition",
        "sameInitiative",
        "sameField",
        "yearsOfService",
        "complementarity",
      ].map((k) => [k, 0]),
    );
    await bad({ mode: "pairs", weights: zero }, "weights");
    await bad(
      { mode: "pairs", forbiddenPairs: [[id("erik.lindqvist"), id("facilitator")]] },
      "forbiddenPairs.0",
    );
    await bad(
      { mode: "pairs", requiredPairs: [[id("erik.lindqvist"), id("erik.lindqvist")]] },
      "requiredPairs.0",
    );
    const both = [[id("erik.lindqvist"), id("amina.otieno")]];
    await bad({ mode: "pairs", forbiddenPairs: both, requiredPairs: both }, "requiredPairs.0");
    await bad({ mode: "trios" }, "mode");
  });

  it("keeps a locked pair through a re-run and never repeats a broken one", async () => {
    const first = await run({ mode: "pairs" });
    const [lockMe, breakMe] = first.matches;
    const locked = await t.call({
      method: "PATCH",
      url: url(`/runs/${first.id}/matches/${lockMe?.id}`),
      cookie: facilitator,
      body: { isLocked: true, version: first.version },
    });
    expect(locked).toMatchObject({ status: 200, body: { version: first.version + 1 } });
    const stale = await t.call({
      method: "POST",
      url: url(`/runs/${first.id}/matches/${breakMe?.id}/break`),
      cookie: facilitator,
      body: { version: first.version },
    });
    expect(stale.status).toBe(409);
    const broken = await t.call({
      method: "POST",
      url: url(`/runs/${first.id}/matches/${breakMe?.id}/break`),
      cookie: facilitator,
      body: { version: first.version + 1 },
    });
    const afterBreak = broken.body as MatchingRun;
    expect(afterBreak.matchCount).toBe(2);
    expect(afterBreak.unmatched.map((u) => u.reason)).toEqual([
      "broken_by_facilitator",
      "broken_by_facilitator",
    ]);
    const rerun = await t.call({
      method: "POST",
      url: url(`/runs/${first.id}/rerun`),
      cookie: facilitator,
      body: {},
    });
    expect(rerun.status).toBe(201);
    const second = rerun.body as MatchingRun;
    expect(second.basedOnRunId).toBe(first.id);
    const keptLock = second.matches.find((m) => m.isLocked);
    expect(keptLock?.members.map((x) => x.personId).sort()).toEqual(
      lockMe?.members.map((x) => x.personId).sort(),
    );
    const brokenKey = breakMe?.members
      .map((x) => x.personId)
      .sort()
      .join();
    for (const m of second.matches) {
      expect(
        m.members
          .map((x) => x.personId)
          .sort()
          .join(),
      ).not.toBe(brokenKey);
    }
    expect(second.parameters.forbiddenPairs.map((p) => [...p].sort().join())).toContain(brokenKey);
    const unlock = await t.call({
      method: "PATCH",
      url: url(`/runs/${second.id}/matches/${keptLock?.id}`),
      cookie: facilitator,
      body: { isLocked: false, version: second.version },
    });
    expect((unlock.body as MatchingRun).matches.every((m) => !m.isLocked)).toBe(true);
  });

  it("compares two runs: shared matches, the differences and each total", async () => {
    const a = await run({ mode: "pairs" });
    const b = await run({
      mode: "pairs",
      requiredPairs: [[id("erik.lindqvist"), id("grace.wanjiru")]],
    });
    const res = await t.call({
      method: "GET",
      url: url(`/compare?a=${a.id}&b=${b.id}`),
      cookie: facilitator,
    });
    expect(res.status).toBe(200);
    const diff = res.body as RunComparison;
    expect(diff.inBoth.map((m) => m.members.map((x) => keyOf(x.personId)).sort())).toEqual([
      ["karin.sundberg", "peter.mwangi"],
    ]);
    expect(diff.onlyInA).toHaveLength(2);
    expect(diff.onlyInB.map((m) => m.members.map((x) => keyOf(x.personId)).sort())).toContainEqual([
      "erik.lindqvist",
      "grace.wanjiru",
    ]);
    expect(diff.totalScoreA).toBeCloseTo(a.totalScore, 9);
    expect(diff.totalScoreB).toBeCloseTo(b.totalScore, 9);
    expect(diff.totalScoreA).toBeGreaterThan(diff.totalScoreB);
    expect(diff.inBoth[0]?.scoreA).toBeCloseTo(diff.inBoth[0]?.scoreB ?? -1, 9);
    const missing = await t.call({
      method: "GET",
      url: url(`/compare?a=${a.id}&b=${initiativeId}`),
      cookie: facilitator,
    });
    expect(missing.status).toBe(404);
  });

  it("lists runs newest first, and a published run can no longer be edited", async () => {
    const r = await run({ mode: "pairs", note: "to publish" });
    const published = await t.call({
      method: "POST",
      url: url(`/runs/${r.id}/publish`),
      cookie: facilitator,
      body: { version: r.version },
    });
    expect(published.body).toMatchObject({ status: "published" });
    const lock = await t.call({
      method: "PATCH",
      url: url(`/runs/${r.id}/matches/${r.matches[0]?.id}`),
      cookie: facilitator,
      body: { isLocked: true, version: (published.body as MatchingRun).version },
    });
    expect(lock.status).toBe(409);
    const list = await t.call({ method: "GET", url: url("/runs"), cookie: facilitator });
    const items = (list.body as { items: { id: string; status: string; createdAt: string }[] })
      .items;
    expect(items[0]).toMatchObject({ id: r.id, status: "published" });
    const times = items.map((i) => i.createdAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it("keeps the hard rules in every stored result: no two from one organisation, a shared language", async () => {
    await run({ mode: "groups", groupSize: 4 });
    await run({ mode: "pairs", separation: "different_country" });
    const rows = await t.ctx.db
      .selectFrom("matching_runs")
      .select(["result", "parameters"])
      .where("initiative_id", "=", initiativeId)
      .execute();
    expect(rows.length).toBeGreaterThan(8);
    const orgOf = (personId: string) => (sjoby.includes(keyOf(personId)) ? "sjoby" : "ziwani");
    for (const row of rows) {
      const result = JSON.parse(row.result) as {
        matches: MatchingRun["matches"] & { peerIds: string[] }[];
      };
      for (const m of result.matches) {
        expect(m.explanation.sharedLanguages.length).toBeGreaterThan(0);
        if (!m.isRequired) expect(new Set(m.peerIds.map(orgOf)).size).toBe(m.peerIds.length);
      }
    }
  });
});
