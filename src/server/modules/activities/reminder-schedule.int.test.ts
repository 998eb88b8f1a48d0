import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildActivity, daysFromToday, demoInitiativeId } from "../../../../test/activity-fixtures";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";
import { demoPersonId } from "../../../../test/fixtures";
import { findOutboxMessages } from "../admin/service";
import { scheduleOverdueReminders } from "./reminder-schedule";

describe.each(dialects)("the overdue reminder schedule on %s", (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(dialect);
  }, 60_000);
  afterAll(async () => t?.close());

  async function remindersTo(email: string) {
    const page = await findOutboxMessages(t.ctx, { limit: 50, offset: 0, to: email });
    return page.items.filter((m) => m.kind === "checklist_reminder");
  }

  it("checks at start, then on every tick, mailing an owner at most once a day", async () => {
    const initiativeId = await demoInitiativeId(t);
    const facilitator = await demoPersonId(t.ctx, "facilitator");
    // A visit ten days ahead: several of its generated tasks are already overdue.
    const activity = await buildActivity(t.ctx, initiativeId, facilitator, {
      title: "Visit planned at short notice",
      startsOn: daysFromToday(10),
    });
    expect(activity.checklist.some((item) => item.isOverdue)).toBe(true);
    const owner = "facilitator@demo.kollega.test";
    const before = (await remindersTo(owner)).length;

    let day = 0;
    const errors: unknown[] = [];
    const schedule = scheduleOverdueReminders(t.ctx, {
      intervalMs: 40,
      today: () => daysFromToday(day),
      onError: (error) => errors.push(error),
    });
    try {
      // The check made at start mails at once, without waiting for the first interval.
      await schedule.firstRun;
      expect(await remindersTo(owner)).toHaveLength(before + 1);
      // Further ticks on the same day send nothing more.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await remindersTo(owner)).toHaveLength(before + 1);
      // The next day, the next tick mails again.
      day = 1;
      await vi.waitFor(async () => expect(await remindersTo(owner)).toHaveLength(before + 2), {
        timeout: 5_000,
        interval: 50,
      });
    } finally {
      schedule.stop();
    }
    // Once stopped, a new day brings no mail.
    day = 2;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await remindersTo(owner)).toHaveLength(before + 2);
    expect(errors).toEqual([]);
  });
});
