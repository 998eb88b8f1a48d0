import { type Browser, expect, test } from "@playwright/test";
import { type ScanFinding, scanPage } from "./pages/accessibility-scan";
import { demoInitiativeId, toast } from "./pages/activity-pages";
import { signedInApi } from "./pages/api-helpers";
import {
  addParticipantByApi,
  daysFromToday,
  personIdOf,
  planActivityByApi,
} from "./pages/shadowing-pages";
import { demoAccounts, SignInPage } from "./pages/sign-in-page";
import { WorkshopPage } from "./pages/workshop-pages";

const amina = { email: "amina.otieno@demo.kollega.test", password: "kollega-demo" };
const insight = "Start from what already works: the weekly collection map is trusted by residents.";

function expectNoFindings(findings: ScanFinding[]) {
  expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
}

async function signedInPage(browser: Browser, account: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new SignInPage(page).signIn(account);
  return { context, page };
}

const state = { activityUrl: "" };

test.describe.configure({ mode: "serial" });

test("the facilitator chooses appreciative inquiry and a start time; the run sheet is timed", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const api = await signedInApi(playwright, baseURL ?? "", demoAccounts.facilitator);
  const initiativeId = await demoInitiativeId(api);
  const day = daysFromToday(45);
  const activityId = await planActivityByApi(api, initiativeId, {
    formatKey: "peer_learning_workshop",
    title: `Waste collection workshop ${Date.now().toString(36)}`,
    startsOn: day,
    endsOn: day,
  });
  const path = `/api/initiatives/${initiativeId}/activities/${activityId}`;
  state.activityUrl = `/initiatives/${initiativeId}/activities/${activityId}`;
  await addParticipantByApi(
    api,
    path,
    await personIdOf(api, initiativeId, amina.email),
    "visiting_peer",
  );
  await api.dispose();

  const { context, page } = await signedInPage(browser, demoAccounts.facilitator);
  const workshop = new WorkshopPage(page);
  const findings: ScanFinding[] = [];
  await workshop.goto(state.activityUrl);
  const setup = page.getByRole("form", { name: "Choose the workshop method" });
  await expect(setup.getByRole("radio", { name: "Reflecting team" })).toBeChecked();
  findings.push(...(await scanPage(page, "workshop set-up")));
  await workshop.chooseMethod(setup, "Appreciative inquiry", "13:00");
  await setup.getByRole("button", { name: "Save the method" }).click();
  await expect(toast(page, "The workshop method has been chosen.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Method: Appreciative inquiry" })).toBeVisible();
  await expect(page.getByTestId("workshop-times")).toHaveText(
    "The whole method takes 110 minutes. It runs from 13:00 to 14:50.",
  );
  await expect(workshop.steps).toHaveCount(5);
  await expect(workshop.steps.first()).toContainText("Step 1 13:00–13:10");
  await expect(workshop.steps.nth(1)).toContainText("Step 2 13:10–13:40");
  await expect(workshop.steps.last()).toContainText("Step 5 14:30–14:50");
  await expect(workshop.steps.nth(1)).toContainText("Led by: Interview pair");

  await page.getByRole("button", { name: "Change the method or start time" }).click();
  const change = page.getByRole("form", { name: "Change the method or start time" });
  await expect(change.getByRole("radio", { name: "Appreciative inquiry" })).toBeChecked();
  await expect(change.getByRole("radio", { name: "Appreciative inquiry" })).toBeFocused();
  await change.getByLabel(/^Start time/).fill("09:30");
  await change.getByRole("button", { name: "Save the change" }).click();
  await expect(toast(page, "The workshop has been updated.")).toBeVisible();
  await expect(workshop.steps.first()).toContainText("Step 1 09:30–09:40");
  await expect(page.getByRole("button", { name: "Change the method or start time" })).toBeFocused();
  await expect(page.getByRole("heading", { name: "Nothing captured yet" })).toBeVisible();
  findings.push(...(await scanPage(page, "workshop with run sheet")));
  expectNoFindings(findings);
  await context.close();
});

test("a participant captures an output and the facilitator sees it", async ({ browser }) => {
  const peer = await signedInPage(browser, amina);
  const workshop = new WorkshopPage(peer.page);
  await workshop.goto(state.activityUrl);
  await expect(
    peer.page.getByRole("button", { name: "Change the method or start time" }),
  ).toHaveCount(0);
  await expect(workshop.steps.first()).toContainText("Step 1 09:30–09:40");
  const form = peer.page.getByRole("form", { name: "Capture an output" });
  await form.getByRole("button", { name: "Capture", exact: true }).click();
  await expect(
    peer.page
      .getByRole("alert")
      .getByRole("link", { name: "What was said or agreed: Fill in this field" }),
  ).toBeVisible();
  await workshop.capture("Insight", /^Step 2:/, insight);
  await expect(toast(peer.page, "The output has been captured.")).toBeVisible();
  const captured = workshop.outputs.filter({ hasText: insight });
  await expect(captured).toContainText("Amina Otieno · Step 2");
  await expect(peer.page.getByRole("heading", { name: "Insight (1)" })).toBeVisible();
  expectNoFindings(await scanPage(peer.page, "workshop with an output, participant"));
  await peer.context.close();

  const facilitator = await signedInPage(browser, demoAccounts.facilitator);
  const seen = new WorkshopPage(facilitator.page);
  await seen.goto(state.activityUrl);
  const output = seen.outputs.filter({ hasText: insight });
  await expect(output).toContainText("Amina Otieno");
  await output.getByRole("button", { name: /^Edit/ }).click();
  const edit = facilitator.page.getByRole("form", { name: "Edit the output" });
  await expect(edit.getByLabel("What was said or agreed")).toBeFocused();
  await edit.getByLabel("Kind of output").selectOption({ label: "Agreed action" });
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(toast(facilitator.page, "The output has been saved.")).toBeVisible();
  await expect(facilitator.page.getByRole("heading", { name: "Agreed action (1)" })).toBeVisible();
  await seen.outputs
    .filter({ hasText: insight })
    .getByRole("button", { name: /^Delete/ })
    .click();
  await facilitator.page
    .getByRole("dialog", { name: "Delete this output?" })
    .getByRole("button", { name: "Delete the output" })
    .click();
  await expect(toast(facilitator.page, "The output has been deleted.")).toBeVisible();
  await expect(seen.outputs).toHaveCount(0);
  await expect(
    facilitator.page.getByRole("heading", { name: "Outputs from the room" }),
  ).toBeFocused();
  await facilitator.context.close();
});
