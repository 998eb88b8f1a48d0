import { expect, type Page } from "@playwright/test";

/** The admin's mail outbox. */
export class OutboxPage {
  constructor(readonly page: Page) {}

  /** Opens the newest message to `to` and returns the first link in its text that contains `pathPart`. */
  async findLink(to: string, pathPart: string): Promise<string> {
    await this.page.goto(`/admin/outbox?to=${encodeURIComponent(to)}`);
    const table = this.page.getByRole("table");
    await expect(table.getByRole("row").filter({ hasText: to }).first()).toBeVisible();
    await table.getByRole("row").filter({ hasText: to }).first().getByRole("button").click();
    const body = this.page.getByTestId("message-body");
    await expect(body).toBeVisible();
    const link = body.getByRole("link").filter({ hasText: pathPart }).first();
    const href = await link.getAttribute("href");
    if (!href) throw new Error("no link in the message");
    return href;
  }
}
