import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";
import { demoPersonId } from "../../../../test/fixtures";
import type { MatchingRun } from "../../../shared/contracts/matching";
import type { MyMatches } from "../../../shared/contracts/my-match";
import { findOutboxMessages } from "../admin/service";

const peerKeys = [
  "erik.lindqvist",
  "johan.berg",
  "karin.sundberg",
  "amina.otieno",
  "grace.wanjiru",
  "peter.mwangi",
];

describe.each(dialects)("published matches on %s", (dialect) => {
  let t: TestApp;
  let facilitator: string;
  let initiativeId: string;
  const ids = new Map<string, string>();
  const cookies = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp(dialect);
    facilitator = await t.login("facilitator@demo.kollega.test");
    const list = await t.call({ method: "GET", url: "/api/initiatives", cookie: facilitator });
    initiativeId = (list.body as { items: { id: string }[] }).items[0]?.id ?? "";
    for (const key of [...peerKeys, "halima.achieng", "lars.ek"]) {
      ids.set(key, await demoPersonId(t.ctx, key));
      cookies.set(key, await t.login(`${key}@demo.kollega.test`));
    }
  }, 60_000);
  afterAll(async () => t?.close());

  const url = (path: string) => `/api/initiatives/${initiativeId}/matching${path}`;
  const id = (key: string) => ids.get(key) ?? "";
  const as = (key: string) => cookies.get(key) ?? "";
  const myMatches = async (key: string) =>
    (await t.call({ method: "GET", url: url("/my-matches"), cookie: as(key) })).body as MyMatches;
  const answer = (key: string, matchId: string, verb: "accept" | "decline", body: object) =>
    t.call({ method: "POST", url: url(`/my-matches/${matchId}/${verb}`), cookie: as(key), body });

  async function publishFresh(path = "/runs", body: object = { mode: "pairs" }) {
    const draft = (await t.call({ method: "POST", url: url(path), cookie: facilitator, body }))
      .body as MatchingRun;
    const res = await t.call({
      method: "POST",
      url: url(`/runs/${draft.id}/publish`),
      cookie: facilitator,
      body: { version: draft.version },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as MatchingRun;
  }

  it("shows nothing before publication, then each peer only their own match, mailed in their language", async () => {
    expect(await myMatches("amina.otieno")).toEqual({
      isPublished: false,
      publishedAt: null,
      items: [],
      earlierDecline: null,
    });
    const run = await publishFresh();
    expect(
      run.matches.every((m) => m.members.every((x) => x.response?.status === "proposed")),
    ).toBe(true);
    const amina = await myMatches("amina.otieno");
    expect(amina.isPublished).toBe(true);
    expect(amina.items).toHaveLength(1);
    const [mine] = amina.items;
    expect(mine?.partners).toEqual([
      expect.objectContaining({ personId: id("erik.lindqvist"), status: "proposed" }),
    ]);
    expect(mine?.explanation.sharedTags).toContain("tariffs-and-fees");
    expect(
      mine?.explanation.exchanges.every((x) =>
        [x.offeredBy, x.wantedBy].includes(id("amina.otieno")),
      ),
    ).toBe(true);
    expect(Object.keys(mine?.score.parts ?? {})).toContain("sharedChallenges");
    const mails = async (key: string) =>
      (
        await findOutboxMessages(t.ctx, { limit: 10, offset: 0, to: `${key}@demo.kollega.test` })
      ).items.filter((m) => m.kind === "match_ready");
    expect((await mails("amina.otieno"))[0]?.subject).toContain("is ready");
    expect((await mails("erik.lindqvist"))[0]?.subject).toContain("är klar");
    expect(await mails("halima.achieng")).toEqual([]);
  });

  it("lets authorisers and moderators know only that matches are published", async () => {
    for (const key of ["halima.achieng", "lars.ek"]) {
      const status = await t.call({ method: "GET", url: url("/status"), cookie: as(key) });
      expect(status.body).toEqual({ isPublished: true, publishedAt: expect.any(String) });
      for (const path of ["/my-matches", "/runs", "/defaults"]) {
        expect((await t.call({ method: "GET", url: url(path), cookie: as(key) })).status).toBe(403);
      }
    }
    for (const path of ["/runs", "/defaults"]) {
      const res = await t.call({ method: "GET", url: url(path), cookie: as("amina.otieno") });
      expect(res.status, path).toBe(403);
    }
  });

  it("a peer accepts; another declines with a reason, freeing both, and no later run pairs them again", async () => {
    const [amina] = (await myMatches("amina.otieno")).items;
    const accepted = await answer("amina.otieno", amina?.matchId ?? "", "accept", {
      version: amina?.version,
    });
    expect((accepted.body as MyMatches).items[0]).toMatchObject({ myStatus: "accepted" });
    const stale = await answer("amina.otieno", amina?.matchId ?? "", "accept", {
      version: amina?.version,
    });
    expect(stale.status).toBe(409);

    const early = (
      await t.call({
        method: "POST",
        url: url("/runs"),
        cookie: facilitator,
        body: { mode: "pairs" },
      })
    ).body as MatchingRun;
    const [grace] = (await myMatches("grace.wanjiru")).items;
    const partner = grace?.partners[0]?.personId ?? "";
    const partnerKey = [...ids].find(([, v]) => v === partner)?.[0] ?? "";
    const noReason = await answer("grace.wanjiru", grace?.matchId ?? "", "decline", {
      version: grace?.version,
      reason: "  ",
    });
    expect(noReason).toMatchObject({
      status: 400,
      body: { error: { details: [{ path: "reason" }] } },
    });
    const declined = await answer("grace.wanjiru", grace?.matchId ?? "", "decline", {
      version: grace?.version,
      reason: "We already work together through the county health network.",
    });
    expect((declined.body as MyMatches).items[0]).toMatchObject({
      myStatus: "declined",
      isDeclined: true,
      myDeclineReason: "We already work together through the county health network.",
    });
    const theirs = (await myMatches(partnerKey)).items[0];
    expect(theirs).toMatchObject({ isDeclined: true, myDeclineReason: null });
    expect(JSON.stringify(theirs)).not.toContain("county health network");
    const late = await answer(partnerKey, theirs?.matchId ?? "", "accept", {
      version: theirs?.version,
    });
    expect(late.status).toBe(409);

    const stalePublish = await t.call({
      method: "POST",
      url: url(`/runs/${early.id}/publish`),
      cookie: facilitator,
      body: { version: early.version },
    });
    expect(stalePublish.status).toBe(409);

    const runs = await t.call({ method: "GET", url: url("/runs"), cookie: facilitator });
    const published = (runs.body as { items: MatchingRun[] }).items.find(
      (r) => r.status === "published",
    );
    expect(published).toMatchObject({ acceptedCount: 1, declinedCount: 1 });
    const full = (
      await t.call({ method: "GET", url: url(`/runs/${published?.id}`), cookie: facilitator })
    ).body as MatchingRun;
    const declinedMatch = full.matches.find((m) => m.isDeclined);
    expect(declinedMatch?.members.map((x) => x.response?.declineReason)).toContain(
      "We already work together through the county health network.",
    );
    const defaults = await t.call({ method: "GET", url: url("/defaults"), cookie: facilitator });
    const declinedPairs = (defaults.body as { declinedPairs: { personId: string }[][] })
      .declinedPairs;
    expect(declinedPairs.map((p) => p.map((x) => x.personId).sort())).toEqual([
      [id("grace.wanjiru"), partner].sort(),
    ]);

    const rerun = (
      await t.call({
        method: "POST",
        url: url(`/runs/${published?.id}/rerun`),
        cookie: facilitator,
        body: {},
      })
    ).body as MatchingRun;
    const together = (run: MatchingRun) =>
      run.matches.some((m) => {
        const members = m.members.map((x) => x.personId);
        return members.includes(id("grace.wanjiru")) && members.includes(partner);
      });
    expect(together(rerun)).toBe(false);
    expect(rerun.matches.filter((m) => m.isLocked)).toHaveLength(2);
    for (const who of [id("grace.wanjiru"), partner]) {
      expect(rerun.unmatched.find((u) => u.personId === who)?.reason).toBeTruthy();
    }
    const fresh = (
      await t.call({
        method: "POST",
        url: url("/runs"),
        cookie: facilitator,
        body: { mode: "pairs" },
      })
    ).body as MatchingRun;
    expect(together(fresh)).toBe(false);
    expect(fresh.parameters.declinedPairs).toHaveLength(1);
  });

  it("publishing a re-run supersedes the old one and keeps what peers accepted", async () => {
    const runs = await t.call({ method: "GET", url: url("/runs"), cookie: facilitator });
    const current = (runs.body as { items: MatchingRun[] }).items.find(
      (r) => r.status === "published",
    );
    const next = await publishFresh(`/runs/${current?.id}/rerun`, {});
    const before = (
      await t.call({ method: "GET", url: url(`/runs/${current?.id}`), cookie: facilitator })
    ).body as MatchingRun;
    expect(before.status).toBe("superseded");
    expect(next.status).toBe("published");
    const [amina] = (await myMatches("amina.otieno")).items;
    expect(amina).toMatchObject({ myStatus: "accepted", matchId: expect.any(String) });
    expect(next.matches.some((m) => m.id === amina?.matchId)).toBe(true);
    const mails = await findOutboxMessages(t.ctx, {
      limit: 10,
      offset: 0,
      to: "amina.otieno@demo.kollega.test",
    });
    expect(mails.items.filter((m) => m.kind === "match_ready")).toHaveLength(1);
    const grace = await myMatches("grace.wanjiru");
    expect(grace.items).toEqual([]);
  });
});
