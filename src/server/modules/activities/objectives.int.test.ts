import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysFromToday, demoInitiativeId } from "../../../../test/activity-fixtures";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";
import type { Activity } from "../../../shared/contracts/activities";
import type { LearningObjective, ObjectiveSet } from "../../../shared/contracts/activity-learning";

type Change = { objective: LearningObjective; set: ObjectiveSet };

describe.each(dialects)("learning objectives with the advisor on %s", (dialect) => {
  let t: TestApp;
  let facilitator: string;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    facilitator = await t.login("facilitator@demo.kollega.test");
    const initiativeId = await demoInitiativeId(t);
    const created = await t.call({
      method: "POST",
      url: `/api/initiatives/${initiativeId}/activities`,
      cookie: facilitator,
      body: {
        formatKey: "peer_visit",
        title: "Peer visit: Ziwani in Sjöby",
        startsOn: daysFromToday(120),
        timeZone: "Europe/Stockholm",
        address: "Sjöby kommunhus",
      },
    });
    base = `/api/initiatives/${initiativeId}/activities/${(created.body as Activity).id}`;
  }, 60_000);
  afterAll(async () => t?.close());

  const post = async (body: unknown) => {
    const res = await t.call({
      method: "POST",
      url: `${base}/objectives`,
      cookie: facilitator,
      body,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as Change;
  };
  const warnings = (o: LearningObjective) => o.advice.filter((a) => a.severity === "warning");

  it("plans a peer visit with two objectives: a weak verb is flagged, the corrected one is clean", async () => {
    const weak = await post({
      text: "After the peer visit, the waste team will understand route planning.",
    });
    expect(weak.objective.lang).toBe("en");
    expect(weak.objective.reading.verb).toEqual({ lemma: "understand", kind: "unobservable" });
    const advice = weak.objective.advice.find((a) => a.code === "unobservable_verb");
    expect(advice?.params.suggestions).toEqual(expect.arrayContaining(["explain", "compare"]));

    const fixed = await t.call({
      method: "PATCH",
      url: `${base}/objectives/${weak.objective.id}`,
      cookie: facilitator,
      body: {
        version: weak.objective.version,
        text: "After the peer visit, the waste management team are able to compare two ways of planning household collection routes.",
      },
    });
    expect(fixed.status).toBe(200);
    expect((fixed.body as Change).objective.advice).toEqual([]);

    const built = await post({
      builder: {
        stem: "After the peer visit",
        audience: "the visiting councillors",
        behaviour: "propose",
        content: "a tariff model for household waste collection in Ziwani",
      },
    });
    expect(built.objective.text).toBe(
      "After the peer visit, the visiting councillors are able to propose a tariff model for household waste collection in Ziwani.",
    );
    expect(built.objective.builder?.audience).toBe("the visiting councillors");
    expect(warnings(built.objective)).toEqual([]);
    expect(built.set.items).toHaveLength(2);
    expect(built.set.advice).toEqual([]);

    const activity = (await t.call({ method: "GET", url: base, cookie: facilitator }))
      .body as Activity;
    expect(activity.objectives.items.map((o) => o.id)).toEqual([
      weak.objective.id,
      built.objective.id,
    ]);
    expect(activity.warnings.map((w) => w.code)).not.toContain("no_objectives");
  });

  it("advises against a third objective for the set, never refusing it", async () => {
    const third = await post({
      text: "Efter besöket ska deltagarna kunna jämföra avfallstaxorna.",
    });
    expect(third.objective.lang).toBe("sv");
    expect(third.set.advice).toEqual([
      { code: "too_many_objectives", severity: "warning", params: { count: 3, max: 2 } },
    ]);
    const activity = (await t.call({ method: "GET", url: base, cookie: facilitator }))
      .body as Activity;
    expect(activity.warnings.map((w) => w.code)).toContain("too_many_objectives");
    const removed = await t.call({
      method: "DELETE",
      url: `${base}/objectives/${third.objective.id}`,
      cookie: facilitator,
    });
    expect((removed.body as ObjectiveSet).advice).toEqual([]);
    expect((removed.body as ObjectiveSet).items).toHaveLength(2);
  });

  it("says what is missing and rejects malformed input", async () => {
    const vague = await post({ text: "Learn about things." });
    const codes = vague.objective.advice.map((a) => a.code);
    expect(codes).toEqual(expect.arrayContaining(["missing_audience", "unobservable_verb"]));
    for (const body of [
      {},
      { text: "x", builder: { audience: "a", behaviour: "b", content: "c" } },
      { text: "   " },
    ]) {
      const res = await t.call({
        method: "POST",
        url: `${base}/objectives`,
        cookie: facilitator,
        body,
      });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const stale = await t.call({
      method: "PATCH",
      url: `${base}/objectives/${vague.objective.id}`,
      cookie: facilitator,
      body: {
        version: vague.objective.version + 5,
        text: "After the visit, the team are able to list the steps.",
      },
    });
    expect(stale.status).toBe(409);
    const missing = await t.call({
      method: "PATCH",
      url: `${base}/objectives/01900000-0000-7000-8000-000000000000`,
      cookie: facilitator,
      body: { version: 1, needsReview: false },
    });
    expect(missing.status).toBe(404);
  });
});
