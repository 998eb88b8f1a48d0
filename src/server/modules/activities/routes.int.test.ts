import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { daysFromToday, demoInitiativeId } from "../../../../test/activity-fixtures";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";
import { demoPersonId } from "../../../../test/fixtures";
import { getActivityFormat } from "../../../domain/catalogue/formats";
import { generateChecklist, subtractDays } from "../../../domain/catalogue/logistics-checklist";
import type { Activity, ActivitySummary } from "../../../shared/contracts/activities";

describe.each(dialects)("activities on %s", (dialect) => {
  let t: TestApp;
  let facilitator: string;
  let amina: string;
  let initiativeId: string;
  const url = (path = "") => `/api/initiatives/${initiativeId}/activities${path}`;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    facilitator = await t.login("facilitator@demo.kollega.test");
    amina = await t.login("amina.otieno@demo.kollega.test");
    initiativeId = await demoInitiativeId(t);
  }, 60_000);
  afterAll(async () => t?.close());

  async function create(body: Record<string, unknown>, cookie = facilitator) {
    const res = await t.call({ method: "POST", url: url(), cookie, body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as Activity;
  }

  it("plans a peer visit from the catalogue: defaults, checklist with due dates, warnings", async () => {
    const startsOn = daysFromToday(40);
    const visit = await create({
      formatKey: "peer_visit",
      title: "Peer visit: Ziwani in Sjöby",
      startsOn,
      startTime: "09:00",
      endTime: "16:00",
      timeZone: "Europe/Stockholm",
      address: "Sjöby kommunhus",
      plannedParticipantCount: 12,
    });
    expect(visit).toMatchObject({
      formatKey: "peer_visit",
      endsOn: startsOn,
      levels: ["managerial", "technical"],
      stages: [2, 3],
      hasStageOverride: false,
      isInternational: true,
      isHighLevel: false,
      status: "planned",
      permissions: { canPlan: true, canManage: true, canReviewReflection: true },
    });
    const expected = generateChecklist(getActivityFormat("peer_visit"), {
      isHighLevelDelegation: false,
      isInternational: true,
      startsOn,
      today: daysFromToday(0),
    });
    expect(visit.checklist.map((i) => [i.key, i.dueOn])).toEqual(
      expected.map((i) => [i.key, i.dueOn]),
    );
    const budget = visit.checklist.find((i) => i.key === "budget_approved");
    expect(budget).toMatchObject({
      dueOn: subtractDays(startsOn, 84),
      isOverdue: true,
      ownerPersonId: await demoPersonId(t.ctx, "facilitator"),
    });
    expect(visit.checklist.find((i) => i.key === "venue_booked")?.ownerPersonId).toBeNull();
    expect(visit.warnings.map((w) => w.code).sort()).toEqual([
      "no_objectives",
      "participants_above_typical",
      "preparation_too_short",
    ]);
  });

  it("lets a peer plan a visit they host; the host's tasks are theirs", async () => {
    const visit = await create(
      {
        formatKey: "work_shadowing",
        title: "Shadow a route planner",
        startsOn: daysFromToday(60),
        timeZone: "Africa/Nairobi",
      },
      amina,
    );
    const aminaId = await demoPersonId(t.ctx, "amina.otieno");
    expect(visit.participants).toMatchObject([{ personId: aminaId, role: "host" }]);
    expect(visit.myParticipant?.role).toBe("host");
    expect(visit.permissions).toEqual({
      canPlan: true,
      canManage: false,
      canReviewReflection: true,
    });
    const appointments = visit.checklist.find((i) => i.key === "appointments_confirmed");
    expect(appointments?.ownerPersonId).toBe(aminaId);
    expect(visit.checklist.find((i) => i.key === "budget_approved")?.ownerPersonId).toBeNull();
  });

  it("refuses impossible plans with the offending field", async () => {
    const base = {
      formatKey: "study_visit",
      title: "Visit",
      startsOn: "2027-05-10",
      timeZone: "Europe/Stockholm",
    };
    const bad: [Record<string, unknown>, string][] = [
      [{ timeZone: "Mars/Olympus_Mons" }, "timeZone"],
      [{ endsOn: "2027-05-09" }, "endsOn"],
      [{ startTime: "09:00" }, "endTime"],
      [{ startTime: "14:00", endTime: "09:00" }, "endTime"],
      [{ startTime: "9am", endTime: "10:00" }, "startTime"],
      [{ formatKey: "seminar", theme: "gender_mainstreaming" }, "theme"],
      [{ onlineUrl: "javascript:alert(1)" }, "onlineUrl"],
      [{ topics: ["a", "b", "c", "d", "e", "f"] }, "topics"],
      [{ hostOrganisationId: "01900000-0000-7000-8000-000000000000" }, "hostOrganisationId"],
    ];
    for (const [change, path] of bad) {
      const res = await t.call({
        method: "POST",
        url: url(),
        cookie: facilitator,
        body: { ...base, ...change },
      });
      expect(res.status, JSON.stringify(change)).toBe(400);
      const details = (res.body as { error: { details: { path: string }[] } }).error.details;
      expect(
        details.map((d) => d.path),
        JSON.stringify(change),
      ).toContain(path);
    }
    const themed = await create({ ...base, theme: "gender_mainstreaming" });
    expect(themed.theme).toBe("gender_mainstreaming");
  });

  it("edits with the version; a stale edit gets 409; moving the date moves open tasks", async () => {
    const startsOn = daysFromToday(150);
    const visit = await create({
      formatKey: "study_tour",
      title: "Tour",
      startsOn,
      endsOn: daysFromToday(154),
      timeZone: "Africa/Nairobi",
      plannedParticipantCount: 40,
    });
    expect(visit.warnings.map((w) => w.code)).toContain("participants_above_typical");
    const firstTask = visit.checklist[0];
    if (!firstTask) throw new Error("no checklist");
    await t.call({
      method: "PATCH",
      url: url(`/${visit.id}/checklist-items/${firstTask.id}`),
      cookie: facilitator,
      body: { status: "done", version: firstTask.version },
    });
    const moved = await t.call({
      method: "PATCH",
      url: url(`/${visit.id}`),
      cookie: facilitator,
      body: {
        version: visit.version,
        startsOn: daysFromToday(157),
        endsOn: daysFromToday(161),
        plannedParticipantCount: 15,
        stages: [4],
      },
    });
    expect(moved.status).toBe(200);
    const after = moved.body as Activity;
    expect(after).toMatchObject({
      version: visit.version + 1,
      stages: [4],
      hasStageOverride: true,
    });
    expect(after.warnings.map((w) => w.code)).not.toContain("participants_above_typical");
    for (const item of after.checklist) {
      const before = visit.checklist.find((i) => i.id === item.id);
      const shift = item.id === firstTask.id ? 0 : 7;
      expect(item.dueOn).toBe(subtractDays(before?.dueOn ?? "", -shift));
    }
    const stale = await t.call({
      method: "PATCH",
      url: url(`/${visit.id}`),
      cookie: facilitator,
      body: { version: visit.version, title: "Late edit" },
    });
    expect(stale.status).toBe(409);
    const reset = await t.call({
      method: "PATCH",
      url: url(`/${visit.id}`),
      cookie: facilitator,
      body: { version: after.version, stages: null },
    });
    expect(reset.body).toMatchObject({ stages: [2, 3], hasStageOverride: false });
    const backwards = await t.call({
      method: "PATCH",
      url: url(`/${visit.id}`),
      cookie: facilitator,
      body: { version: after.version + 1, endsOn: daysFromToday(100) },
    });
    expect(backwards.status).toBe(400);
  });

  it("lists with pagination and a stage filter, and shows the timeline by stage", async () => {
    await create({
      formatKey: "lessons_learnt_workshop",
      title: "Lessons learnt",
      startsOn: daysFromToday(300),
      timeZone: "Africa/Nairobi",
    });
    const all = await t.call({ method: "GET", url: url("?limit=2"), cookie: amina });
    const page = all.body as { items: ActivitySummary[]; total: number };
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(3);
    const stage4 = await t.call({ method: "GET", url: url("?stage=4&limit=100"), cookie: amina });
    const fourth = (stage4.body as { items: ActivitySummary[] }).items;
    expect(fourth.length).toBeGreaterThan(0);
    expect(fourth.every((a) => a.stages.includes(4))).toBe(true);
    const timeline = await t.call({
      method: "GET",
      url: `/api/initiatives/${initiativeId}/timeline`,
      cookie: amina,
    });
    const stages = (timeline.body as { stages: { stage: number; activities: ActivitySummary[] }[] })
      .stages;
    expect(stages.map((s) => s.stage)).toEqual([1, 2, 3, 4]);
    const lessons = fourth.find((a) => a.title === "Lessons learnt");
    expect(stages[2]?.activities.map((a) => a.id)).toContain(lessons?.id);
    expect(stages[3]?.activities.map((a) => a.id)).toContain(lessons?.id);
    expect(stages[0]?.activities.map((a) => a.id)).not.toContain(lessons?.id);
    const dates = stages[1]?.activities.map((a) => a.startsOn) ?? [];
    expect(dates).toEqual([...dates].sort());
  });

  it("seeds the demo's peer visit: two clean objectives, checklist partly done, one overdue", async () => {
    const list = await t.call({ method: "GET", url: url("?limit=100"), cookie: amina });
    const items = (list.body as { items: ActivitySummary[] }).items;
    const seeded = items.find((a) => a.title === "Peer visit: Ziwani's waste team in Sjöby");
    expect(seeded).toMatchObject({
      myParticipantRole: "visiting_peer",
      hostOrganisationName: "Sjöby kommun",
      timeZone: "Europe/Stockholm",
    });
    const visit = (await t.call({ method: "GET", url: url(`/${seeded?.id}`), cookie: amina }))
      .body as Activity;
    expect(visit.objectives.items).toHaveLength(2);
    expect(visit.objectives.items.flatMap((o) => o.advice)).toEqual([]);
    expect(visit.checklist.filter((i) => i.status === "done").length).toBeGreaterThan(0);
    expect(visit.checklist.filter((i) => i.isOverdue).map((i) => i.key)).toEqual([
      "budget_approved",
    ]);
    expect(visit.showcaseId).not.toBeNull();
  });

  it("deletes an activity with everything planned for it", async () => {
    const visit = await create({
      formatKey: "peer_visit",
      title: "To delete",
      startsOn: daysFromToday(120),
      timeZone: "Africa/Nairobi",
    });
    await t.call({
      method: "POST",
      url: url(`/${visit.id}/objectives`),
      cookie: facilitator,
      body: { text: "After the visit, the team are able to list the steps." },
    });
    await t.call({
      method: "POST",
      url: url(`/${visit.id}/participants`),
      cookie: facilitator,
      body: { personId: await demoPersonId(t.ctx, "amina.otieno"), role: "host" },
    });
    expect(
      (await t.call({ method: "DELETE", url: url(`/${visit.id}`), cookie: amina })).status,
    ).toBe(403);
    expect(
      (await t.call({ method: "DELETE", url: url(`/${visit.id}`), cookie: facilitator })).status,
    ).toBe(200);
    expect(
      (await t.call({ method: "GET", url: url(`/${visit.id}`), cookie: facilitator })).status,
    ).toBe(404);
    for (const table of [
      "checklist_items",
      "learning_objectives",
      "activity_participants",
    ] as const) {
      const left = await t.ctx.db
        .selectFrom(table)
        .select("id")
        .where("activity_id", "=", visit.id)
        .execute();
      expect(left, table).toEqual([]);
    }
  });
});
