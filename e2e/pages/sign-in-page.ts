import type { Locator, Page } from "@playwright/test";

/** The demo accounts seeded with KOLLEGA_DEMO=1. */
export const demoAccounts = {
  facilitator: { email: "facilitator@demo.kollega.test", password: "kollega-demo" },
  admin: { email: "admin@demo.kollega.test", password: "kollega-demo" },
  peer: { email: "amina.otieno@demo.kollega.test", password: "kollega-demo" },
} as const;

/** The sign-in page (English labels). */
export class SignInPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.email = page.getByLabel("E-mail address");
    this.password = page.getByLabel("Password", { exact: true });
    this.submit = page.getByRole("main").getByRole("button", { name: "Sign in" });
    this.errorSummary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  }

  /** Opens the sign-in page and waits for the form. */
  async goto(): Promise<void> {
    await this.page.goto("/sign-in");
    await this.email.waitFor();
  }

  /** Fills the form and submits; does not wait for the outcome. */
  async submitCredentials(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  /** Signs in and waits for the initiatives page. */
  async signIn(account: { email: string; password: string }): Promise<void> {
    await this.goto();
    await this.submitCredentials(account.email, account.password);
    await this.page.waitForURL(/\/initiatives/);
  }
}
