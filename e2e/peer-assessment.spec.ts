import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import { type ScanFinding, scanPage } from "./pages/accessibility-scan";
import { demoInitiativeId, toast } from "./pages/activity-pages";
import { signedInApi } from "./pages/api-helpers";
import { createAssessmentActivityByApi, PeerAssessmentPage } from "./pages/peer-assessment-pages";
import { demoAccounts, SignInPage } from "./pages/sign-in-page";

const password = "kollega-demo";
const host = { email: "peter.mwangi@demo.kollega.test", password };
const visitor = { email: "amina.otieno@demo.kollega.test", password };
const outsider = { email: "grace.wanjiru@demo.kollega.test", password };
const authoriser = { email: "halima.achieng@demo.kollega.test", password };
const title = `Peer assessment of the waste plans ${Date.now().toString(36)}`;
const hostsAssessed = "The visiting peers assess the hosts' plan";
const questions = {
  challenge: "In your own words, what challenge is your partner taking on?",
  learnt: "What did your partner's project plan teach you? What caught your interest most?",
  surprised: "Was there anything that surprised you?",
  suggestions: "Do you have ideas that could sharpen the problem statement or the goals?",
};

/** Shared across the serial steps: the demo initiative and the activity the journey plans. */
const state = { initiativeId: "", activityId: "" };

test.describe.configure({ mode: "serial" });

function expectNoFindings(findings: ScanFinding[]) {
  expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
}

async function openAs(browser: Browser, account: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new SignInPage(page).signIn(account);
  const assessment = new PeerAssessmentPage(page);
  await assessment.goto(state.initiativeId, state.activityId);
  return { context, page, assessment };
}

async function apiAs(
  playwright: Parameters<typeof signedInApi>[0],
  baseURL: string | undefined,
  account: { email: string; password: string },
) {
  return signedInApi(playwright, baseURL ?? "", account);
}

test("before set-up: participants see an empty state, the facilitator sets it up", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const api = await apiAs(playwright, baseURL, demoAccounts.facilitator);
  state.initiativeId = await demoInitiativeId(api);
  state.activityId = await createAssessmentActivityByApi(api, state.initiativeId, {
    title,
    hostEmail: host.email,
    visitorEmail: visitor.email,
  });
  await api.dispose();
  const findings: ScanFinding[] = [];

  const peer = await openAs(browser, visitor);
  await expect(
    peer.page.getByRole("heading", { name: "The peer assessment has not been set up yet" }),
  ).toBeVisible();
  await expect(peer.page.getByRole("button", { name: "Set up the peer assessment" })).toHaveCount(
    0,
  );
  await expect(peer.page.getByRole("link", { name: title })).toBeVisible();
  findings.push(...(await scanPage(peer.page, "not set up (visiting peer)")));
  await peer.context.close();

  const { context, page } = await openAs(browser, demoAccounts.facilitator);
  await expect(
    page.getByRole("heading", { name: "How a structured peer assessment works" }),
  ).toBeVisible();
  await expect(page.getByRole("radio", { name: hostsAssessed })).toBeChecked();
  findings.push(...(await scanPage(page, "set-up form (facilitator)")));
  await page.getByRole("button", { name: "Set up the peer assessment" }).click();
  await expect(toast(page, "The peer assessment has been set up.")).toBeVisible();
  await expect(page.getByRole("region", { name: hostsAssessed })).toContainText(
    "Draft: 0 of 4 questions answered",
  );
  await expect(
    page.getByRole("button", { name: "Let the hosts assess the visiting peers' plan too" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Write the plan" })).toHaveCount(2);
  findings.push(...(await scanPage(page, "set up, plans empty (facilitator)")));
  expectNoFindings(findings);
  await context.close();
});

async function writeHostPlan(page: Page, assessment: PeerAssessmentPage, findings: ScanFinding[]) {
  const card = assessment.planCard("The hosts' project plan");
  await expect(card).toContainText("Presented by Peter Mwangi");
  await assessment.savePlan(card, {
    title: "Collection routes for Ziwani's settlements",
    text: "Map the routes, price the service, start with two wards.",
    url: "not a link",
  });
  await expect(
    assessment
      .errorSummary()
      .getByRole("link", { name: "Link to the plan document: This is not in the expected format" }),
  ).toBeVisible();
  findings.push(...(await scanPage(page, "plan form with a field error (host)")));
  await card.getByLabel(/^Link to the plan document/).fill("https://example.org/ziwani-plan");
  await card.getByRole("button", { name: "Save the plan" }).click();
  await expect(toast(page, "The plan has been saved.")).toBeVisible();
  await expect(
    card.getByRole("heading", { name: "Collection routes for Ziwani's settlements" }),
  ).toBeVisible();
}

/**
 * The host edits the plan while the presentation date is changed in the same card and while the
 * facilitator saves a newer version: the typed values survive both, the facilitator's change to
 * a field the host left alone is adopted, and saving again replaces the facilitator's version.
 */
async function editWhileOthersChange(
  playwright: Parameters<typeof apiAs>[0],
  baseURL: string | undefined,
  assessment: PeerAssessmentPage,
  card: Locator,
) {
  const typedText = "Map the routes ward by ward, then price the service per household.";
  await card.getByRole("button", { name: "Edit the plan" }).click();
  await expect(card.getByLabel("Title of the plan")).toBeFocused();
  await card.getByLabel(/^The plan/).fill(typedText);
  await assessment.recordPresentation(card, "2026-11-18", "18 Nov 2026");
  await expect(card.getByLabel(/^The plan/)).toHaveValue(typedText);

  const api = await apiAs(playwright, baseURL, demoAccounts.facilitator);
  const path = `/api/initiatives/${state.initiativeId}/activities/${state.activityId}/peer-assessment`;
  const current = (await (await api.get(path)).json()) as {
    plans: { side: string; version: number; text: string }[];
  };
  const plan = current.plans.find((p) => p.side === "partner_a");
  const changed = await api.put(`${path}/plans/partner_a`, {
    headers: { "X-Kollega-Csrf": "1" },
    data: {
      title: "Collection routes and tariffs",
      text: plan?.text ?? "",
      url: "https://example.org/ziwani-tariffs",
      version: plan?.version ?? 0,
    },
  });
  expect(changed.status()).toBe(200);
  await api.dispose();
  await card.getByLabel("Title of the plan").fill("Collection routes, second draft");
  await card.getByRole("button", { name: "Save the plan" }).click();
  await expect(assessment.errorSummary()).toContainText(
    "Someone else changed this plan in the meantime. Your changes are still in the form",
  );
  await expect(card.getByLabel("Title of the plan")).toHaveValue("Collection routes, second draft");
  await expect(card.getByLabel(/^The plan/)).toHaveValue(typedText);
  await expect(card.getByLabel(/^Link to the plan document/)).toHaveValue(
    "https://example.org/ziwani-tariffs",
  );
  await card.getByRole("button", { name: "Save the plan" }).click();
  await expect(
    card.getByRole("heading", { name: "Collection routes, second draft" }),
  ).toBeVisible();
  await expect(card.getByRole("button", { name: "Edit the plan" })).toBeFocused();
}

test("each side writes its plan and records its presentation; edits survive reloads", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const findings: ScanFinding[] = [];
  const { context, page, assessment } = await openAs(browser, host);
  await expect(
    assessment.planCard("The visiting peers' project plan").getByLabel("Title of the plan"),
  ).toHaveCount(0);
  await writeHostPlan(page, assessment, findings);
  const card = assessment.planCard("The hosts' project plan");
  await assessment.recordPresentation(card, "2026-11-16", "16 Nov 2026");

  await editWhileOthersChange(playwright, baseURL, assessment, card);
  await expect(assessment.direction(hostsAssessed)).toContainText(
    "You will read these answers once the visiting peers have submitted them.",
  );
  findings.push(...(await scanPage(page, "plan edited through a reload (host)")));
  await context.close();

  const peer = await openAs(browser, visitor);
  const own = peer.assessment.planCard("The visiting peers' project plan");
  await peer.assessment.savePlan(own, {
    title: "Food waste sorting in Sjöby",
    text: "Reach the households that do not sort yet.",
    url: "",
  });
  await expect(toast(peer.page, "The plan has been saved.")).toBeVisible();
  await peer.assessment.recordPresentation(own, "2026-11-17", "17 Nov 2026");
  expectNoFindings(findings);
  await peer.context.close();
});

test("the visiting peers answer the four questions and submit; the hosts then read them", async ({
  browser,
}) => {
  const findings: ScanFinding[] = [];
  const { context, page, assessment } = await openAs(browser, visitor);
  const section = assessment.direction(hostsAssessed);
  await section.getByLabel(questions.challenge).fill("Collecting waste where trucks cannot go.");
  await section.getByLabel(questions.learnt).fill("Pricing by ward makes the cost visible.");
  await section.getByRole("button", { name: "Save draft" }).click();
  await expect(toast(page, "Your draft has been saved.")).toBeVisible();
  await expect(section).toContainText("Draft: 2 of 4 questions answered");

  await section.getByRole("button", { name: "Submit the answers" }).click();
  await expect(
    assessment.errorSummary().getByRole("link", {
      name: `${questions.surprised}: Answer this question before you submit`,
    }),
  ).toBeVisible();
  findings.push(...(await scanPage(page, "answers with unanswered questions (visiting peer)")));
  await section.getByLabel(questions.surprised).fill("Hand carts beat trucks in the narrow lanes.");
  await section.getByLabel(questions.suggestions).fill("Name one target per ward for 2027.");
  await section.getByRole("button", { name: "Submit the answers" }).click();
  const dialog = page.getByRole("dialog", { name: "Submit the answers?" });
  await expect(dialog).toBeVisible();
  findings.push(...(await scanPage(page, "submit confirmation (visiting peer)")));
  await dialog.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(toast(page, "The answers have been submitted.")).toBeVisible();
  await expect(section).toContainText("Submitted on");
  await expect(section.getByRole("heading", { name: hostsAssessed })).toBeFocused();
  await expect(section.getByRole("textbox")).toHaveCount(0);
  await context.close();

  const hostView = await openAs(browser, host);
  const read = hostView.assessment.direction(hostsAssessed);
  await expect(read.getByText("Hand carts beat trucks in the narrow lanes.")).toBeVisible();
  await expect(read.getByText("Name one target per ward for 2027.")).toBeVisible();
  await expect(read).toContainText(
    "Visible to: the visiting peers, the hosts, the moderator and the initiative's facilitators",
  );
  const card = hostView.assessment.planCard("The hosts' project plan");
  await expect(card.getByRole("button", { name: "Edit the plan" })).toHaveCount(0);
  await expect(card).toContainText("the plan and its presentation date stay as they were assessed");
  findings.push(...(await scanPage(hostView.page, "submitted answers (host)")));
  await toggleReverseDirection(hostView.page, findings);
  expectNoFindings(findings);
  await hostView.context.close();
});

/** The hosts add the optional reverse direction, see its form, then remove it again. */
async function toggleReverseDirection(page: Page, findings: ScanFinding[]) {
  await page
    .getByRole("button", { name: "Let the hosts assess the visiting peers' plan too" })
    .click();
  await expect(toast(page, "The reverse direction has been added.")).toBeVisible();
  const reverse = page.getByRole("region", { name: "The hosts assess the visiting peers' plan" });
  await expect(reverse).toContainText("Optional");
  await expect(reverse.getByLabel(questions.suggestions)).toBeVisible();
  await expect(reverse).toContainText(
    "Visible to: the hosts, the moderator and the initiative's facilitators",
  );
  findings.push(...(await scanPage(page, "reverse direction added (host)")));
  await page.getByRole("button", { name: "Remove the reverse direction" }).click();
  const dialog = page.getByRole("dialog", { name: "Remove the reverse direction?" });
  await dialog.getByRole("button", { name: "Remove", exact: true }).click();
  await expect(toast(page, "The reverse direction has been removed.")).toBeVisible();
  await expect(reverse).toHaveCount(0);
}

test("a peer who takes no part and an authoriser are refused", async ({ browser }) => {
  const findings: ScanFinding[] = [];
  for (const account of [outsider, authoriser]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await new SignInPage(page).signIn(account);
    await page.goto(
      `/initiatives/${state.initiativeId}/activities/${state.activityId}/peer-assessment`,
    );
    await expect(page.getByRole("alert")).toContainText("You do not have permission to do this.");
    await expect(
      page.getByText(
        "Only the people taking part in this activity and the initiative's facilitators",
      ),
    ).toBeVisible();
    await expect(page.getByText("Hand carts beat trucks")).toHaveCount(0);
    if (account === outsider) findings.push(...(await scanPage(page, "refused (peer)")));
    await context.close();
  }
  expectNoFindings(findings);
});
