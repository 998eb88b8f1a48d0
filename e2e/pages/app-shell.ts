import type { Page } from "@playwright/test";

/** The header every page shares: language buttons and signing out. */
export class AppShell {
  constructor(readonly page: Page) {}

  /** Presses the language button named in its own language ("Svenska"). */
  async switchLanguage(nativeName: string): Promise<void> {
    await this.page
      .getByRole("group", { name: /Language|Språk|Langue|Idioma/ })
      .getByRole("button", { name: nativeName })
      .click();
  }

  /** Presses the header's sign-out button, whatever its label language. */
  async signOut(label = "Sign out"): Promise<void> {
    await this.page.getByRole("banner").getByRole("button", { name: label }).click();
  }
}
