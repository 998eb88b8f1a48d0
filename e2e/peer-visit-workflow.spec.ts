import { type Browser, expect, test } from "@playwright/test";
import { type ScanFinding, scanPage } from "./pages/accessibility-scan";
import { demoInitiativeId } from "./pages/activity-pages";
import { signedInApi } from "./pages/api-helpers";
import {
  createPeerVisitActivity,
  isoDay,
  moveActivityDates,
  PeerVisitApi,
  PeerVisitPage,
} from "./pages/peer-visit-pages";
import { demoAccounts, SignInPage } from "./pages/sign-in-page";

const password = "kollega-demo";
const account = (key: string) => ({ email: `${key}@demo.kollega.test`, password });
const grace = account("grace.wanjiru");
const erik = account("erik.lindqvist");
const karin = account("karin.sundberg");
const lars = account("lars.ek");
const halima = account("halima.achieng");
const cast = {
  host: "grace.wanjiru",
  visitingPeers: ["erik.lindqvist", "karin.sundberg"],
  moderator: "lars.ek",
};
const suffix = Date.now().toString(36);
const title = `Peer visit: permit desk in Ziwani ${suffix}`;

/** Shared across the serial steps. */
const state = { initiativeId: "", activityId: "" };

function expectNoFindings(findings: ScanFinding[]) {
  expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
}

/**
 * Erik's own feedback items: focus moves into the editor when it opens, back to "Edit" when it
 * closes, and to the list's heading after a delete (whose dialog cannot be confirmed twice).
 */
async function checkErikFeedbackFocus(browser: Browser) {
  // Erik reads Kollega in Swedish.
  const erikView = await openAs(browser, erik);
  const { page } = erikView;
  const strength = page.getByTestId("feedback-item").filter({ hasText: "within two minutes" });
  await strength.getByRole("button", { name: /^Ändra/ }).click();
  const editor = page.getByRole("form", { name: "Ändra återkopplingspunkt" });
  await expect(editor.getByLabel(/^Din återkoppling/)).toBeFocused();
  await editor.getByRole("button", { name: "Avbryt" }).click();
  await expect(strength.getByRole("button", { name: /^Ändra/ })).toBeFocused();
  const idea = page.getByTestId("feedback-item").filter({ hasText: "at the bus stop" });
  await idea.getByRole("button", { name: /^Radera/ }).click();
  const dialog = page.getByRole("dialog", { name: "Radera återkopplingspunkten?" });
  await dialog.getByRole("button", { name: "Radera återkopplingspunkten" }).click();
  await expect(page.getByText("Återkopplingspunkten är raderad.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Dina återkopplingspunkter" })).toBeFocused();
  await expect(page.getByTestId("feedback-item").filter({ hasText: "bus stop" })).toHaveCount(0);
  await erikView.context.close();
}

async function openAs(browser: Browser, who: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new SignInPage(page).signIn(who);
  const visit = new PeerVisitPage(page);
  await visit.open(state.initiativeId, state.activityId);
  return { context, page, visit };
}

test.describe.configure({ mode: "serial" });

test("before the start a visiting peer sees an empty state; the host starts the visit", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const facilitator = await signedInApi(playwright, baseURL ?? "", demoAccounts.facilitator);
  state.initiativeId = await demoInitiativeId(facilitator);
  state.activityId = await createPeerVisitActivity(facilitator, state.initiativeId, {
    title,
    startsInDays: 120,
    cast,
  });
  await facilitator.dispose();
  const findings: ScanFinding[] = [];

  const peer = await openAs(browser, erik);
  await expect(
    peer.page.getByRole("heading", { name: "Kollegabesöket har inte startat ännu" }),
  ).toBeVisible();
  await expect(peer.page.getByRole("button", { name: "Starta kollegabesöket" })).toHaveCount(0);
  findings.push(...(await scanPage(peer.page, "not started, visiting peer")));
  await peer.context.close();

  const host = await openAs(browser, grace);
  await expect(host.page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  await expect(host.page.getByText("usually three to five months")).toBeVisible();
  findings.push(...(await scanPage(host.page, "not started, host")));
  await host.page.getByRole("button", { name: "Start the peer visit" }).click();
  await expect(host.visit.toast("The peer visit has started.")).toBeVisible();
  await expect(host.visit.currentStep()).toContainText("Preparation");
  await expect(host.visit.gates).toContainText("The host has not yet named the area");
  await expect(host.visit.gates).toContainText("readiness self-assessment is not finished");
  await expect(host.page.getByText("Your part")).toBeVisible();
  await expect(host.page.locator("dd").filter({ hasText: /^Host$/ })).toBeVisible();
  expectNoFindings(findings);
  await host.context.close();
});

test("the host prepares: area, readiness, timeline and who does what, with errors and a conflict", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const findings: ScanFinding[] = [];
  const { context, page, visit } = await openAs(browser, grace);
  await page.getByLabel(/^Area to improve/).fill("How the permit desk plans its opening hours");
  await visit.rateAllCriteria("Largely in place");
  await expect(page.getByTestId("readiness-progress")).toHaveText("6 of 6 points rated.");
  await page
    .getByLabel(/^Comment/)
    .first()
    .fill("The mayor chairs the service board.");
  await visit.addMilestone(1, "Self-assessment sent to the peers", isoDay(30));
  await visit.addMilestone(2, "Programme agreed", isoDay(60));
  await visit.addResponsibility(
    1,
    "Erik Lindqvist (Visiting peer)",
    "Sends the questions in advance",
  );
  await visit.addMilestone(3, "");
  await visit.savePreparation();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(
    summary.getByRole("link", { name: "Milestone 3: Fill in this field" }),
  ).toBeVisible();
  findings.push(...(await scanPage(page, "preparation with errors")));
  await page.getByRole("button", { name: "Remove milestone 3" }).click();
  await visit.savePreparation();
  await expect(visit.toast("The preparation has been saved.")).toBeVisible();
  await expect(visit.gates).toHaveCount(0);
  await expect(page.getByLabel("Milestone 2", { exact: true })).toHaveValue("Programme agreed");
  findings.push(...(await scanPage(page, "preparation saved")));

  // Someone else (the facilitator) saves in between: the host's next save is told, the visit is
  // reloaded with the facilitator's milestone, and what the host typed stays on top of it.
  const facilitator = await signedInApi(playwright, baseURL ?? "", demoAccounts.facilitator);
  const api = new PeerVisitApi(facilitator, state.initiativeId, state.activityId);
  await api.patchPreparation({
    timeline: [
      { label: "Self-assessment sent to the peers", dueOn: isoDay(30) },
      { label: "Programme agreed", dueOn: isoDay(60) },
      { label: "Flights booked", dueOn: isoDay(75) },
    ],
  });
  await facilitator.dispose();
  await page.getByLabel(/^Area to improve/).fill("Opening hours of the permit desk");
  await visit.savePreparation();
  await expect(page.getByTestId("preparation-conflict")).toContainText(
    "Someone else saved the preparation in the meantime",
  );
  await expect(page.getByTestId("preparation-conflict")).toContainText(
    "your own changes kept on top",
  );
  await expect(page.getByLabel("Milestone 3", { exact: true })).toHaveValue("Flights booked");
  await expect(page.getByLabel(/^Area to improve/)).toHaveValue("Opening hours of the permit desk");
  findings.push(...(await scanPage(page, "preparation conflict")));
  await visit.savePreparation();
  await expect(visit.toast("The preparation has been saved.")).toBeVisible();
  await expect(page.getByTestId("preparation-conflict")).toHaveCount(0);
  // The form is not rebuilt by the save: focus stays on the Save button.
  await expect(page.getByRole("button", { name: "Save the preparation" })).toBeFocused();
  await page.reload();
  await expect(page.getByLabel(/^Area to improve/)).toHaveValue("Opening hours of the permit desk");
  await expect(page.getByLabel("Milestone 3", { exact: true })).toHaveValue("Flights booked");

  // A reload that fails after a save keeps the page (and what is typed) and says so.
  const isVisitRead = (url: URL) => url.pathname.endsWith("/peer-visit");
  await page.route(isVisitRead, (route) =>
    route.request().method() === "GET" ? route.abort() : route.continue(),
  );
  await page.getByLabel("Milestone 3", { exact: true }).fill("Flights and hotel booked");
  await visit.savePreparation();
  await expect(visit.toast("The preparation has been saved.")).toBeVisible();
  await expect(page.getByTestId("visit-reload-failed")).toBeVisible();
  await expect(page.getByLabel("Milestone 3", { exact: true })).toHaveValue(
    "Flights and hotel booked",
  );
  findings.push(...(await scanPage(page, "visit reload failed")));
  await page.unroute(isVisitRead);
  await page.getByTestId("visit-reload-failed").getByRole("button", { name: "Try again" }).click();
  await expect(page.getByTestId("visit-reload-failed")).toHaveCount(0);
  await expect(page.getByLabel("Milestone 3", { exact: true })).toHaveValue(
    "Flights and hotel booked",
  );
  expectNoFindings(findings);
  await context.close();
});

test("a visit dated soon warns that the preparation time is short", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const facilitator = await signedInApi(playwright, baseURL ?? "", demoAccounts.facilitator);
  const soonId = await createPeerVisitActivity(facilitator, state.initiativeId, {
    title: `Peer visit soon ${suffix}`,
    startsInDays: 20,
    cast,
  });
  await new PeerVisitApi(facilitator, state.initiativeId, soonId).start("Queue at the desk");
  await facilitator.dispose();
  const context = await browser.newContext();
  const page = await context.newPage();
  await new SignInPage(page).signIn(grace);
  await new PeerVisitPage(page).open(state.initiativeId, soonId);
  await expect(page.getByTestId("preparation-warnings")).toContainText(
    "Only 20 days are left before the visit.",
  );
  expectNoFindings(await scanPage(page, "preparation with a short-time warning"));
  await context.close();
});

test("the host moves to the visit, goes back with a reason and on again; the moderator may move on once it has begun", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const findings: ScanFinding[] = [];
  const host = await openAs(browser, grace);
  await host.visit.advanceTo("Visit");
  await expect(host.visit.toast("The visit is now in the Visit phase.")).toBeVisible();
  await expect(host.visit.currentStep()).toContainText("Visit");
  await expect(host.visit.gates).toContainText("The visit only begins on");
  await host.page.getByText("Go back to an earlier phase").click();
  await host.page.getByRole("button", { name: "Go back to this phase" }).click();
  const summary = host.page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(
    summary.getByRole("link", { name: "Why are you going back?: Fill in this field" }),
  ).toBeVisible();
  findings.push(...(await scanPage(host.page, "visit phase, reopen with errors")));
  await host.page
    .getByLabel("Why are you going back?")
    .fill("The peers asked for the floor plan first.");
  await host.page.getByRole("button", { name: "Go back to this phase" }).click();
  await expect(host.visit.toast("The visit is back in the Preparation phase.")).toBeVisible();
  await expect(host.visit.history).toContainText("took the visit back from Visit to Preparation");
  await expect(host.visit.history).toContainText("The peers asked for the floor plan first.");
  await host.visit.advanceTo("Visit");
  await expect(host.visit.currentStep()).toContainText("Visit");
  await host.context.close();

  const moderator = await openAs(browser, lars);
  await moderator.visit.advanceTo("Återkoppling", "sv");
  await expect(moderator.visit.refusal).toContainText("Besöket börjar först");
  findings.push(...(await scanPage(moderator.page, "visit phase, refused move")));
  const facilitator = await signedInApi(playwright, baseURL ?? "", demoAccounts.facilitator);
  await moveActivityDates(facilitator, state.initiativeId, state.activityId, -2);
  await facilitator.dispose();
  await moderator.page.reload();
  await expect(moderator.visit.gates).toHaveCount(0);
  await moderator.visit.advanceTo("Återkoppling", "sv");
  await expect(moderator.visit.toast("Besöket är nu i fasen Återkoppling.")).toBeVisible();
  await expect(moderator.visit.currentStep()).toContainText("Återkoppling");
  expectNoFindings(findings);
  await moderator.context.close();
});

test("follow-up: actions, an adaptation, closing, the PDF report and sharing it with the authoriser", async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.slow(); // several people and page states on a shared, busy machine
  const url = baseURL ?? "";
  const visitApi = async (who: { email: string; password: string }) =>
    new PeerVisitApi(await signedInApi(playwright, url, who), state.initiativeId, state.activityId);
  const erikApi = await visitApi(erik);
  await erikApi.giveFeedback(
    "strength",
    "The desk answered every caller within two minutes on Tuesday.",
  );
  const karinApi = await visitApi(karin);
  await karinApi.giveFeedback(
    "weakness",
    "The desk closed at 14:00 while 23 people were still queuing.",
  );
  await erikApi.giveFeedback("idea", "Post the opening hours at the bus stop.");
  await checkErikFeedbackFocus(browser);
  const larsApi = await visitApi(lars);
  await larsApi.recordUnderstanding(
    ["Callers get answers quickly"],
    ["Opening hours do not match the queue"],
  );
  await larsApi.advance();
  await Promise.all([erikApi.api.dispose(), larsApi.api.dispose()]);
  const findings: ScanFinding[] = [];

  const host = await openAs(browser, grace);
  await expect(host.visit.currentStep()).toContainText("Follow-up");
  await host.page
    .getByLabel("Action", { exact: true })
    .fill("Open the desk until 16:00 on Fridays");
  await host.page.getByRole("button", { name: "Add the action" }).click();
  const summary = host.page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary.getByRole("link", { name: "Owner: Fill in this field" })).toBeVisible();
  findings.push(...(await scanPage(host.page, "follow-up with errors")));
  await host.page.getByLabel("Owner", { exact: true }).fill("Grace Wanjiru");
  await host.page.getByLabel(/^Due date/).fill(isoDay(40));
  await host.page.getByRole("button", { name: "Add the action" }).click();
  await expect(
    host.visit.toast("“Open the desk until 16:00 on Fridays” has been added."),
  ).toBeVisible();
  const actions = host.page.getByTestId("improvement-actions");
  await host.page
    .getByRole("button", { name: "Edit Open the desk until 16:00 on Fridays" })
    .click();
  // Focus follows the inline editor: into its first field, back to "Edit" once saved.
  await expect(actions.getByLabel("Action", { exact: true })).toBeFocused();
  await actions.getByLabel("Status").selectOption({ label: "Under way" });
  await actions.getByRole("button", { name: "Save the action" }).click();
  await expect(actions.getByRole("heading", { name: /Open the desk.*Under way/ })).toBeVisible();
  await expect(
    host.page.getByRole("button", { name: "Edit Open the desk until 16:00 on Fridays" }),
  ).toBeFocused();
  await host.page.getByLabel("Action", { exact: true }).fill("Survey callers");
  await host.page.getByLabel("Owner", { exact: true }).fill("Grace Wanjiru");
  await host.page.getByRole("button", { name: "Add the action" }).click();
  await host.page.getByRole("button", { name: "Remove Survey callers" }).click();
  const removeDialog = host.page.getByRole("dialog", { name: "Remove this improvement action?" });
  await removeDialog.getByRole("button", { name: "Remove the action" }).click();
  await expect(host.visit.toast("“Survey callers” has been removed.")).toBeVisible();
  await expect(actions.getByRole("listitem")).toHaveCount(1);
  await expect(host.page.getByRole("heading", { name: "Improvement actions" })).toBeFocused();
  findings.push(...(await scanPage(host.page, "follow-up with an action")));

  const peer = await openAs(browser, karin);
  await peer.page
    .getByLabel(/^Det här tar jag med mig hem/)
    .fill("Publish queue times on the council website.");
  await peer.page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(
    peer.visit.toast("Din anteckning om vad du tar med dig hem har sparats."),
  ).toBeVisible();
  await expect(
    peer.page
      .getByRole("region", { name: "Vad de besökande kollegorna tar med sig hem" })
      .getByText("Synligt för: dig, värden, moderatorn och initiativets samordnare"),
  ).toBeVisible();
  findings.push(...(await scanPage(peer.page, "follow-up, visiting peer")));
  await peer.context.close();

  const authoriser = await signedInApi(playwright, url, halima);
  const listPath = `/api/initiatives/${state.initiativeId}/peer-visits`;
  type Row = { activityId: string; canReadReport: boolean };
  const listed = async () =>
    ((await (await authoriser.get(listPath)).json()) as { items: Row[] }).items.find(
      (row) => row.activityId === state.activityId,
    );
  expect(await listed()).toBeUndefined();

  await host.page.reload();
  await expect(host.page.getByText("Publish queue times on the council website.")).toBeVisible();
  await host.visit.advanceTo("Closed");
  await expect(host.page.getByText("The peer visit is closed.")).toBeVisible();
  await expect(host.page.getByRole("button", { name: "Add the action" })).toHaveCount(0);
  const pdfLink = host.page.getByRole("link", { name: "Download the report as PDF" });
  const href = await pdfLink.getAttribute("href");
  expect(href).toContain("lang=en");
  const pdf = await host.page.request.get(href ?? "");
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  await host.page.getByRole("button", { name: "Share the report with the initiative" }).click();
  const shareDialog = host.page.getByRole("dialog", {
    name: "Share the report with the whole initiative?",
  });
  await expect(shareDialog).toContainText("including authorisers and observers");
  await shareDialog.getByRole("button", { name: "Share the report" }).click();
  await expect(
    host.visit.toast("The report is now shared with every member of the initiative."),
  ).toBeVisible();
  await expect(host.page.locator("#report-visible-to")).toContainText(
    "all members of the initiative",
  );
  findings.push(...(await scanPage(host.page, "closed, report shared")));
  await host.context.close();

  expect(await listed()).toMatchObject({ canReadReport: true });
  await authoriser.dispose();
  const reader = await openAs(browser, halima);
  await expect(
    reader.page.getByText("Only the people taking part in this peer visit"),
  ).toBeVisible();
  await expect(reader.page.getByRole("link", { name: "Download the report as PDF" })).toBeVisible();
  findings.push(...(await scanPage(reader.page, "authoriser outside the circle")));
  expectNoFindings(findings);
  await reader.context.close();
  await karinApi.api.dispose();
});

test("an unknown activity shows that nothing was found", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new SignInPage(page).signIn(demoAccounts.facilitator);
  await new PeerVisitPage(page).open(state.initiativeId, "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
  await expect(page.getByText("We could not find what you were looking for.")).toBeVisible();
  expectNoFindings(await scanPage(page, "unknown activity"));
  await context.close();
});
