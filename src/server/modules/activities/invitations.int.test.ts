import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysFromToday, demoInitiativeId } from "../../../../test/activity-fixtures";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";
import { demoPersonId, readMailedToken } from "../../../../test/fixtures";
import type { Activity } from "../../../shared/contracts/activities";
import type { Participant } from "../../../shared/contracts/activity-items";
import { findOutboxMessages } from "../admin/service";

describe.each(dialects)("invitations, RSVP and calendars on %s", (dialect) => {
  let t: TestApp;
  let facilitator: string;
  let initiativeId: string;
  let visit: Activity;
  let base: string;
  const startsOn = daysFromToday(100);

  beforeAll(async () => {
    t = await startTestApp(dialect);
    facilitator = await t.login("facilitator@demo.kollega.test");
    initiativeId = await demoInitiativeId(t);
    const created = await t.call({
      method: "POST",
      url: `/api/initiatives/${initiativeId}/activities`,
      cookie: facilitator,
      body: {
        formatKey: "peer_visit",
        title: "Peer visit, Ziwani; route planning",
        startsOn,
        startTime: "09:00",
        endTime: "16:30",
        timeZone: "Africa/Nairobi",
        address: "Ziwani Municipal Council, Lake Road",
      },
    });
    visit = created.body as Activity;
    base = `/api/initiatives/${initiativeId}/activities/${visit.id}`;
    for (const [key, role] of [
      ["erik.lindqvist", "visiting_peer"],
      ["johan.berg", "visiting_peer"],
      ["amina.otieno", "host"],
    ]) {
      const added = await t.call({
        method: "POST",
        url: `${base}/participants`,
        cookie: facilitator,
        body: { personId: await demoPersonId(t.ctx, key ?? ""), role },
      });
      expect(added.status).toBe(201);
    }
    await t.call({
      method: "POST",
      url: `${base}/objectives`,
      cookie: facilitator,
      body: { text: "After the visit, the team are able to compare two route plans." },
    });
    await t.call({
      method: "POST",
      url: `${base}/agenda-items`,
      cookie: facilitator,
      body: { title: "Tour of the transfer station", dayOn: startsOn, startTime: "10:00" },
    });
  }, 60_000);
  afterAll(async () => t?.close());

  const participants = async () =>
    ((await t.call({ method: "GET", url: base, cookie: facilitator })).body as Activity)
      .participants;

  it("mails invitations whose links accept or decline without signing in", async () => {
    const sent = await t.call({
      method: "POST",
      url: `${base}/invitations`,
      cookie: facilitator,
      body: {},
    });
    expect(sent.body).toEqual({ sent: 3 });
    const erikMail = (
      await findOutboxMessages(t.ctx, {
        limit: 1,
        offset: 0,
        to: "erik.lindqvist@demo.kollega.test",
      })
    ).items[0];
    expect(erikMail?.subject).toBe(
      `Inbjudan: "Peer visit, Ziwani; route planning", ${startsOn} 09:00–16:30 (Africa/Nairobi)`,
    );
    expect(erikMail?.textBody).toContain("som besökande kollega");
    expect(erikMail?.textBody).toContain(`- ${startsOn} 10:00 Tour of the transfer station`);
    const erikToken = await readMailedToken(t.ctx, "erik.lindqvist@demo.kollega.test", "/rsvp/");
    const johanToken = await readMailedToken(t.ctx, "johan.berg@demo.kollega.test", "/rsvp/");
    const preview = await t.call({ method: "GET", url: `/api/rsvp/${erikToken}` });
    expect(preview.body).toMatchObject({
      activityTitle: visit.title,
      participantName: "Erik Lindqvist",
      role: "visiting_peer",
      rsvpStatus: "invited",
      isOpen: true,
      timeZone: "Africa/Nairobi",
    });
    expect(
      (
        await t.call({
          method: "POST",
          url: `/api/rsvp/${erikToken}`,
          body: { response: "accepted" },
        })
      ).body,
    ).toMatchObject({ rsvpStatus: "accepted" });
    expect(
      (
        await t.call({
          method: "POST",
          url: `/api/rsvp/${johanToken}`,
          body: { response: "declined" },
        })
      ).body,
    ).toMatchObject({ rsvpStatus: "declined" });
    expect(
      (
        await t.call({
          method: "POST",
          url: `/api/rsvp/${johanToken}`,
          body: { response: "maybe" },
        })
      ).status,
    ).toBe(400);
    expect((await t.call({ method: "GET", url: `/api/rsvp/${"x".repeat(43)}` })).status).toBe(404);
    const statuses = Object.fromEntries(
      (await participants()).map((p) => [p.displayName, p.rsvpStatus]),
    );
    expect(statuses).toEqual({
      "Erik Lindqvist": "accepted",
      "Johan Berg": "declined",
      "Amina Otieno": "invited",
    });
    const again = await t.call({
      method: "POST",
      url: `${base}/invitations`,
      cookie: facilitator,
      body: {},
    });
    expect(again.body).toEqual({ sent: 1 });
    expect(
      (
        await t.call({
          method: "GET",
          url: `/api/rsvp/${await readMailedToken(t.ctx, "amina.otieno@demo.kollega.test", "/rsvp/")}`,
        })
      ).status,
    ).toBe(200);
  });

  it("lets a signed-in participant answer in the app; closed activities refuse answers", async () => {
    const amina = await t.login("amina.otieno@demo.kollega.test");
    const res = await t.call({
      method: "POST",
      url: `${base}/rsvp`,
      cookie: amina,
      body: { response: "accepted" },
    });
    expect(res.body).toMatchObject({ displayName: "Amina Otieno", rsvpStatus: "accepted" });
    expect((res.body as Participant).respondedAt).not.toBeNull();
    const current = (await t.call({ method: "GET", url: base, cookie: facilitator }))
      .body as Activity;
    await t.call({
      method: "PATCH",
      url: base,
      cookie: facilitator,
      body: { version: current.version, status: "cancelled" },
    });
    expect(
      (
        await t.call({
          method: "POST",
          url: `${base}/rsvp`,
          cookie: amina,
          body: { response: "declined" },
        })
      ).status,
    ).toBe(409);
    const token = await readMailedToken(t.ctx, "amina.otieno@demo.kollega.test", "/rsvp/");
    expect((await t.call({ method: "GET", url: `/api/rsvp/${token}` })).body).toMatchObject({
      isOpen: false,
    });
    expect(
      (await t.call({ method: "POST", url: `/api/rsvp/${token}`, body: { response: "declined" } }))
        .status,
    ).toBe(409);
    await t.call({
      method: "PATCH",
      url: base,
      cookie: facilitator,
      body: { version: current.version + 1, status: "planned" },
    });
  });

  it("exports the activity as iCalendar that ical.js reads: 09:00 in Nairobi is 06:00 UTC", async () => {
    const res = await t.app.inject({
      method: "GET",
      url: `${base}/calendar.ics`,
      headers: { cookie: await t.login("erik.lindqvist@demo.kollega.test") },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(res.headers["content-disposition"]).toBe(
      'attachment; filename="peer-visit-ziwani-route-planning.ics"',
    );
    const calendar = new ICAL.Component(ICAL.parse(res.body));
    const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent") ?? undefined);
    expect(event.summary).toBe("Peer visit, Ziwani; route planning");
    expect(event.uid).toBe(`${visit.id}@kollega`);
    expect(event.startDate.toJSDate().toISOString()).toBe(`${startsOn}T06:00:00.000Z`);
    expect(event.endDate.toJSDate().toISOString()).toBe(`${startsOn}T13:30:00.000Z`);
    expect(event.location).toBe("Ziwani Municipal Council, Lake Road");
    expect(event.description).toContain(
      "Lärandemål:\n- After the visit, the team are able to compare two route plans.",
    );
    const outsider = await t.login("halima.achieng@demo.kollega.test");
    expect(
      (await t.call({ method: "GET", url: `${base}/calendar.ics`, cookie: outsider })).status,
    ).toBe(403);
  });

  it("serves each member a secret feed of their activities; rotating or leaving ends the old one", async () => {
    const erik = await t.login("erik.lindqvist@demo.kollega.test");
    const feedUrl = `/api/initiatives/${initiativeId}/calendar-feed`;
    expect((await t.call({ method: "GET", url: feedUrl, cookie: erik })).body).toEqual({
      exists: false,
      createdAt: null,
    });
    const created = await t.call({ method: "POST", url: feedUrl, cookie: erik });
    expect(created.status).toBe(201);
    const path = new URL((created.body as { url: string }).url).pathname;
    expect(path).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await t.app.inject({ method: "GET", url: path });
    expect(feed.statusCode).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(feed.body));
    const uids = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v).uid);
    expect(uids).toContain(`${visit.id}@kollega`);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toMatch(/^Sjöby/);
    const johanFeed = await t.call({
      method: "POST",
      url: feedUrl,
      cookie: await t.login("johan.berg@demo.kollega.test"),
    });
    const johanCalendar = await t.app.inject({
      method: "GET",
      url: new URL((johanFeed.body as { url: string }).url).pathname,
    });
    expect(johanCalendar.body).not.toContain(`${visit.id}@kollega`);

    const rotated = await t.call({ method: "POST", url: feedUrl, cookie: erik });
    expect((await t.app.inject({ method: "GET", url: path })).statusCode).toBe(404);
    const newPath = new URL((rotated.body as { url: string }).url).pathname;
    expect((await t.app.inject({ method: "GET", url: newPath })).statusCode).toBe(200);
    const members = (
      await t.call({
        method: "GET",
        url: `/api/initiatives/${initiativeId}/members`,
        cookie: facilitator,
      })
    ).body as { items: { id: string; email: string }[] };
    const erikMember = members.items.find((m) => m.email === "erik.lindqvist@demo.kollega.test");
    await t.call({
      method: "DELETE",
      url: `/api/initiatives/${initiativeId}/members/${erikMember?.id}`,
      cookie: facilitator,
    });
    expect((await t.app.inject({ method: "GET", url: newPath })).statusCode).toBe(404);
  });
});
