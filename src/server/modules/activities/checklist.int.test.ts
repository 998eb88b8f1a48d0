import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysFromToday, demoInitiativeId } from "../../../../test/activity-fixtures";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";
import { buildPerson, demoPersonId } from "../../../../test/fixtures";
import { formatKeys, getActivityFormat } from "../../../domain/catalogue/formats";
import { generateChecklist } from "../../../domain/catalogue/logistics-checklist";
import type { Activity } from "../../../shared/contracts/activities";
import type { ChecklistItem, OverdueItem } from "../../../shared/contracts/activity-items";
import { findOutboxMessages } from "../admin/service";
import { sendOverdueReminders } from "./reminder-job";

describe.each(dialects)("logistics checklists on %s", (dialect) => {
  let t: TestApp;
  let facilitator: string;
  let initiativeId: string;
  const url = (path = "") => `/api/initiatives/${initiativeId}/activities${path}`;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    facilitator = await t.login("facilitator@demo.kollega.test");
    initiativeId = await demoInitiativeId(t);
  }, 60_000);
  afterAll(async () => t?.close());

  async function create(body: Record<string, unknown>) {
    const res = await t.call({ method: "POST", url: url(), cookie: facilitator, body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as Activity;
  }

  it("generates each format's checklist, filtered by context, through the API", async () => {
    const startsOn = daysFromToday(200);
    for (const formatKey of formatKeys) {
      for (const context of [
        { isInternational: true, isHighLevel: true },
        { isInternational: false, isHighLevel: false },
      ]) {
        const activity = await create({
          formatKey,
          title: formatKey,
          startsOn,
          timeZone: "UTC",
          ...context,
        });
        const expected = generateChecklist(getActivityFormat(formatKey), {
          isInternational: context.isInternational,
          isHighLevelDelegation: context.isHighLevel,
          startsOn,
          today: daysFromToday(0),
        });
        expect(
          activity.checklist.map((i) => [i.key, i.dueOn, i.defaultOwnerRole]),
          formatKey,
        ).toEqual(expected.map((i) => [i.key, i.dueOn, i.defaultOwnerRole]));
      }
    }
    const online = await create({
      formatKey: "online_session",
      title: "Online",
      startsOn,
      timeZone: "UTC",
    });
    const keys = online.checklist.map((i) => i.key);
    expect(keys).toContain("link_tested");
    expect(keys).not.toContain("venue_booked");
    expect(keys).not.toContain("visas_applied");
  });

  it("assigns owners, due dates and status; refuses strangers, catalogue relabels and stale edits", async () => {
    const activity = await create({
      formatKey: "study_visit",
      title: "Checklist",
      startsOn: daysFromToday(90),
      timeZone: "UTC",
    });
    const item = activity.checklist[0] as ChecklistItem;
    const erik = await demoPersonId(t.ctx, "erik.lindqvist");
    const patch = (body: unknown) =>
      t.call({
        method: "PATCH",
        url: url(`/${activity.id}/checklist-items/${item.id}`),
        cookie: facilitator,
        body,
      });
    const assigned = await patch({
      version: item.version,
      ownerPersonId: erik,
      dueOn: daysFromToday(30),
    });
    expect(assigned.body).toMatchObject({
      ownerPersonId: erik,
      ownerName: "Erik Lindqvist",
      dueOn: daysFromToday(30),
      version: item.version + 1,
    });
    expect((await patch({ version: item.version, status: "done" })).status).toBe(409);
    const stranger = await buildPerson(t.ctx);
    const refused = await patch({ version: item.version + 1, ownerPersonId: stranger.id });
    expect(refused).toMatchObject({
      status: 400,
      body: { error: { details: [{ path: "ownerPersonId" }] } },
    });
    expect((await patch({ version: item.version + 1, label: "Renamed" })).status).toBe(400);
    expect((await patch({ version: item.version + 1, status: "finished" })).status).toBe(400);
    const custom = await t.call({
      method: "POST",
      url: url(`/${activity.id}/checklist-items`),
      cookie: facilitator,
      body: { label: "Hire a minibus", ownerPersonId: erik, dueOn: daysFromToday(60) },
    });
    expect(custom).toMatchObject({
      status: 201,
      body: { key: null, label: "Hire a minibus", status: "todo" },
    });
    const relabel = await t.call({
      method: "PATCH",
      url: url(`/${activity.id}/checklist-items/${(custom.body as ChecklistItem).id}`),
      cookie: facilitator,
      body: { version: 1, label: "Hire a bus", status: "not_needed" },
    });
    expect(relabel.body).toMatchObject({
      label: "Hire a bus",
      status: "not_needed",
      isOverdue: false,
    });
  });

  it("lists overdue tasks on the initiative and mails each owner once a day", async () => {
    const karin = await demoPersonId(t.ctx, "karin.sundberg");
    const erik = await demoPersonId(t.ctx, "erik.lindqvist");
    const soon = await create({
      formatKey: "peer_visit",
      title: "Short notice visit",
      startsOn: daysFromToday(10),
      timeZone: "Europe/Stockholm",
    });
    const venue = soon.checklist.find((i) => i.key === "venue_booked") as ChecklistItem;
    expect(venue.isOverdue).toBe(true);
    await t.call({
      method: "PATCH",
      url: url(`/${soon.id}/checklist-items/${venue.id}`),
      cookie: facilitator,
      body: { version: venue.version, ownerPersonId: erik },
    });
    await t.call({
      method: "POST",
      url: url(`/${soon.id}/checklist-items`),
      cookie: facilitator,
      body: { label: "Send the route maps", ownerPersonId: karin, dueOn: daysFromToday(-3) },
    });

    const overdue = async (email: string) =>
      (
        (
          await t.call({
            method: "GET",
            url: `/api/initiatives/${initiativeId}/overdue-checklist-items`,
            cookie: await t.login(email),
          })
        ).body as { items: OverdueItem[] }
      ).items;
    const all = await overdue("facilitator@demo.kollega.test");
    expect(all.filter((i) => i.activityId === soon.id).length).toBeGreaterThanOrEqual(5);
    expect(all.find((i) => i.id === venue.id)).toMatchObject({
      ownerName: "Erik Lindqvist",
      activityTitle: "Short notice visit",
      daysOverdue: 46,
    });
    expect((await overdue("karin.sundberg@demo.kollega.test")).map((i) => i.label)).toEqual([
      "Send the route maps",
    ]);
    expect(await overdue("halima.achieng@demo.kollega.test")).toEqual([]);

    const reminders = async (email: string) =>
      (await findOutboxMessages(t.ctx, { limit: 50, offset: 0, to: email })).items.filter(
        (m) => m.kind === "checklist_reminder",
      );
    const today = daysFromToday(0);
    expect(await sendOverdueReminders(t.ctx, today)).toBeGreaterThanOrEqual(3);
    expect(await sendOverdueReminders(t.ctx, today)).toBe(0);
    const erikMails = await reminders("erik.lindqvist@demo.kollega.test");
    expect(erikMails).toHaveLength(1);
    expect(erikMails[0]?.subject).toBe("En försenad uppgift i Kollega");
    expect(erikMails[0]?.textBody).toContain(
      `- Lokalen är bokad (Short notice visit), senast ${venue.dueOn}`,
    );
    expect(erikMails[0]?.textBody).toContain(`/initiatives/${initiativeId}`);
    const karinMails = await reminders("karin.sundberg@demo.kollega.test");
    expect(karinMails.map((m) => m.textBody.includes("Send the route maps"))).toEqual([true]);
    expect(await reminders("halima.achieng@demo.kollega.test")).toEqual([]);

    await t.call({
      method: "PATCH",
      url: url(`/${soon.id}/checklist-items/${venue.id}`),
      cookie: facilitator,
      body: { version: venue.version + 1, status: "done" },
    });
    await sendOverdueReminders(t.ctx, daysFromToday(1));
    expect(await reminders("erik.lindqvist@demo.kollega.test")).toHaveLength(1);
    expect(await reminders("karin.sundberg@demo.kollega.test")).toHaveLength(2);

    const current = (await t.call({ method: "GET", url: url(`/${soon.id}`), cookie: facilitator }))
      .body as Activity;
    await t.call({
      method: "PATCH",
      url: url(`/${soon.id}`),
      cookie: facilitator,
      body: { version: current.version, status: "completed" },
    });
    expect(
      (await overdue("facilitator@demo.kollega.test")).filter((i) => i.activityId === soon.id),
    ).toEqual([]);
    expect(await sendOverdueReminders(t.ctx, daysFromToday(2))).toBeGreaterThanOrEqual(1);
    expect(await reminders("karin.sundberg@demo.kollega.test")).toHaveLength(2);
  });
});
