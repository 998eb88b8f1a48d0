import { type Browser, expect, test } from "@playwright/test";
import { type ScanFinding, scanPage } from "./pages/accessibility-scan";
import { demoInitiativeId, toast } from "./pages/activity-pages";
import { signedInApi } from "./pages/api-helpers";
import {
  addAgendaItemByApi,
  addParticipantByApi,
  daysFromToday,
  personIdOf,
  planActivityByApi,
  ShadowingPage,
} from "./pages/shadowing-pages";
import { demoAccounts, SignInPage } from "./pages/sign-in-page";

const password = "kollega-demo";
const amina = { email: "amina.otieno@demo.kollega.test", password };
const grace = { email: "grace.wanjiru@demo.kollega.test", password };
const halima = { email: "halima.achieng@demo.kollega.test", password };
const observation = "The permit desk answers every caller within two rings using a shared rota.";
const idea = "Try the shared phone rota in our own customer service.";

function expectNoFindings(findings: ScanFinding[]) {
  expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
}

async function signedInPage(browser: Browser, account: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new SignInPage(page).signIn(account);
  return { context, page };
}

/** Shared across the serial steps: the activity the journey creates. */
const state = { activityUrl: "", apiPath: "" };

test.describe.configure({ mode: "serial" });

test("the facilitator sets up the work shadowing with its focus", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const api = await signedInApi(playwright, baseURL ?? "", demoAccounts.facilitator);
  const initiativeId = await demoInitiativeId(api);
  const startsOn = daysFromToday(40);
  const activityId = await planActivityByApi(api, initiativeId, {
    formatKey: "work_shadowing",
    title: `Shadowing the permit desk ${Date.now().toString(36)}`,
    startsOn,
    endsOn: daysFromToday(42),
  });
  state.apiPath = `/api/initiatives/${initiativeId}/activities/${activityId}`;
  state.activityUrl = `/initiatives/${initiativeId}/activities/${activityId}`;
  await addParticipantByApi(
    api,
    state.apiPath,
    await personIdOf(api, initiativeId, grace.email),
    "host",
  );
  await addParticipantByApi(
    api,
    state.apiPath,
    await personIdOf(api, initiativeId, amina.email),
    "visiting_peer",
  );
  await addAgendaItemByApi(api, state.apiPath, {
    title: "Morning at the permit desk",
    dayOn: startsOn,
    startTime: "08:00",
    endTime: "12:00",
  });
  await api.dispose();

  const { context, page } = await signedInPage(browser, demoAccounts.facilitator);
  const shadowing = new ShadowingPage(page);
  const findings: ScanFinding[] = [];
  await shadowing.goto(state.activityUrl);
  const setup = page.getByRole("form", { name: "Set up the work shadowing" });
  await setup.getByRole("button", { name: "Set up the work shadowing" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(
    summary.getByRole("link", { name: "What the visitors follow: Fill in this field" }),
  ).toBeVisible();
  findings.push(...(await scanPage(page, "work shadowing set-up with errors")));

  await setup
    .getByLabel("What the visitors follow")
    .fill("How the permit desk handles an application");
  await setup.getByRole("button", { name: "Set up the work shadowing" }).click();
  await expect(toast(page, "The work shadowing has been set up.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Focus", exact: true })).toBeFocused();
  await expect(page.getByTestId("shadowing-focus")).toHaveText(
    "How the permit desk handles an application",
  );
  await expect(page.getByText("Morning at the permit desk")).toBeVisible();
  await expect(page.getByText("08:00–12:00")).toBeVisible();
  await expect(page.getByTestId("shadowing-warnings")).toContainText(
    "The activity lasts 3 days; work shadowing usually takes one or two (at most 2).",
  );
  await page.getByRole("button", { name: "Edit the focus" }).click();
  await expect(page.getByLabel("What the visitors follow")).toBeFocused();
  await page
    .getByLabel("What the visitors follow")
    .fill("How the permit desk handles an application, from intake to decision");
  await page.getByRole("button", { name: "Save the focus" }).click();
  await expect(toast(page, "The focus has been saved.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit the focus" })).toBeFocused();
  await expect(page.getByTestId("shadowing-focus")).toContainText("from intake to decision");
  findings.push(...(await scanPage(page, "work shadowing set up, facilitator")));
  expectNoFindings(findings);
  await context.close();
});

test("the visitor records, edits and deletes observations and ideas", async ({ browser }) => {
  const { context, page } = await signedInPage(browser, amina);
  const shadowing = new ShadowingPage(page);
  const findings: ScanFinding[] = [];
  await shadowing.goto(state.activityUrl);
  await expect(page.getByTestId("shadowing-visible-to")).toHaveText(
    /Visible to: you, the counterparts \(hosts\) and the initiative's facilitators/,
  );
  await expect(page.getByRole("button", { name: "Edit the focus" })).toHaveCount(0);
  await shadowing.addEntry("An observation", "The desk answers callers quickly.");
  await shadowing.addEntry("An idea to take home", idea);
  await expect(shadowing.group(/^Observation \(1\)$/)).toContainText("quickly");
  await expect(shadowing.group(/^Idea to take home \(1\)$/)).toContainText(idea);
  findings.push(...(await scanPage(page, "work shadowing, visitor with entries")));

  const first = shadowing.entryWith("The desk answers callers quickly.");
  await first.getByRole("button", { name: /^Edit/ }).click();
  const edit = page.getByRole("form", { name: "Edit the entry" });
  await expect(edit.getByLabel("Your words")).toBeFocused();
  await edit.getByLabel("Your words").fill(observation);
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(toast(page, "Your changes have been saved.")).toBeVisible();
  await expect(shadowing.entryWith(observation)).toContainText("edited");
  await expect(
    shadowing.entryWith(observation).getByRole("button", { name: /^Edit/ }),
  ).toBeFocused();

  await shadowing
    .entryWith(idea)
    .getByRole("button", { name: /^Delete/ })
    .click();
  const dialog = page.getByRole("dialog", { name: "Delete this entry?" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(shadowing.entryWith(idea)).toBeVisible();
  await shadowing
    .entryWith(idea)
    .getByRole("button", { name: /^Delete/ })
    .click();
  await dialog.getByRole("button", { name: "Delete the entry" }).click();
  await expect(toast(page, "The entry has been deleted.")).toBeVisible();
  await expect(shadowing.entryWith(idea)).toHaveCount(0);
  await expect(
    page.getByRole("heading", { name: "Observations and ideas to take home" }),
  ).toBeFocused();
  await expect(shadowing.group(/^Ideas to take home \(0\)$/)).toContainText("None yet.");
  await shadowing.addEntry("An idea to take home", "Publish waiting times on the website.");
  expectNoFindings(findings);
  await context.close();
});

test("the host reads the visitor's entries; an authoriser is refused", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const host = await signedInPage(browser, grace);
  const shadowing = new ShadowingPage(host.page);
  await shadowing.goto(state.activityUrl);
  await expect(shadowing.entryWith(observation)).toContainText("Amina Otieno");
  await expect(shadowing.entryWith("Publish waiting times")).toBeVisible();
  await expect(shadowing.entryWith(idea)).toHaveCount(0);
  await expect(host.page.getByTestId("shadowing-visible-to")).toHaveText(
    /Visible to: the visitor who wrote it, the counterparts \(hosts\) and the initiative's facilitators/,
  );
  await expect(host.page.getByText("Visitors do not see each other's entries.")).toBeVisible();
  await expect(host.page.getByRole("form", { name: /observation or an idea/ })).toHaveCount(0);
  await expect(shadowing.entries.getByRole("button", { name: /^Delete/ })).toHaveCount(0);
  await expect(host.page.getByRole("button", { name: "Edit the focus" })).toBeVisible();
  expectNoFindings(await scanPage(host.page, "work shadowing, host reading"));
  await host.context.close();

  const authoriser = await signedInPage(browser, halima);
  await authoriser.page.goto(`${state.activityUrl}/work-shadowing`);
  await expect(authoriser.page.getByRole("alert")).toHaveText(
    "Only the people taking part in this activity and the initiative's facilitators can open its work shadowing.",
  );
  await expect(authoriser.page.getByText(observation)).toHaveCount(0);
  expectNoFindings(await scanPage(authoriser.page, "work shadowing refused"));
  await authoriser.context.close();

  const api = await signedInApi(playwright, baseURL ?? "", halima);
  expect((await api.get(`${state.apiPath}/work-shadowing`)).status()).toBe(403);
  await api.dispose();
});
