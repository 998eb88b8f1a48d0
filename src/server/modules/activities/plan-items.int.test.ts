import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysFromToday, demoInitiativeId } from "../../../../test/activity-fixtures";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";
import { buildPerson, demoPersonId } from "../../../../test/fixtures";
import type { Activity } from "../../../shared/contracts/activities";
import type { AgendaItem, Participant } from "../../../shared/contracts/activity-items";

describe.each(dialects)("participants, agenda, budget and documents on %s", (dialect) => {
  let t: TestApp;
  let facilitator: string;
  let base: string;
  const startsOn = daysFromToday(110);

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
        title: "Visit",
        startsOn,
        endsOn: daysFromToday(111),
        timeZone: "Africa/Nairobi",
      },
    });
    base = `/api/initiatives/${initiativeId}/activities/${(created.body as Activity).id}`;
  }, 60_000);
  afterAll(async () => t?.close());

  const call = (
    method: "POST" | "PATCH" | "DELETE",
    path: string,
    body?: unknown,
    cookie = facilitator,
  ) => t.call({ method, url: `${base}${path}`, cookie, body });

  it("adds members as participants, once each, and changes roles with the version", async () => {
    const amina = await demoPersonId(t.ctx, "amina.otieno");
    const added = await call("POST", "/participants", { personId: amina, role: "host" });
    expect(added.body).toMatchObject({
      displayName: "Amina Otieno",
      organisationName: "Ziwani Municipal Council",
      role: "host",
      rsvpStatus: "invited",
    });
    expect((await call("POST", "/participants", { personId: amina, role: "expert" })).status).toBe(
      409,
    );
    const stranger = await buildPerson(t.ctx);
    expect(
      (await call("POST", "/participants", { personId: stranger.id, role: "expert" })).status,
    ).toBe(400);
    const p = added.body as Participant;
    expect(
      (await call("PATCH", `/participants/${p.id}`, { role: "expert", version: p.version })).body,
    ).toMatchObject({ role: "expert" });
    expect(
      (await call("PATCH", `/participants/${p.id}`, { role: "host", version: p.version })).status,
    ).toBe(409);
    await call("PATCH", `/participants/${p.id}`, { role: "host", version: p.version + 1 });
  });

  it("keeps the agenda within the activity's days, in order, editable by the host", async () => {
    const amina = await t.login("amina.otieno@demo.kollega.test");
    const second = await call(
      "POST",
      "/agenda-items",
      {
        title: "Feedback session",
        dayOn: daysFromToday(111),
        startTime: "09:00",
        endTime: "12:00",
      },
      amina,
    );
    expect(second.status).toBe(201);
    await call("POST", "/agenda-items", {
      title: "Site visit",
      dayOn: startsOn,
      startTime: "13:00",
    });
    await call("POST", "/agenda-items", { title: "Welcome", dayOn: startsOn, startTime: "09:00" });
    expect(
      (await call("POST", "/agenda-items", { title: "Too late", dayOn: daysFromToday(112) }))
        .status,
    ).toBe(400);
    expect(
      (
        await call("POST", "/agenda-items", {
          title: "Backwards",
          startTime: "12:00",
          endTime: "11:00",
        })
      ).status,
    ).toBe(400);
    const item = second.body as AgendaItem;
    expect(
      (
        await call(
          "PATCH",
          `/agenda-items/${item.id}`,
          { version: 1, dayOn: daysFromToday(109) },
          amina,
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await call(
          "PATCH",
          `/agenda-items/${item.id}`,
          { version: 1, title: "Moderated feedback" },
          amina,
        )
      ).body,
    ).toMatchObject({ title: "Moderated feedback", version: 2 });
    const activity = (await t.call({ method: "GET", url: base, cookie: facilitator }))
      .body as Activity;
    expect(activity.agenda.map((a) => a.title)).toEqual([
      "Welcome",
      "Site visit",
      "Moderated feedback",
    ]);
    expect(
      (
        await call(
          "POST",
          "/budget-lines",
          { label: "Bus", amountMinor: 1, currency: "KES" },
          amina,
        )
      ).status,
    ).toBe(403);
  });

  it("sums the budget per currency in minor units and refuses unknown currencies", async () => {
    await call("POST", "/budget-lines", {
      label: "Flights",
      amountMinor: 4_350_000,
      currency: "sek",
    });
    await call("POST", "/budget-lines", {
      label: "Hotel",
      amountMinor: 1_080_000,
      currency: "SEK",
    });
    const bus = await call("POST", "/budget-lines", {
      label: "Minibus",
      amountMinor: 2_500_000,
      currency: "KES",
    });
    expect(bus.body).toMatchObject({ amountMinor: 2_500_000, currency: "KES" });
    for (const body of [
      { label: "Gold", amountMinor: 5, currency: "XYZ" },
      { label: "Half", amountMinor: 10.5, currency: "EUR" },
      { label: "Refund", amountMinor: -10, currency: "EUR" },
    ]) {
      expect((await call("POST", "/budget-lines", body)).status, JSON.stringify(body)).toBe(400);
    }
    const activity = (await t.call({ method: "GET", url: base, cookie: facilitator }))
      .body as Activity;
    expect(activity.budgetTotals).toEqual([
      { currency: "KES", amountMinor: 2_500_000 },
      { currency: "SEK", amountMinor: 5_430_000 },
    ]);
    const line = activity.budgetLines.find((l) => l.label === "Minibus");
    expect((await call("DELETE", `/budget-lines/${line?.id}`)).status).toBe(200);
    expect((await call("DELETE", `/budget-lines/${line?.id}`)).status).toBe(404);
  });

  it("keeps documents as a link or a note (no uploads yet)", async () => {
    expect((await call("POST", "/documents", { title: "Nothing" })).status).toBe(400);
    expect(
      (await call("POST", "/documents", { title: "Bad", url: "file:///etc/passwd" })).status,
    ).toBe(400);
    const doc = await call("POST", "/documents", {
      title: "Self-assessment",
      url: "https://docs.example.org/sa.pdf",
    });
    expect(doc.body).toMatchObject({
      title: "Self-assessment",
      url: "https://docs.example.org/sa.pdf",
      note: "",
    });
    const id = (doc.body as { id: string }).id;
    expect((await call("PATCH", `/documents/${id}`, { version: 1, url: null })).status).toBe(400);
    expect(
      (
        await call("PATCH", `/documents/${id}`, {
          version: 1,
          url: null,
          note: "Printed copies at the venue",
        })
      ).body,
    ).toMatchObject({ url: null, note: "Printed copies at the venue" });
  });
});
