import { type APIRequestContext, expect, type Page } from "@playwright/test";

/** The demo initiative (Sjöby–Ziwani), as the signed-in facilitator sees it. */
export async function demoInitiativeId(request: APIRequestContext): Promise<string> {
  const answer = await request.get("/api/initiatives");
  const body = (await answer.json()) as { items: { id: string; name: string }[] };
  const demo = body.items.find((i) => i.name.includes("Sjöby"));
  if (!demo) throw new Error("the demo data has no Sjöby initiative");
  return demo.id;
}

/** The personal RSVP link of the newest invitation mail to `email`, from the admin outbox. */
export async function rsvpLinkFor(admin: APIRequestContext, email: string): Promise<string> {
  const answer = await admin.get(`/api/admin/outbox?to=${encodeURIComponent(email)}`);
  const body = (await answer.json()) as { items: { textBody: string; kind: string }[] };
  const mail = body.items.find((m) => m.kind === "activity_invitation");
  const link = /https?:\/\/\S+\/rsvp\/[A-Za-z0-9_-]+/.exec(mail?.textBody ?? "")?.[0];
  if (!link) throw new Error(`no activity invitation to ${email}`);
  return link;
}

/** A polite toast with this text (confirmations after each change). */
export function toast(page: Page, text: string | RegExp) {
  return page.getByRole("status").filter({ hasText: text });
}

/** The activity page and its parts, through their navigation. */
export class ActivityPages {
  constructor(readonly page: Page) {}

  /** Opens a part of the current activity by its link in the parts navigation. */
  async openPart(name: string | RegExp): Promise<void> {
    const nav = this.page.getByRole("navigation", {
      name: /Parts of this activity|Aktivitetens delar/,
    });
    await nav.getByRole("link", { name }).click();
    await expect(nav.getByRole("link", { name })).toHaveAttribute("aria-current", "page");
  }

  /** Writes one objective with the builder and saves it. */
  async writeObjective(audience: string, behaviour: string, content: string): Promise<void> {
    await this.page.getByLabel(/^Audience/).fill(audience);
    await this.page.getByLabel(/^Behaviour/).fill(behaviour);
    await this.page.getByLabel(/^Content/).fill(content);
  }

  /** Marks every open task of the checklist done, one after the other. */
  async completeChecklist(): Promise<void> {
    const buttons = this.page.getByRole("button", { name: /^Mark as done/ });
    let remaining = await buttons.count();
    while (remaining > 0) {
      await buttons.first().click();
      await expect(buttons).toHaveCount(remaining - 1);
      remaining -= 1;
    }
  }
}
