import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysFromToday, demoInitiativeId } from "../../../../test/activity-fixtures";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";
import { demoPersonId } from "../../../../test/fixtures";
import type { Activity } from "../../../shared/contracts/activities";
import type { MyReflection, ReflectionOverview } from "../../../shared/contracts/activity-learning";
import type { Showcase } from "../../../shared/contracts/showcases";

describe.each(dialects)("reflection, reverse visits and showcases on %s", (dialect) => {
  let t: TestApp;
  let facilitator: string;
  let initiativeId: string;
  let tour: Activity;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    facilitator = await t.login("facilitator@demo.kollega.test");
    initiativeId = await demoInitiativeId(t);
    const created = await t.call({
      method: "POST",
      url: `/api/initiatives/${initiativeId}/activities`,
      cookie: facilitator,
      body: {
        formatKey: "study_tour",
        title: "Study tour to Sjöby",
        startsOn: daysFromToday(130),
        endsOn: daysFromToday(134),
        timeZone: "Europe/Stockholm",
        topics: ["food waste"],
      },
    });
    tour = created.body as Activity;
    base = `/api/initiatives/${initiativeId}/activities/${tour.id}`;
    for (const [key, role] of [
      ["erik.lindqvist", "host"],
      ["amina.otieno", "visiting_peer"],
      ["grace.wanjiru", "visiting_peer"],
      ["lars.ek", "moderator"],
    ] as const) {
      await t.call({
        method: "POST",
        url: `${base}/participants`,
        cookie: facilitator,
        body: { personId: await demoPersonId(t.ctx, key), role },
      });
    }
    for (const text of [
      "After the study tour, the visiting team are able to compare Sjöby's collection routes with their own.",
      "After the study tour, the councillors are able to propose a tariff for household collection.",
    ]) {
      await t.call({
        method: "POST",
        url: `${base}/objectives`,
        cookie: facilitator,
        body: { text },
      });
    }
  }, 60_000);
  afterAll(async () => t?.close());

  const as = async (key: string) => t.login(`${key}@demo.kollega.test`);

  it("keeps reflection answers confidential: each participant sees only their own", async () => {
    const amina = await as("amina.otieno");
    const grace = await as("grace.wanjiru");
    const put = (cookie: string, answers: unknown) =>
      t.call({ method: "PUT", url: `${base}/reflection/mine`, cookie, body: { answers } });
    const saved = await put(amina, [
      { questionKey: "reform_focus", text: "Source separation in the informal settlements" },
      { questionKey: "expected_gains", text: "A route plan we can pay for" },
    ]);
    expect(saved.status).toBe(200);
    await put(grace, [
      { questionKey: "reform_focus", text: "Clinic waste; confidential to the host" },
    ]);
    const mine = (await t.call({ method: "GET", url: `${base}/reflection/mine`, cookie: amina }))
      .body as MyReflection;
    expect(mine.questions).toHaveLength(7);
    expect(mine.questions.filter((q) => q.answer !== null).map((q) => q.answer)).toEqual([
      "Source separation in the informal settlements",
      "A route plan we can pay for",
    ]);
    expect(JSON.stringify(mine)).not.toContain("Clinic waste");
    expect((await t.call({ method: "GET", url: `${base}/reflection`, cookie: amina })).status).toBe(
      403,
    );
    const detail = await t.call({ method: "GET", url: base, cookie: amina });
    expect(JSON.stringify(detail.body)).not.toContain("Clinic waste");
    expect(
      (
        await t.call({
          method: "GET",
          url: `${base}/reflection/mine`,
          cookie: await as("johan.berg"),
        })
      ).status,
    ).toBe(403);
    expect(
      (await t.call({ method: "GET", url: `${base}/reflection/mine`, cookie: facilitator })).status,
    ).toBe(403);

    await put(amina, [{ questionKey: "expected_gains", text: "" }]);
    for (const cookie of [facilitator, await as("erik.lindqvist")]) {
      const overview = (await t.call({ method: "GET", url: `${base}/reflection`, cookie }))
        .body as ReflectionOverview;
      const byName = Object.fromEntries(overview.participants.map((p) => [p.displayName, p]));
      expect(byName["Amina Otieno"]?.answers.map((a) => a.text)).toEqual([
        "Source separation in the informal settlements",
      ]);
      expect(byName["Grace Wanjiru"]?.answeredCount).toBe(1);
      expect(overview.notAnswered.map((n) => n.displayName).sort()).toEqual([
        "Erik Lindqvist",
        "Lars Ek",
      ]);
    }
    const bad = await put(amina, [{ questionKey: "favourite_colour", text: "blue" }]);
    expect(bad.status).toBe(400);
  });

  it("creates the reverse visit with host and visitors swapped and objectives to review", async () => {
    const res = await t.call({
      method: "POST",
      url: `${base}/reverse-visit`,
      cookie: facilitator,
      body: {
        title: "Reverse visit: Sjöby in Ziwani",
        startsOn: daysFromToday(250),
        timeZone: "Africa/Nairobi",
      },
    });
    expect(res.status).toBe(201);
    const reverse = res.body as Activity;
    expect(reverse).toMatchObject({
      formatKey: "reverse_visit",
      sourceActivityId: tour.id,
      endsOn: daysFromToday(251),
      topics: ["food waste"],
      hostOrganisationName: "Ziwani Municipal Council",
    });
    const roles = Object.fromEntries(reverse.participants.map((p) => [p.displayName, p.role]));
    expect(roles).toEqual({
      "Erik Lindqvist": "visiting_peer",
      "Amina Otieno": "host",
      "Grace Wanjiru": "host",
      "Lars Ek": "moderator",
    });
    expect(reverse.objectives.items.map((o) => o.text)).toEqual([
      "After the study tour, the visiting team are able to compare Sjöby's collection routes with their own.",
      "After the study tour, the councillors are able to propose a tariff for household collection.",
    ]);
    expect(reverse.objectives.items.every((o) => o.needsReview)).toBe(true);
    const first = reverse.objectives.items[0];
    const reviewed = await t.call({
      method: "PATCH",
      url: `/api/initiatives/${initiativeId}/activities/${reverse.id}/objectives/${first?.id}`,
      cookie: await as("amina.otieno"),
      body: {
        version: first?.version,
        text: "After the reverse visit, Sjöby's team are able to describe how Ziwani finances collection.",
      },
    });
    expect(reviewed.body).toMatchObject({ objective: { needsReview: false } });
    const online = await t.call({
      method: "POST",
      url: `/api/initiatives/${initiativeId}/activities`,
      cookie: facilitator,
      body: {
        formatKey: "online_session",
        title: "Online",
        startsOn: daysFromToday(20),
        timeZone: "UTC",
      },
    });
    const refused = await t.call({
      method: "POST",
      url: `/api/initiatives/${initiativeId}/activities/${(online.body as Activity).id}/reverse-visit`,
      cookie: facilitator,
      body: { title: "No", startsOn: daysFromToday(40), timeZone: "UTC" },
    });
    expect(refused.status).toBe(409);
  });

  it("records showcases and plans a visit to one", async () => {
    const showcases = `/api/initiatives/${initiativeId}/showcases`;
    const list = (
      await t.call({ method: "GET", url: showcases, cookie: await as("halima.achieng") })
    ).body as { items: Showcase[] };
    const foodWaste = list.items.find((s) => s.title === "Food-waste collection in paper bags");
    expect(foodWaste).toMatchObject({
      organisationName: "Sjöby kommun",
      championName: "Johan Berg",
      costCurrency: "SEK",
    });
    expect(foodWaste?.plannedVisits).toHaveLength(1);
    const created = await t.call({
      method: "POST",
      url: showcases,
      cookie: facilitator,
      body: {
        title: "Community composting",
        place: "Ziwani",
        championPersonId: await demoPersonId(t.ctx, "grace.wanjiru"),
        costAmountMinor: 5_000_000,
        costCurrency: "kes",
      },
    });
    expect(created.body).toMatchObject({ costCurrency: "KES", championName: "Grace Wanjiru" });
    const showcase = created.body as Showcase;
    expect(
      (
        await t.call({
          method: "POST",
          url: showcases,
          cookie: facilitator,
          body: { title: "X", costAmountMinor: 10 },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await t.call({
          method: "POST",
          url: showcases,
          cookie: await as("amina.otieno"),
          body: { title: "X" },
        })
      ).status,
    ).toBe(403);
    const visit = await t.call({
      method: "POST",
      url: `${showcases}/${showcase.id}/visits`,
      cookie: facilitator,
      body: {
        title: "Study visit: composting in Ziwani",
        startsOn: daysFromToday(70),
        timeZone: "Africa/Nairobi",
        theme: "localising_global_goals",
      },
    });
    expect(visit.status).toBe(201);
    expect(visit.body).toMatchObject({
      formatKey: "study_visit",
      showcaseId: showcase.id,
      theme: "localising_global_goals",
      participants: [{ displayName: "Grace Wanjiru", role: "host" }],
    });
    const after = (
      await t.call({ method: "GET", url: `${showcases}/${showcase.id}`, cookie: facilitator })
    ).body as Showcase;
    expect(after.plannedVisits.map((v) => v.id)).toEqual([(visit.body as Activity).id]);
    const stale = await t.call({
      method: "PATCH",
      url: `${showcases}/${showcase.id}`,
      cookie: facilitator,
      body: { version: showcase.version + 1, results: "More" },
    });
    expect(stale.status).toBe(409);
    const edited = await t.call({
      method: "PATCH",
      url: `${showcases}/${showcase.id}`,
      cookie: facilitator,
      body: { version: showcase.version, results: "Half the market waste composted" },
    });
    expect(edited.body).toMatchObject({
      results: "Half the market waste composted",
      version: showcase.version + 1,
    });
    expect(
      (await t.call({ method: "DELETE", url: `${showcases}/${showcase.id}`, cookie: facilitator }))
        .status,
    ).toBe(200);
    const kept = await t.call({
      method: "GET",
      url: `/api/initiatives/${initiativeId}/activities/${(visit.body as Activity).id}`,
      cookie: facilitator,
    });
    expect(kept.body).toMatchObject({ showcaseId: null });
  });
});
