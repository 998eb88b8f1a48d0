import { expect, type Page } from "@playwright/test";

/** The page an invitation link opens. */
export class InvitationPage {
  constructor(readonly page: Page) {}

  /** Registers a new account from the invitation (name, password, repeat) and joins. */
  async register(name: string, password: string): Promise<void> {
    await expect(this.page.getByRole("heading", { name: "Create your account" })).toBeVisible();
    await this.page.getByLabel("Your name").fill(name);
    await this.page.getByLabel("New password", { exact: true }).fill(password);
    await this.page.getByLabel("Repeat the new password").fill(password);
    await this.page.getByRole("button", { name: "Create account and join" }).click();
  }
}
