import { readFileSync } from "node:fs";
import { type Browser, expect, type Page, test } from "@playwright/test";
import ICAL from "ical.js";
import { type ScanFinding, scanPage } from "./pages/accessibility-scan";
import { ActivityPages, demoInitiativeId, rsvpLinkFor, toast } from "./pages/activity-pages";
import { signedInApi } from "./pages/api-helpers";
import { AppShell } from "./pages/app-shell";
import { demoAccounts, SignInPage } from "./pages/sign-in-page";

const password = "kollega-demo";
const amina = { email: "amina.otieno@demo.kollega.test", password };
const grace = { email: "grace.wanjiru@demo.kollega.test", password };
const title = `Peer visit: Kisumu's permit desk in Sjöby ${Date.now().toString(36)}`;

function expectNoFindings(findings: ScanFinding[]) {
  expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
}

async function signedInPage(browser: Browser, account: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new SignInPage(page).signIn(account);
  return { context, page };
}

/** Shared across the serial steps: the demo initiative and the visit the journey plans. */
const state = { initiativeId: "", activityUrl: "" };

test.describe.configure({ mode: "serial" });

test("the timeline, the list and the create form with errors and live plan warnings", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const api = await signedInApi(playwright, baseURL ?? "", demoAccounts.facilitator);
  state.initiativeId = await demoInitiativeId(api);
  await api.dispose();
  const { context, page } = await signedInPage(browser, demoAccounts.facilitator);
  const findings: ScanFinding[] = [];
  await page.goto(`/initiatives/${state.initiativeId}/activities`);
  await expect(page.getByRole("heading", { name: "Stage 2: Sustained contact" })).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Peer visit: Ziwani's waste team in Sjöby" }).first(),
  ).toBeVisible();
  findings.push(...(await scanPage(page, "activities timeline")));
  await page.getByRole("link", { name: "All activities" }).click();
  const table = page.getByRole("table", { name: /^\d+ activit(y|ies)$/ });
  await expect(
    table.getByRole("link", { name: "Peer visit: Ziwani's waste team in Sjöby" }),
  ).toBeVisible();
  findings.push(...(await scanPage(page, "activities list")));

  await page.getByRole("link", { name: "Plan an activity" }).click();
  await expect(page.getByRole("radio", { name: "Peer visit", exact: true })).toBeChecked();
  await page.getByRole("button", { name: "Create the activity" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary.getByRole("link", { name: "Title: Fill in this field" })).toBeVisible();
  findings.push(...(await scanPage(page, "new activity with errors")));

  await page.getByRole("radio", { name: "Study tour" }).check();
  await page.getByLabel(/^Expected number of participants/).fill("40");
  await expect(
    page.getByText("40 participants are more than this format usually has (at most 20)."),
  ).toBeVisible();
  await page.getByRole("radio", { name: "Peer visit", exact: true }).check();
  await page.getByLabel(/^Expected number of participants/).fill("5");
  await page.getByLabel(/^Address or site/).fill("Sjöby kommunhus, Storgatan 1");
  await expect(page.getByText("The plan fits the format's guidance.")).toBeVisible();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel(/^Start time/).fill("09:00");
  await page.getByLabel(/^End time/).fill("16:00");
  await page.getByLabel("Time zone").selectOption("Europe/Stockholm");
  await page.getByRole("button", { name: "Create the activity" }).click();
  await expect(toast(page, `“${title}” has been planned.`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  state.activityUrl = page.url().replace(/\/objectives$/, "");
  expectNoFindings(findings);
  await context.close();
});

async function writeTwoObjectives(page: Page, findings: ScanFinding[]) {
  const activity = new ActivityPages(page);
  const advice = page.getByTestId("objective-advice");
  await activity.writeObjective(
    "the permit team",
    "understand",
    "how Sjöby keeps waiting times for building permits short",
  );
  await expect(advice).toContainText("“understand” happens inside someone's head");
  findings.push(...(await scanPage(page, "objectives with advice")));
  await advice.getByRole("button", { name: "Use explain" }).click();
  await expect(page.getByLabel(/^Behaviour/)).toHaveValue("explain");
  await expect(advice).not.toContainText("happens inside someone's head");
  await expect(advice).toContainText("Clear and observable");
  await expect(page.getByTestId("objective-preview")).toHaveText(
    "After the peer visit, the permit team are able to explain how Sjöby keeps waiting times for building permits short.",
  );
  await page.getByRole("button", { name: "Save objective" }).click();
  await expect(toast(page, "The objective has been saved.")).toBeVisible();
  await activity.writeObjective(
    "the visiting councillors",
    "propose",
    "a fee model for building permits in Kisumu",
  );
  await expect(advice).toContainText("Clear and observable");
  await page.getByRole("button", { name: "Save objective" }).click();
  await expect(page.locator(".objective-list > li")).toHaveCount(2);
}

test("two objectives with the advisor, and the whole checklist done", async ({ browser }) => {
  const { context, page } = await signedInPage(browser, demoAccounts.facilitator);
  const findings: ScanFinding[] = [];
  const activity = new ActivityPages(page);
  await page.goto(`${state.activityUrl}/objectives`);
  await writeTwoObjectives(page, findings);

  await activity.openPart("Logistics checklist");
  await expect(page.getByTestId("checklist-progress")).toContainText("0 of");
  findings.push(...(await scanPage(page, "checklist")));
  await activity.completeChecklist();
  const progress = (await page.getByTestId("checklist-progress").textContent()) ?? "";
  const [, done, total] = /(\d+) of (\d+)/.exec(progress) ?? [];
  expect(Number(total)).toBeGreaterThan(5);
  expect(done).toBe(total);
  await expect(page.locator(".checklist-item--overdue")).toHaveCount(0);

  await activity.openPart("Details");
  await expect(page.getByText("The plan fits the format's guidance.")).toBeVisible();
  findings.push(...(await scanPage(page, "activity details")));
  expectNoFindings(findings);
  await context.close();
});

test("two peers invited by mail accept through their links; the .ics keeps the time zone", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const { context, page } = await signedInPage(browser, demoAccounts.facilitator);
  const findings: ScanFinding[] = [];
  const activity = new ActivityPages(page);
  await page.goto(`${state.activityUrl}/people`);
  for (const name of ["Amina Otieno", "Grace Wanjiru"]) {
    await page.getByLabel("Member").selectOption({ label: `${name} (Ziwani Municipal Council)` });
    await page.getByLabel("Role in the activity").selectOption({ label: "Visiting peer" });
    await page.getByRole("button", { name: "Add participant" }).click();
    await expect(toast(page, `${name} has been added.`)).toBeVisible();
  }
  await page.getByRole("button", { name: "Send invitations to 2 participants" }).click();
  await expect(toast(page, "2 invitations have been sent.")).toBeVisible();
  findings.push(...(await scanPage(page, "people and invitations")));

  const admin = await signedInApi(playwright, baseURL ?? "", demoAccounts.admin);
  for (const peer of [amina, grace]) {
    const link = await rsvpLinkFor(admin, peer.email);
    const visitor = await browser.newContext();
    const rsvp = await visitor.newPage();
    await rsvp.goto(link);
    await expect(rsvp.getByRole("heading", { level: 1 })).toHaveText(`Invitation: ${title}`);
    if (peer === amina) findings.push(...(await scanPage(rsvp, "RSVP page")));
    await rsvp.getByRole("button", { name: "Yes, I will come" }).click();
    await expect(rsvp.getByTestId("rsvp-status")).toContainText("Your answer: Coming");
    await visitor.close();
  }
  await admin.dispose();

  await page.reload();
  const rows = page.getByRole("table", { name: "2 participants" }).getByRole("row");
  await expect(rows.filter({ hasText: "Amina Otieno" })).toContainText("Coming");
  await expect(rows.filter({ hasText: "Grace Wanjiru" })).toContainText("Coming");

  await activity.openPart("Details");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Add to calendar (.ics)" }).click(),
  ]);
  const text = readFileSync((await download.path()) ?? "", "utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent("vevent");
  const start = event?.getFirstProperty("dtstart");
  expect(start?.getParameter("tzid")).toBe("Europe/Stockholm");
  expect(String(start?.getFirstValue())).toMatch(/T09:00:00$/);
  expect(event?.getFirstPropertyValue("summary")).toBe(title);
  const zone = calendar.getFirstSubcomponent("vtimezone");
  expect(zone?.getFirstPropertyValue("tzid")).toBe("Europe/Stockholm");
  expectNoFindings(findings);
  await context.close();
});

test("a peer answers the reflection; the facilitator sees answers side by side and who is missing", async ({
  browser,
}) => {
  const findings: ScanFinding[] = [];
  const peer = await signedInPage(browser, amina);
  await peer.page.goto(`${state.activityUrl}/reflection`);
  await expect(
    peer.page.getByText("You take part as Visiting peer. Your answer: Coming."),
  ).toBeVisible();
  await peer.page.getByRole("button", { name: "I cannot come" }).click();
  await expect(toast(peer.page, "You are down as not coming.")).toBeVisible();
  await peer.page.getByRole("button", { name: "I will come" }).click();
  await expect(peer.page.getByText("Your answer: Coming.")).toBeVisible();
  await expect(peer.page.getByText("You have answered 0 of 7 questions.")).toBeVisible();
  await peer.page
    .getByLabel(/^Which public-sector reform is this visit part of\?/)
    .fill("Digital building permits in Kisumu County.");
  await peer.page
    .getByLabel(/^What do you still not know/)
    .fill("How Sjöby sets its permit fees and keeps the queue short.");
  await peer.page.getByRole("button", { name: "Save my answers" }).click();
  await expect(peer.page.getByText("You have answered 2 of 7 questions.")).toBeVisible();
  findings.push(...(await scanPage(peer.page, "my reflection")));
  await peer.context.close();

  const { context, page } = await signedInPage(browser, demoAccounts.facilitator);
  await page.goto(`${state.activityUrl}/reflection`);
  const table = page.getByRole("table", { name: /side by side/ });
  await expect(table.getByRole("columnheader", { name: /Amina Otieno/ })).toBeVisible();
  await expect(table).toContainText("Digital building permits in Kisumu County.");
  await expect(page.getByTestId("reflection-not-answered")).toHaveText("Grace Wanjiru");
  findings.push(...(await scanPage(page, "reflection side by side")));
  expectNoFindings(findings);
  await context.close();
});

test("showcases, a visit planned to one, the reverse visit, overdue tasks and Swedish", async ({
  browser,
}) => {
  const { context, page } = await signedInPage(browser, demoAccounts.facilitator);
  const findings: ScanFinding[] = [];
  const id = state.initiativeId;
  await page.goto(`/initiatives/${id}/showcases`);
  await expect(
    page.getByRole("heading", { name: "Food-waste collection in paper bags" }),
  ).toBeVisible();
  findings.push(...(await scanPage(page, "showcases")));
  await page.getByRole("link", { name: "Record a showcase" }).click();
  await page.getByRole("button", { name: "Record the showcase" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  findings.push(...(await scanPage(page, "new showcase with errors")));

  await page.goto(`/initiatives/${id}/showcases`);
  await page
    .getByRole("link", { name: "Food-waste collection in paper bags", exact: true })
    .click();
  findings.push(...(await scanPage(page, "showcase")));
  await page.getByRole("link", { name: "Plan a visit" }).click();
  await expect(page.getByRole("radio", { name: "Study visit" })).toBeChecked();
  await expect(page.getByLabel("Title")).toHaveValue("Visit: Food-waste collection in paper bags");
  findings.push(...(await scanPage(page, "plan a visit to a showcase")));
  await page.getByRole("button", { name: "Plan the visit" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Visit: Food-waste/ })).toBeVisible();
  await new ActivityPages(page).openPart("Details");
  await expect(page.getByRole("link", { name: "The practice this visit is to see" })).toBeVisible();

  await page.goto(state.activityUrl);
  await page.getByRole("button", { name: "Create the reverse visit…" }).click();
  const dialog = page.getByRole("dialog", { name: "Create the reverse visit" });
  await expect(dialog.getByLabel("Title")).toHaveValue(`Reverse visit: ${title}`);
  findings.push(...(await scanPage(page, "reverse visit dialog")));
  await dialog.getByRole("button", { name: "Create reverse visit" }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: `Reverse visit: ${title}` }),
  ).toBeVisible();
  await expect(page.getByText("Copied: review it")).toHaveCount(2);
  await page.getByRole("button", { name: "Mark as reviewed Objective 1" }).click();
  await expect(page.getByText("Copied: review it")).toHaveCount(1);
  await new ActivityPages(page).openPart("People and invitations");
  await expect(page.getByLabel("Role of Amina Otieno")).toHaveValue("host");
  await expect(page.getByLabel("Role of Grace Wanjiru")).toHaveValue("host");

  await page.goto(`/initiatives/${id}`);
  await expect(page.getByTestId("overdue-list")).toContainText("Budget approved");
  await expect(page.getByTestId("overdue-list")).toContainText(/Overdue by \d+ days?/);
  findings.push(...(await scanPage(page, "overview with overdue tasks")));

  await page.goto(`/initiatives/${id}/activities`);
  await new AppShell(page).switchLanguage("Svenska");
  await expect(page.getByRole("heading", { name: "Steg 2: Varaktig kontakt" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Planera en aktivitet" })).toBeVisible();
  findings.push(...(await scanPage(page, "timeline in Swedish")));
  await new AppShell(page).switchLanguage("English");
  expectNoFindings(findings);
  await context.close();
});
