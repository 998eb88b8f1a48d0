import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/api-harness";
import { readMail, startSmtpSink } from "../../../test/smtp-sink";
import { findOutboxMessages } from "../modules/admin/service";

describe("mail through a real SMTP server", () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let t: TestApp;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp("sqlite", {
      SMTP_URL: sink.url,
      MAIL_FROM: "Kollega <kollega@test.example>",
    });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  it("delivers an invitation over SMTP and marks it sent in the outbox", async () => {
    const cookie = await t.login("facilitator@demo.kollega.test");
    const created = await t.call({
      method: "POST",
      url: "/api/initiatives",
      cookie,
      body: { name: "Budget network", kind: "network" },
    });
    const id = (created.body as { id: string }).id;
    const res = await t.call({
      method: "POST",
      url: `/api/initiatives/${id}/invitations`,
      cookie,
      body: { email: "new.colleague@example.org", role: "peer" },
    });
    expect(res.status).toBe(201);
    await sink.waitFor(1);
    const mail = sink.received[0];
    expect(mail?.to).toEqual(["new.colleague@example.org"]);
    expect(mail?.from).toBe("kollega@test.example");
    if (!mail) throw new Error("no mail");
    const { subject, text } = readMail(mail);
    expect(subject).toBe('You are invited to join "Budget network" on Kollega');
    expect(text).toMatch(/Maria Holm invites you to take part in "Budget network" as peer/);
    expect(text).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}\r?\n/);
    await t.ctx.mail.flush();
    const outbox = await findOutboxMessages(t.ctx, {
      limit: 5,
      offset: 0,
      to: "new.colleague@example.org",
    });
    expect(outbox.items[0]?.sentAt).not.toBeNull();
    expect(outbox.items[0]?.attempts).toBe(1);
  });

  it("keeps a mail in the outbox with the error when the SMTP server is down", async () => {
    const down = await startTestApp("sqlite", { SMTP_URL: "smtp://127.0.0.1:9" });
    try {
      const asked = await down.call({
        method: "POST",
        url: "/api/auth/password-reset",
        body: { email: "erik.lindqvist@demo.kollega.test" },
      });
      expect(asked.status).toBe(202);
      await down.ctx.mail.flush();
      const outbox = await findOutboxMessages(down.ctx, {
        limit: 5,
        offset: 0,
        to: "erik.lindqvist@demo.kollega.test",
      });
      expect(outbox.items[0]).toMatchObject({ sentAt: null, attempts: 1 });
      expect(outbox.items[0]?.lastError).toMatch(/ECONNREFUSED/);
    } finally {
      await down.close();
    }
  });
});
