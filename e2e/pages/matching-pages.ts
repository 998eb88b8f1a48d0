import { expect, type Locator, type Page } from "@playwright/test";

function toast(page: Page, text: string | RegExp): Locator {
  return page.getByRole("status").filter({ hasText: text });
}

/** The facilitator's side of the intake survey (English). */
export class IntakeManagePage {
  constructor(readonly page: Page) {}

  /** Opens the initiative's survey page. */
  async goto(initiativeId: string): Promise<void> {
    await this.page.goto(`/initiatives/${initiativeId}/intake`);
    await expect(this.page.getByTestId("survey-status")).toBeVisible();
  }

  /** Adds a reform area to the vocabulary. */
  async addTag(label: string): Promise<void> {
    await this.page.getByLabel("New reform area").fill(label);
    await this.page.getByRole("button", { name: "Add the area" }).click();
    await expect(toast(this.page, `“${label}” has been added.`)).toBeVisible();
  }

  /** Opens the survey with a due date. */
  async open(dueOn: string): Promise<void> {
    await this.page.getByLabel(/^Answer by/).fill(dueOn);
    await this.page.getByRole("button", { name: "Open the survey" }).click();
    await expect(toast(this.page, "The survey is open.")).toBeVisible();
    await expect(this.page.getByTestId("survey-status")).toContainText("Open since");
  }

  /** Reminds everyone who has not answered, confirming in the dialog. */
  async remindAll(count: number): Promise<void> {
    await this.page
      .getByRole("button", { name: `Remind the ${count} peers who have not answered` })
      .click();
    const dialog = this.page.getByRole("dialog", { name: "Send a reminder?" });
    await expect(dialog).toContainText(`The ${count} peers who have not answered`);
    await dialog.getByRole("button", { name: "Send the reminder" }).click();
    await expect(toast(this.page, `Reminders have been sent to ${count} peers.`)).toBeVisible();
  }

  /** Closes the survey, confirming in the dialog. */
  async close(): Promise<void> {
    await this.page.getByRole("button", { name: "Close the survey" }).click();
    await this.page
      .getByRole("dialog", { name: "Close the survey?" })
      .getByRole("button", { name: "Close the survey" })
      .click();
    await expect(this.page.getByTestId("survey-status")).toContainText("Closed on");
  }
}

/** The facilitator's matching pages (English): new run, run review, compare. */
export class MatchingPages {
  constructor(readonly page: Page) {}

  /** Opens the matching page of an initiative. */
  async goto(initiativeId: string): Promise<void> {
    await this.page.goto(`/initiatives/${initiativeId}/matching`);
    await expect(this.page.getByRole("button", { name: "Run the matching" })).toBeVisible();
  }

  /** The id of the run shown, from the address. */
  runId(): string {
    const id = /\/matching\/runs\/([^/?#]+)/.exec(this.page.url())?.[1];
    if (!id) throw new Error(`no run in ${this.page.url()}`);
    return id;
  }

  /** Runs the matching with the form as it is and waits for the run's page. */
  async run(): Promise<string> {
    await this.page.getByRole("button", { name: "Run the matching" }).click();
    await this.page.waitForURL(/\/matching\/runs\//);
    await expect(this.page.getByRole("heading", { level: 2, name: /^Run of/ })).toBeVisible();
    return this.runId();
  }

  /** The names in each match card's heading, in page order. */
  async matchTitles(): Promise<string[]> {
    await expect(this.page.locator(".match-card").first()).toBeVisible();
    return this.page.locator(".match-card h3").allTextContents();
  }

  /** The card of the match whose heading is `title`. */
  card(title: string): Locator {
    return this.page
      .locator(".match-card")
      .filter({ has: this.page.getByRole("heading", { level: 3, name: title, exact: true }) });
  }

  /** Locks one match. */
  async lock(title: string): Promise<void> {
    await this.card(title)
      .getByRole("button", { name: `Lock ${title}` })
      .click();
    await expect(toast(this.page, "The match is locked")).toBeVisible();
    await expect(this.card(title).getByText("Locked", { exact: true })).toBeVisible();
  }

  /** Presses a re-run button and waits for the new run's page. */
  async rerun(buttonName: string): Promise<string> {
    const before = this.runId();
    await this.page.getByRole("button", { name: buttonName }).click();
    await expect.poll(() => this.runId()).not.toBe(before);
    await expect(this.page.getByRole("heading", { level: 2, name: /^Run of/ })).toBeVisible();
    return this.runId();
  }

  /**
   * On the compare page: the two runs' values of one setting, by its row heading (a differing
   * setting's heading ends in "differs", e.g. "Mode differs").
   */
  async settingValues(rowHeading: string): Promise<string[]> {
    const settings = this.page.getByRole("table", { name: "The settings each run used" });
    const heading = this.page.getByRole("rowheader", { name: rowHeading, exact: true });
    return settings.getByRole("row").filter({ has: heading }).getByRole("cell").allTextContents();
  }

  /** Publishes the draft shown, confirming in the dialog. */
  async publish(): Promise<void> {
    await this.page.getByRole("button", { name: "Publish the matches" }).click();
    const dialog = this.page.getByRole("dialog", { name: "Publish these matches?" });
    await dialog.getByRole("button", { name: "Publish the matches" }).click();
    await expect(toast(this.page, "The matches have been published.")).toBeVisible();
    await expect(this.page.getByTestId("run-status")).toHaveText("Published");
  }
}

/** A peer's own match page, in English or Swedish. */
export class MyMatchPage {
  private readonly l;

  constructor(
    readonly page: Page,
    lang: "en" | "sv",
  ) {
    this.l =
      lang === "sv"
        ? {
            decline: "Tacka nej …",
            reason: "Varför tackar du nej?",
            confirm: "Tacka nej till matchningen",
            declined: "Du tackade nej till den här matchningen.",
          }
        : {
            decline: "Decline…",
            reason: "Why do you decline?",
            confirm: "Decline the match",
            declined: "You declined this match.",
          };
  }

  /** Opens the peer's match page and waits until it has loaded. */
  async goto(initiativeId: string): Promise<void> {
    await this.page.goto(`/initiatives/${initiativeId}/my-match`);
    await expect(this.page.getByRole("heading", { level: 2 }).first()).toBeVisible();
  }

  /** Opens the decline form and sends it with `reason` (empty to see the error). */
  async decline(reason: string): Promise<void> {
    const opener = this.page.getByRole("button", { name: this.l.decline });
    if (await opener.isVisible()) await opener.click();
    await this.page.getByLabel(this.l.reason).fill(reason);
    await this.page.getByRole("button", { name: this.l.confirm }).click();
    if (reason) await expect(this.page.getByText(this.l.declined)).toBeVisible();
  }
}
