import { expect, type Locator, type Page } from "@playwright/test";

/** Facts of a new initiative as typed in the form. */
export type NewInitiative = {
  name: string;
  kind: string;
  reformArea: string;
  focalSector: string;
  startsOn: string;
  endsOn: string;
};

/** The initiatives list, the new-initiative form and one initiative's three sections. */
export class InitiativePages {
  readonly completenessText: Locator;

  constructor(readonly page: Page) {
    this.completenessText = page.getByTestId("completeness-text");
  }

  /** Creates an initiative through the form; resolves with its id once its page is shown. */
  async create(initiative: NewInitiative): Promise<string> {
    await this.page.goto("/initiatives");
    await this.page.getByRole("link", { name: "New initiative" }).first().click();
    await this.page.getByLabel("Name").fill(initiative.name);
    await this.page.getByLabel("Kind").selectOption({ label: initiative.kind });
    await this.page.getByLabel(/^Reform area/).fill(initiative.reformArea);
    await this.page.getByLabel(/^Focal sector/).fill(initiative.focalSector);
    await this.page.getByLabel(/^Starts on/).fill(initiative.startsOn);
    await this.page.getByLabel(/^Ends on/).fill(initiative.endsOn);
    await this.page.getByRole("button", { name: "Create initiative" }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(initiative.name);
    const id = /\/initiatives\/([^/?#]+)/.exec(this.page.url())?.[1];
    if (!id) throw new Error(`no initiative id in ${this.page.url()}`);
    return id;
  }

  /** Opens a section of the current initiative by its tab. */
  async openSection(name: "Overview" | "Scoping" | "Members"): Promise<void> {
    await this.page
      .getByRole("navigation", { name: "Initiative sections" })
      .getByRole("link", { name })
      .click();
    await expect(this.page.getByRole("link", { name, exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
  }

  /** Types answers into scoping questions (by their label) and saves. */
  async answerScoping(answers: Record<string, string>): Promise<void> {
    for (const [question, answer] of Object.entries(answers)) {
      await this.page.getByLabel(question).fill(answer);
    }
    await this.page.getByRole("button", { name: "Save the scoping" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  }

  /** Sends an invitation from the Members section. */
  async invite(email: string, role: string, message: string): Promise<void> {
    const form = this.page
      .locator("form")
      .filter({ has: this.page.getByRole("button", { name: "Send invitation" }) });
    await form.getByLabel("E-mail address").fill(email);
    await form.getByLabel("Role").selectOption({ label: role });
    await form.getByLabel(/^Personal message/).fill(message);
    await form.getByRole("button", { name: "Send invitation" }).click();
    await expect(
      this.page.getByRole("status").filter({ hasText: `An invitation has been sent to ${email}` }),
    ).toBeVisible();
  }
}
