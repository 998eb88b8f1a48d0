import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoInitiativeId } from "../../../../test/activity-fixtures";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";
import type { FeedbackItem } from "../../../shared/contracts/peer-visit-records";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";

describe.each(dialects)("the demo's peer visit on %s", (dialect) => {
  let t: TestApp;
  let initiativeId: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    initiativeId = await demoInitiativeId(t);
  }, 60_000);
  afterAll(async () => t?.close());

  it("is in the feedback phase with items the moderator reads and the host's other peers do not", async () => {
    const moderator = await t.login("lars.ek@demo.kollega.test");
    const list = await t.call({
      method: "GET",
      url: `/api/initiatives/${initiativeId}/peer-visits`,
      cookie: moderator,
    });
    const summary = (list.body as { items: { activityId: string; phase: string }[] }).items[0];
    expect(summary?.phase).toBe("feedback");
    const url = `/api/initiatives/${initiativeId}/activities/${summary?.activityId}/peer-visit`;
    const visit = (await t.call({ method: "GET", url, cookie: moderator })).body as PeerVisit;
    expect(visit).toMatchObject({
      phase: "feedback",
      hostOrganisationName: "Ziwani Municipal Council",
      isReadinessCompleted: true,
    });
    expect(visit.people.find((p) => p.roles[0] === "host")?.displayName).toBe("Grace Wanjiru");
    expect(visit.history.map((e) => e.to)).toEqual(["visit", "feedback"]);
    expect(visit.unmetGates.map((g) => g.code)).toEqual(["common_understanding_missing"]);
    const items = await t.call({ method: "GET", url: `${url}/feedback-items`, cookie: moderator });
    expect((items.body as { items: FeedbackItem[] }).items).toHaveLength(4);
    const erik = await t.login("erik.lindqvist@demo.kollega.test");
    const own = await t.call({ method: "GET", url: `${url}/feedback-items`, cookie: erik });
    expect((own.body as { items: FeedbackItem[] }).items.map((i) => i.authorName)).toEqual([
      "Erik Lindqvist",
      "Erik Lindqvist",
    ]);
    const overdue = await t.call({
      method: "GET",
      url: `/api/initiatives/${initiativeId}/overdue-checklist-items`,
      cookie: await t.login("facilitator@demo.kollega.test"),
    });
    const titles = (overdue.body as { items: { activityTitle: string }[] }).items.map(
      (i) => i.activityTitle,
    );
    expect(titles).not.toContain(visit.activityTitle);
  });
});
