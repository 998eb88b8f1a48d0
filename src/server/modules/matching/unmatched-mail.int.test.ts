import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";
import { buildMembership, buildPerson, demoPersonId } from "../../../../test/fixtures";
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

describe.each(dialects)("telling peers left without a match on %s", (dialect) => {
  let t: TestApp;
  let facilitator: string;
  let initiativeId: string;
  let silent: { id: string; email: string };
  const emails = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp(dialect);
    facilitator = await t.login("facilitator@demo.kollega.test");
    const list = await t.call({ method: "GET", url: "/api/initiatives", cookie: facilitator });
    initiativeId = (list.body as { items: { id: string }[] }).items[0]?.id ?? "";
    for (const key of peerKeys) {
      emails.set(await demoPersonId(t.ctx, key), `${key}@demo.kollega.test`);
    }
    silent = await buildPerson(t.ctx, { displayName: "Nora Kamau" });
    await buildMembership(t.ctx, initiativeId, silent.id, "peer");
  }, 60_000);
  afterAll(async () => t?.close());

  const url = (path: string) => `/api/initiatives/${initiativeId}/matching${path}`;
  const mailsTo = async (email: string, kind: string) =>
    (await findOutboxMessages(t.ctx, { limit: 50, offset: 0, to: email })).items.filter(
      (m) => m.kind === kind,
    );
  async function publish(path: string, body: object): Promise<MatchingRun> {
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

  it("mails each unmatched peer once, in their language; one who never answered is pointed to the survey", async () => {
    const run = await publish("/runs", { mode: "learner-champion" });
    const unmatched = run.unmatched.map((u) => u.personId);
    expect(unmatched).toContain(silent.id);
    expect(unmatched.length).toBeGreaterThan(1);
    for (const personId of unmatched) {
      const email = personId === silent.id ? silent.email : (emails.get(personId) ?? "");
      const mails = await mailsTo(email, "match_unmatched");
      expect(mails, email).toHaveLength(1);
      expect(mails[0]?.textBody).toContain(`/initiatives/${initiativeId}/`);
    }
    const [nora] = await mailsTo(silent.email, "match_unmatched");
    expect(nora?.subject).toContain("No peer match");
    expect(nora?.textBody).toContain(`/initiatives/${initiativeId}/intake`);
    const swedish = unmatched.find((id) => emails.get(id)?.startsWith("karin"));
    if (swedish) {
      const [karin] = await mailsTo(emails.get(swedish) ?? "", "match_unmatched");
      expect(karin?.subject).toContain("Ingen matchning");
      expect(karin?.textBody).toContain("/my-match");
    }
    for (const m of run.matches.flatMap((x) => x.members)) {
      expect(await mailsTo(emails.get(m.personId) ?? "", "match_unmatched")).toEqual([]);
    }
  });

  it("does not mail again who stays unmatched; mails who lost their match after a decline", async () => {
    const pairs = await publish("/runs", { mode: "pairs" });
    expect(pairs.unmatched.map((u) => u.personId)).toEqual([silent.id]);
    expect(await mailsTo(silent.email, "match_unmatched")).toHaveLength(1);

    const amina = await t.login("amina.otieno@demo.kollega.test");
    const mine = (await t.call({ method: "GET", url: url("/my-matches"), cookie: amina }))
      .body as MyMatches;
    expect(mine.earlierDecline).toBeNull();
    const [match] = mine.items;
    const partnerId = match?.partners[0]?.personId ?? "";
    const declined = await t.call({
      method: "POST",
      url: url(`/my-matches/${match?.matchId}/decline`),
      cookie: amina,
      body: { version: match?.version, reason: "We already work together." },
    });
    expect(declined.status).toBe(200);
    const count = async (email: string) => (await mailsTo(email, "match_unmatched")).length;
    const aminaBefore = await count("amina.otieno@demo.kollega.test");
    const before = await count(emails.get(partnerId) ?? "");
    const again = await publish(`/runs/${pairs.id}/rerun`, {});
    const left = again.unmatched.map((u) => u.personId).sort();
    expect(left).toEqual([silent.id, partnerId, await demoPersonId(t.ctx, "amina.otieno")].sort());
    expect(await count("amina.otieno@demo.kollega.test")).toBe(aminaBefore + 1);
    expect(await count(emails.get(partnerId) ?? "")).toBe(before + 1);
    expect(await mailsTo(silent.email, "match_unmatched")).toHaveLength(1);

    const afterwards = (await t.call({ method: "GET", url: url("/my-matches"), cookie: amina }))
      .body as MyMatches;
    expect(afterwards).toMatchObject({ isPublished: true, items: [], earlierDecline: "mine" });
    const partnerKey = (emails.get(partnerId) ?? "").split("@")[0] ?? "";
    const partner = await t.login(`${partnerKey}@demo.kollega.test`);
    const theirs = (await t.call({ method: "GET", url: url("/my-matches"), cookie: partner }))
      .body as MyMatches;
    expect(theirs.earlierDecline).toBe("partner");
  });
});
