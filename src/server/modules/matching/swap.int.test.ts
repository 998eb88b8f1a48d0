import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";
import { demoPersonId } from "../../../../test/fixtures";
import type { MatchingRun } from "../../../shared/contracts/matching";

const peerKeys = [
  "erik.lindqvist",
  "johan.berg",
  "karin.sundberg",
  "amina.otieno",
  "grace.wanjiru",
  "peter.mwangi",
];

describe.each(dialects)("swapping people between matches on %s", (dialect) => {
  let t: TestApp;
  let facilitator: string;
  let initiativeId: string;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp(dialect);
    facilitator = await t.login("facilitator@demo.kollega.test");
    const list = await t.call({ method: "GET", url: "/api/initiatives", cookie: facilitator });
    initiativeId = (list.body as { items: { id: string }[] }).items[0]?.id ?? "";
    for (const key of peerKeys) ids.set(key, await demoPersonId(t.ctx, key));
  }, 60_000);
  afterAll(async () => t?.close());

  const url = (path: string) => `/api/initiatives/${initiativeId}/matching${path}`;
  const id = (key: string) => ids.get(key) ?? "";
  const keyOf = (personId: string) => [...ids].find(([, v]) => v === personId)?.[0] ?? personId;
  const membersOf = (run: MatchingRun) =>
    run.matches.map((m) => m.members.map((x) => keyOf(x.personId)).sort()).sort();
  async function draft(body: object = { mode: "pairs" }): Promise<MatchingRun> {
    const res = await t.call({ method: "POST", url: url("/runs"), cookie: facilitator, body });
    expect(res.status).toBe(201);
    return res.body as MatchingRun;
  }
  const swapIds = (run: MatchingRun, a: string, b: string, version = run.version) =>
    t.call({
      method: "POST",
      url: url(`/runs/${run.id}/swap`),
      cookie: facilitator,
      body: { personIds: [a, b], version },
    });
  const swap = (run: MatchingRun, a: string, b: string, version = run.version) =>
    swapIds(run, id(a), id(b), version);

  it("trades two people between matches, rescoring, explaining and locking both matches", async () => {
    const run = await draft();
    expect(membersOf(run)).toEqual([
      ["amina.otieno", "erik.lindqvist"],
      ["grace.wanjiru", "johan.berg"],
      ["karin.sundberg", "peter.mwangi"],
    ]);
    const res = await swap(run, "erik.lindqvist", "johan.berg");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const after = res.body as MatchingRun;
    expect(membersOf(after)).toEqual([
      ["amina.otieno", "johan.berg"],
      ["erik.lindqvist", "grace.wanjiru"],
      ["karin.sundberg", "peter.mwangi"],
    ]);
    expect(after.version).toBe(run.version + 1);
    const changed = after.matches.filter((m) =>
      m.members.some((x) => [id("erik.lindqvist"), id("johan.berg")].includes(x.personId)),
    );
    expect(changed).toHaveLength(2);
    for (const m of changed) {
      expect(m.isLocked).toBe(true);
      const parts = Object.values(m.score.parts).reduce((a, b) => a + b, 0);
      expect(parts).toBeCloseTo(m.score.total, 9);
      expect(m.explanation.members.map((x) => x.peerId).sort()).toEqual(
        m.members.map((x) => x.personId).sort(),
      );
    }
    const untouched = after.matches.find((m) => !changed.includes(m));
    const before = run.matches.find((m) => m.id === untouched?.id);
    expect(untouched?.score).toEqual(before?.score);
    expect(untouched?.isLocked).toBe(false);
    const amina = changed.find((m) => m.members.some((x) => x.personId === id("amina.otieno")));
    expect(amina?.explanation.members.find((x) => x.peerId === id("johan.berg"))).toMatchObject({
      yearsOfService: 6,
      level: "technical",
    });
    expect(after.totalScore).toBeCloseTo(
      after.matches.reduce((s, m) => s + m.score.total, 0),
      9,
    );
    expect(after.totalScore).not.toBeCloseTo(run.totalScore, 6);
  });

  it("refuses a swap that breaks a hard rule, naming the rule, and leaves the draft as it was", async () => {
    const run = await draft();
    const res = await swap(run, "erik.lindqvist", "grace.wanjiru");
    expect(res.status).toBe(400);
    const details = (res.body as { error: { details: { path: string; code: string }[] } }).error
      .details;
    expect(details).toContainEqual(
      expect.objectContaining({ path: "personIds", code: "same_organisation" }),
    );
    const reread = await t.call({
      method: "GET",
      url: url(`/runs/${run.id}`),
      cookie: facilitator,
    });
    expect(reread.body).toMatchObject({ version: run.version, totalScore: run.totalScore });
    expect(membersOf(reread.body as MatchingRun)).toEqual(membersOf(run));
  });

  it("refuses people in the same match, a locked match, a stale version and published runs", async () => {
    const run = await draft();
    const same = await swap(run, "erik.lindqvist", "amina.otieno");
    expect(same.status).toBe(400);
    expect(JSON.stringify(same.body)).toContain("same_match");
    const stale = await swap(run, "erik.lindqvist", "johan.berg", run.version + 5);
    expect(stale.status).toBe(409);
    const withErik = run.matches.find((m) =>
      m.members.some((x) => x.personId === id("erik.lindqvist")),
    );
    const locked = await t.call({
      method: "PATCH",
      url: url(`/runs/${run.id}/matches/${withErik?.id}`),
      cookie: facilitator,
      body: { isLocked: true, version: run.version },
    });
    const lockedRun = locked.body as MatchingRun;
    const refused = await swap(lockedRun, "erik.lindqvist", "johan.berg");
    expect(refused.status).toBe(409);
    const publish = await t.call({
      method: "POST",
      url: url(`/runs/${run.id}/publish`),
      cookie: facilitator,
      body: { version: lockedRun.version },
    });
    expect(publish.status).toBe(200);
    const afterPublish = await swap(
      publish.body as MatchingRun,
      "johan.berg",
      "karin.sundberg",
      (publish.body as MatchingRun).version,
    );
    expect(afterPublish.status).toBe(409);
  });

  it("puts an unmatched person in someone's place; that person is unmatched with a reason", async () => {
    const run = await draft();
    const withGrace = run.matches.find((m) =>
      m.members.some((x) => x.personId === id("grace.wanjiru")),
    );
    const broken = await t.call({
      method: "POST",
      url: url(`/runs/${run.id}/matches/${withGrace?.id}/break`),
      cookie: facilitator,
      body: { version: run.version },
    });
    const afterBreak = broken.body as MatchingRun;
    expect(afterBreak.unmatched.map((u) => keyOf(u.personId)).sort()).toEqual([
      "grace.wanjiru",
      "johan.berg",
    ]);
    const res = await swap(afterBreak, "grace.wanjiru", "amina.otieno");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const after = res.body as MatchingRun;
    expect(membersOf(after)).toEqual([
      ["erik.lindqvist", "grace.wanjiru"],
      ["karin.sundberg", "peter.mwangi"],
    ]);
    expect(after.unmatched.map((u) => [keyOf(u.personId), u.reason]).sort()).toEqual([
      ["amina.otieno", "broken_by_facilitator"],
      ["johan.berg", "broken_by_facilitator"],
    ]);
    expect(after.unmatchedCount).toBe(2);
    const twoUnmatched = await swap(after, "amina.otieno", "johan.berg");
    expect(twoUnmatched.status).toBe(400);
    expect(JSON.stringify(twoUnmatched.body)).toContain("not_matched");
    const outsider = await t.call({
      method: "POST",
      url: url(`/runs/${run.id}/swap`),
      cookie: facilitator,
      body: { personIds: [id("erik.lindqvist"), initiativeId], version: after.version },
    });
    expect(outsider.status).toBe(400);
    expect(JSON.stringify(outsider.body)).toContain("not_in_run");
  });

  it("keeps learner and champion sides, and will not move a champion who has several learners", async () => {
    const run = await draft({ mode: "learner-champion", championCapacity: 2 });
    const champions = [id("erik.lindqvist"), id("johan.berg")];
    const matchesOf = (r: MatchingRun, personId: string) =>
      r.matches.filter((m) => m.members.some((x) => x.personId === personId));
    const busy = champions.find((c) => matchesOf(run, c).length === 2) ?? "";
    const other = champions.find((c) => c !== busy) ?? "";
    expect(matchesOf(run, other)).toHaveLength(1);
    const learnerOf = (m: MatchingRun["matches"][number] | undefined) =>
      m?.members.find((x) => !champions.includes(x.personId))?.personId ?? "";
    const refused = await swapIds(run, busy, id("karin.sundberg"));
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain("in_several_matches");
    const sides = await swapIds(run, other, learnerOf(matchesOf(run, busy)[0]));
    expect(sides.status).toBe(400);
    expect(JSON.stringify(sides.body)).toContain("same_side");
    const learnerA = learnerOf(matchesOf(run, busy)[0]);
    const learnerB = learnerOf(matchesOf(run, other)[0]);
    const res = await swapIds(run, learnerA, learnerB);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const after = res.body as MatchingRun;
    expect(matchesOf(after, other).map(learnerOf)).toEqual([learnerA]);
    expect(matchesOf(after, busy).map(learnerOf)).toContain(learnerB);
    expect(after.matches.filter((m) => m.isLocked)).toHaveLength(2);
  });
});
