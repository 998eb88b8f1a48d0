import { expect, type Locator, type Page } from "@playwright/test";

/** The workshop page of one activity (English labels). */
export class WorkshopPage {
  readonly steps: Locator;
  readonly outputs: Locator;

  constructor(readonly page: Page) {
    this.steps = page.getByRole("list", { name: "Run sheet" }).getByRole("listitem");
    this.outputs = page.getByTestId("workshop-output");
  }

  /** Opens the page and waits for its heading. */
  async goto(activityUrl: string): Promise<void> {
    await this.page.goto(`${activityUrl}/workshop`);
    await expect(
      this.page.getByRole("heading", { level: 2, name: "Peer learning workshop" }),
    ).toBeVisible();
  }

  /** Chooses a method and start time in the form that is open (set-up or change). */
  async chooseMethod(form: Locator, method: string, startTime: string): Promise<void> {
    await form.getByRole("radio", { name: method }).check();
    await form.getByLabel(/^Start time/).fill(startTime);
  }

  /** Captures one output with the capture form. */
  async capture(kind: string, step: RegExp, text: string): Promise<void> {
    const form = this.page.getByRole("form", { name: "Capture an output" });
    await form.getByLabel("Kind of output").selectOption({ label: kind });
    const option = form.getByRole("option", { name: step });
    const value = await option.getAttribute("value");
    await form.getByLabel(/^From step/).selectOption(value ?? "");
    await form.getByLabel("What was said or agreed").fill(text);
    await form.getByRole("button", { name: "Capture", exact: true }).click();
    await expect(this.outputs.filter({ hasText: text })).toBeVisible();
  }
}
