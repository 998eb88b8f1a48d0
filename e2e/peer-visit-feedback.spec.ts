import { type APIRequestContext, type Browser, expect, test } from "@playwright/test";
import { type ScanFinding, scanPage } from "./pages/accessibility-scan";
import { signedInApi } from "./pages/api-helpers";
import {
  advanceVisit,
  demoPeer,
  draftKeysOnDevice,
  type OwnVisit,
  openVisitAs,
  PeerVisitRecordsPage,
  setUpVisitPhase,
  useEnglishFor,
} from "./pages/peer-visit-feedback-pages";
import { demoAccounts, SignInPage } from "./pages/sign-in-page";

function expectNoFindings(findings: ScanFinding[]) {
  expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
}

const erikWeakness =
  "Tonnage at the weighbridge is not recorded per route, so nobody sees which route leaves waste behind.";
const karinWeakness =
  "The weighbridge slips carry no route number, so the tonnage per route stays unknown.";

test("notes survive a dropped connection, peers check and give feedback, the moderator records the common understanding", async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const api = await signedInApi(playwright, baseURL ?? "", demoAccounts.facilitator);
  const visit = await setUpVisitPhase(api, `Route planning visit ${Date.now()}`);
  const restoreLocales = await useEnglishFor(playwright, baseURL ?? "", [
    "erik.lindqvist",
    "karin.sundberg",
    "lars.ek",
    "grace.wanjiru",
  ]);
  try {
    await runJourney(browser, api, visit);
  } finally {
    await restoreLocales();
    await api.dispose();
  }
});

test("a note left unsent on a shared computer is forgotten at sign-out, never sent for the next person", async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const api = await signedInApi(playwright, baseURL ?? "", demoAccounts.facilitator);
  const visit = await setUpVisitPhase(api, `Shared computer visit ${Date.now()}`);
  const restoreLocales = await useEnglishFor(playwright, baseURL ?? "", [
    "erik.lindqvist",
    "karin.sundberg",
  ]);
  const erik = await openVisitAs(browser, "erik.lindqvist", visit);
  try {
    const page = erik.page;
    const records = new PeerVisitRecordsPage(page);
    // The server cannot be reached for notes: the draft stays on this device, pending.
    await page.route("**/peer-visit/notes/*", (route) =>
      route.request().method() === "PUT" ? route.fulfill({ status: 503 }) : route.continue(),
    );
    await page.getByRole("button", { name: "New note" }).click();
    await records.noteBox().fill("Erik's confidential impression of the depot manager.");
    await expect(records.noteStatus()).toContainText("Not saved yet, will retry");
    await expect(page.getByTestId("notes-announcement")).toHaveText(
      "A note is not saved yet. It is kept on this device and will be sent again.",
    );
    expect(await draftKeysOnDevice(page)).toHaveLength(1);

    // Signing out asks first, since the note never reached the server; cancelling keeps it.
    const signOutButton = page.getByRole("banner").getByRole("button", { name: "Sign out" });
    await signOutButton.click();
    const ask = page.getByRole("dialog", { name: "Sign out and lose unsent notes?" });
    await expect(ask).toContainText("One note you typed on this device has not reached the server");
    const findings: ScanFinding[] = await scanPage(page, "sign out with an unsent note");
    expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
    await ask.getByRole("button", { name: "Cancel" }).click();
    await expect(ask).toBeHidden();
    expect(await draftKeysOnDevice(page)).toHaveLength(1);
    await signOutButton.click();
    await ask.getByRole("button", { name: "Sign out and delete them" }).click();
    await page.waitForURL(/\/sign-in/);
    expect(await draftKeysOnDevice(page)).toEqual([]);
    await page.unroute("**/peer-visit/notes/*");

    // Karin signs in on the same browser: nothing of Erik's is opened or saved under her name.
    await new SignInPage(page).signIn(demoPeer("karin.sundberg"));
    await page.goto(visit.path);
    await expect(page.getByRole("heading", { level: 3, name: "Notes and evidence" })).toBeVisible();
    await expect(page.getByText("No notes yet")).toBeVisible();
    await expect(records.noteBox()).toHaveCount(0);
    const notes = await api.get(`${visit.api}/notes`);
    expect(((await notes.json()) as { items: unknown[] }).items).toEqual([]);
  } finally {
    await erik.context.close();
    await restoreLocales();
    await api.dispose();
  }
});

test("a note changed elsewhere keeps the author's text; a note deleted elsewhere can be discarded", async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const api = await signedInApi(playwright, baseURL ?? "", demoAccounts.facilitator);
  const visit = await setUpVisitPhase(api, `Stale note visit ${Date.now()}`);
  const restoreLocales = await useEnglishFor(playwright, baseURL ?? "", ["erik.lindqvist"]);
  const erikApi = await signedInApi(playwright, baseURL ?? "", demoPeer("erik.lindqvist"));
  const noteUrl = `${visit.api}/notes/${crypto.randomUUID()}`;
  const save = (text: string, version: number) =>
    erikApi.put(noteUrl, { headers: { "X-Kollega-Csrf": "1" }, data: { text, version } });
  expect((await save("Depot opens at six.", 0)).status()).toBe(200);
  const erik = await openVisitAs(browser, "erik.lindqvist", visit);
  try {
    const page = erik.page;
    const records = new PeerVisitRecordsPage(page);
    await page.getByRole("button", { name: /^Edit “Depot opens/ }).click();
    await expect(records.noteBox()).toBeFocused();
    // Another tab saves the note meanwhile: this editor still holds version 1.
    expect((await save("Depot opens at six (other tab).", 1)).status()).toBe(200);
    await records.noteBox().fill("Depot opens at six; the first truck leaves at seven.");
    await expect(records.noteStatus()).toHaveText("Saved");
    const listed = await erikApi.get(`${visit.api}/notes`);
    const [note] = ((await listed.json()) as { items: { text: string; version: number }[] }).items;
    expect(note?.text).toBe("Depot opens at six; the first truck leaves at seven.");

    // The note is deleted elsewhere: the next save is refused for good, the draft can go.
    const deleted = await erikApi.delete(`${noteUrl}?version=${note?.version}`, {
      headers: { "X-Kollega-Csrf": "1" },
    });
    expect(deleted.status()).toBe(200);
    await records.noteBox().fill("Depot opens at six; trucks leave at seven.");
    await expect(records.noteStatus()).toContainText("Could not be saved.");
    await expect(page.getByTestId("notes-announcement")).toHaveText(
      "A note could not be saved. See the message under the note.",
    );
    expectNoFindings(await scanPage(page, "visit phase, note refused (peer)"));
    await page.getByRole("button", { name: "Discard my draft" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Discard my draft" }).click();
    await expect(records.noteBox()).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 3, name: "Notes and evidence" })).toBeFocused();
    expect(await draftKeysOnDevice(page)).toEqual([]);
  } finally {
    await erik.context.close();
    await erikApi.dispose();
    await restoreLocales();
    await api.dispose();
  }
});

async function runJourney(browser: Browser, api: APIRequestContext, visit: OwnVisit) {
  const findings: ScanFinding[] = [];

  // Visit phase: Erik takes a note tied to a criterion, loses the connection, keeps typing.
  const erik = await openVisitAs(browser, "erik.lindqvist", visit);
  const erikPage = new PeerVisitRecordsPage(erik.page);
  await expect(
    erik.page.getByRole("heading", { level: 3, name: "Notes and evidence" }),
  ).toBeVisible();
  findings.push(...(await scanPage(erik.page, "visit phase, empty (peer)")));
  await erik.page.getByRole("button", { name: "New note" }).click();
  await expect(erikPage.noteBox()).toBeFocused();
  await erik.page.getByLabel("Kind").selectOption("evidence");
  await erik.page.getByLabel(/^Self-assessment point/).selectOption("evidence_and_data");
  await erikPage.noteBox().fill("Weighbridge slips show truck and date only.");
  await expect(erikPage.noteStatus()).toHaveText("Saved");

  await erik.context.setOffline(true);
  await expect(erik.page.getByTestId("offline-notice")).toContainText("You are offline.");
  await erikPage
    .noteBox()
    .fill("Weighbridge slips show truck and date only. No route number anywhere.");
  await expect(erikPage.noteStatus()).toContainText("Not saved yet, will retry");
  await expect(erikPage.noteStatus()).toContainText("kept on this device");
  findings.push(...(await scanPage(erik.page, "visit phase, offline note (peer)")));
  await erik.context.setOffline(false);
  await expect(erikPage.noteStatus()).toHaveText("Saved");
  await expect(erik.page.getByTestId("offline-notice")).toHaveCount(0);
  await expect(erikPage.noteStatus()).not.toHaveAttribute("aria-live");
  await erik.page.getByRole("button", { name: "Done" }).click();
  // Focus lands on the closed note's Edit button, not on the page body.
  await expect(erik.page.getByRole("button", { name: /^Edit “Weighbridge/ })).toBeFocused();
  await erik.page.reload();
  const card = erik.page.getByTestId("note-card");
  await expect(card).toContainText("No route number anywhere.");
  await expect(card).toContainText("Evidence");
  await expect(card).toContainText("Visible to: you, the host, the moderator");

  // Peer check of the self-assessment.
  const check = erik.page.getByRole("group", { name: /^Evidence and data|^Evidence/ }).first();
  await check.getByLabel(/^Your rating/).selectOption("2");
  await check.getByLabel(/^Your comment/).fill("Some tonnage is weighed, just not per route.");
  await erik.page.getByRole("button", { name: "Save my check" }).click();
  await expect(
    erik.page.getByRole("status").filter({ hasText: "Your check is saved." }),
  ).toBeVisible();
  findings.push(...(await scanPage(erik.page, "visit phase, note and check (peer)")));

  // Feedback phase: two peers draft items, each sees a hint for a judgmental word and fixes it.
  await advanceVisit(api, visit);
  await erik.page.reload();
  await erikPage.draftFeedback("Weakness", "The route planning is terrible.");
  await expect(erikPage.hints()).toContainText("This word gives a verdict: terrible");
  findings.push(...(await scanPage(erik.page, "feedback phase, hint (peer)")));
  await erikPage.draftFeedback("Weakness", erikWeakness);
  await expect(erikPage.hints()).not.toContainText("gives a verdict");
  await erik.page.getByRole("button", { name: "Add feedback item" }).click();
  await expect(erik.page.getByTestId("feedback-item")).toContainText(erikWeakness);

  const karin = await openVisitAs(browser, "karin.sundberg", visit);
  const karinPage = new PeerVisitRecordsPage(karin.page);
  await karinPage.draftFeedback("Weakness", "Keeping route data this way is bad.");
  await expect(karinPage.hints()).toContainText("gives a verdict: bad");
  await karinPage.draftFeedback("Weakness", karinWeakness);
  await expect(karinPage.hints()).not.toContainText("gives a verdict");
  await karin.page.getByRole("button", { name: "Add feedback item" }).click();
  await expect(karin.page.getByTestId("feedback-item")).toHaveCount(1);
  await expect(karin.page.getByTestId("feedback-item")).toContainText(karinWeakness);
  await expect(karin.page.getByText(erikWeakness)).toHaveCount(0);
  await expect(karin.page.getByText("No route number anywhere.")).toHaveCount(0);
  findings.push(...(await scanPage(karin.page, "feedback phase, own items (peer)")));
  await karin.context.close();
  await erik.context.close();

  // The moderator's session: every item, the cluster, and the common understanding.
  const lars = await openVisitAs(browser, "lars.ek", visit);
  await expect(lars.page.getByRole("heading", { name: "All 2 feedback items" })).toBeVisible();
  await expect(lars.page.getByText(erikWeakness)).toHaveCount(2);
  const cluster = lars.page.getByTestId("feedback-cluster").filter({ hasText: "weighbridge" });
  await expect(cluster).toContainText("2 items");
  await cluster.getByRole("button", { name: /Use as agreed weakness/ }).click();
  await expect(lars.page.getByLabel("Weakness 1")).not.toHaveValue("");
  await lars.page.getByLabel("Weakness 1").fill("Tonnage is not recorded per route.");
  await lars.page.getByLabel("Strength 1").fill("Crews asked for the visit and want to learn.");
  await lars.page.getByRole("button", { name: "Add a strength" }).click();
  await lars.page
    .getByLabel("Strength 2")
    .fill("The council leadership follows the routes monthly.");
  findings.push(...(await scanPage(lars.page, "feedback phase, moderator session")));
  await lars.page.getByRole("button", { name: "Save common understanding" }).click();
  await expect(
    lars.page.getByRole("status").filter({ hasText: "The common understanding is saved." }),
  ).toBeVisible();
  await expect(lars.page.getByTestId("common-understanding")).toContainText("Recorded by");
  await lars.context.close();

  // The host reads what was agreed, beside all items.
  const grace = await openVisitAs(browser, "grace.wanjiru", visit);
  const agreed = grace.page.getByTestId("common-understanding");
  await expect(agreed).toContainText("Crews asked for the visit and want to learn.");
  await expect(agreed).toContainText("The council leadership follows the routes monthly.");
  await expect(agreed).toContainText("Tonnage is not recorded per route.");
  await expect(grace.page.getByRole("button", { name: "Save common understanding" })).toHaveCount(
    0,
  );
  await expect(grace.page.getByRole("button", { name: "Add feedback item" })).toHaveCount(0);
  findings.push(...(await scanPage(grace.page, "feedback phase, host")));
  await grace.context.close();
  expectNoFindings(findings);
}
