import { type Browser, expect, type Page, test } from "@playwright/test";
import { type ScanFinding, scanPage } from "./pages/accessibility-scan";
import { demoInitiativeId } from "./pages/activity-pages";
import { signedInApi } from "./pages/api-helpers";
import {
  demoPeer,
  type OwnVisit,
  openVisitAs,
  PeerVisitRecordsPage,
  useEnglishFor,
} from "./pages/peer-visit-feedback-pages";
import {
  createPeerVisitActivity,
  isoDay,
  moveActivityDates,
  PeerVisitPage,
  peerVisitsPanel,
} from "./pages/peer-visit-pages";
import { demoAccounts, SignInPage } from "./pages/sign-in-page";

// One whole peer visit, clicked through in the browser by everyone taking part: the host
// (Grace), the visiting peers (Erik, Karin), the moderator (Lars) and an authoriser (Halima)
// who only reads the shared report. The facilitator only plans the activity through the API.

const area = "How building permit applications are registered and followed up";
const erikWeakness =
  "Applications are logged on paper first, so an applicant cannot see where the application stands without phoning the desk.";
const karinWeakness =
  "Each application is logged on paper, so applicants phone the desk to learn its status.";
const agreedStrength = "Desk staff take every visitor through the permit checklist.";
const agreedWeakness = "Applicants cannot follow their application without phoning the desk.";

async function signedIn(browser: Browser, key: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new SignInPage(page).signIn(demoPeer(key));
  return { context, page };
}

test("a whole peer visit in the browser: preparation, visit, feedback, follow-up, shared report", async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const findings: ScanFinding[] = [];
  const scan = async (page: Page, label: string) => {
    findings.push(...(await scanPage(page, label)));
  };
  const title = `Peer visit: building permits in Ziwani ${Date.now().toString(36)}`;
  const url = baseURL ?? "";
  const facilitator = await signedInApi(playwright, url, demoAccounts.facilitator);
  const initiativeId = await demoInitiativeId(facilitator);
  const activityId = await createPeerVisitActivity(facilitator, initiativeId, {
    title,
    startsInDays: 100,
    cast: {
      host: "grace.wanjiru",
      visitingPeers: ["erik.lindqvist", "karin.sundberg"],
      moderator: "lars.ek",
    },
  });
  const path = `/initiatives/${initiativeId}/activities/${activityId}/peer-visit`;
  const visit: OwnVisit = { initiativeId, activityId, path, api: `/api${path}` };
  // Erik, Karin and Lars have Swedish profiles; the assertions read English texts.
  const restoreLocales = await useEnglishFor(playwright, url, [
    "erik.lindqvist",
    "karin.sundberg",
    "lars.ek",
  ]);
  try {
    const grace = await signedIn(browser, "grace.wanjiru");
    const host = new PeerVisitPage(grace.page);

    await test.step("the host starts the visit from the activity page and prepares it", async () => {
      await host.openActivity(initiativeId, activityId);
      await scan(grace.page, "activity page, host");
      await host.followFromActivity();
      await scan(grace.page, "peer visit not started, host");
      await grace.page.getByRole("button", { name: "Start the peer visit" }).click();
      await expect(host.toast("The peer visit has started.")).toBeVisible();
      await expect(host.gates).toContainText("The host has not yet named the area");
      await grace.page.getByLabel(/^Area to improve/).fill(area);
      await host.rateAllCriteria("Largely in place");
      await grace.page
        .getByLabel(/^Comment/)
        .first()
        .fill("The mayor chairs the permit board.");
      await host.addMilestone(1, "Self-assessment sent to the peers", isoDay(30));
      await host.addMilestone(2, "Programme of the visit agreed", isoDay(60));
      await host.addResponsibility(1, "Erik Lindqvist (Visiting peer)", "Reads the permit files");
      await host.addResponsibility(2, "Karin Sundberg (Visiting peer)", "Interviews applicants");
      await host.savePreparation();
      await expect(host.toast("The preparation has been saved.")).toBeVisible();
      await expect(host.gates).toHaveCount(0);
      await scan(grace.page, "preparation complete, host");
      await host.advanceTo("Visit");
      await expect(host.currentStep()).toContainText("Visit");
      await expect(host.gates).toContainText("The visit only begins on");
      await scan(grace.page, "visit phase before the visit date, host");
    });

    const erik = await openVisitAs(browser, "erik.lindqvist", visit);
    const karin = await openVisitAs(browser, "karin.sundberg", visit);
    const erikRecords = new PeerVisitRecordsPage(erik.page);
    const karinRecords = new PeerVisitRecordsPage(karin.page);
    const erikEvidence = "Permit register: 41 of 60 files have no date of receipt.";

    await test.step("the visiting peers take notes and evidence and check the self-assessment", async () => {
      await scan(erik.page, "visit phase, empty, visiting peer");
      await erikRecords.takeNote("evidence", "evidence_and_data", erikEvidence);
      await expect(erik.page.getByTestId("note-card")).toContainText("Evidence");
      await erikRecords.checkCriterion("Evidence and data", "Beginning", "Receipt dates missing.");
      await scan(erik.page, "visit phase, note and check, visiting peer");
      await karinRecords.takeNote("note", "stakeholder_involvement", "Applicants queue at 8:00.");
      await karinRecords.checkCriterion("Involvement of stakeholders", "Beginning", "No survey.");
      await expect(karin.page.getByText(erikEvidence)).toHaveCount(0);
    });

    const lars = await openVisitAs(browser, "lars.ek", visit);
    const moderator = new PeerVisitPage(lars.page);
    const larsRecords = new PeerVisitRecordsPage(lars.page);

    await test.step("once the visit has begun the moderator moves on to feedback", async () => {
      await expect(moderator.gates).toContainText("The visit only begins on");
      await expect(lars.page.getByText(erikEvidence)).toBeVisible();
      await expect(lars.page.getByRole("table", { name: /peers' checks/ })).toBeVisible();
      await scan(lars.page, "visit phase, moderator");
      await moveActivityDates(facilitator, initiativeId, activityId, -1);
      await lars.page.reload();
      await expect(moderator.gates).toHaveCount(0);
      await moderator.advanceTo("Feedback");
      await expect(moderator.toast("The visit is now in the Feedback phase.")).toBeVisible();
      await expect(moderator.currentStep()).toContainText("Feedback");
    });

    await test.step("both peers draft feedback; a hint leads Erik to describe instead of judge", async () => {
      await erik.page.reload();
      await erikRecords.draftFeedback("Weakness", "The permit registration is terrible.");
      await expect(erikRecords.hints()).toContainText("This word gives a verdict: terrible");
      await scan(erik.page, "feedback phase, hint, visiting peer");
      await erikRecords.draftFeedback("Weakness", erikWeakness);
      await expect(erikRecords.hints()).not.toContainText("gives a verdict");
      await erik.page.getByRole("button", { name: "Add feedback item" }).click();
      await expect(erik.page.getByTestId("feedback-item")).toContainText(erikWeakness);
      await erikRecords.addFeedback(
        "Strength",
        "The desk staff walked every visitor through the permit checklist on Tuesday morning.",
      );
      await karin.page.reload();
      await karinRecords.addFeedback("Weakness", karinWeakness);
      await karinRecords.addFeedback(
        "Strength",
        "Desk staff used the permit checklist with each visitor we observed.",
      );
      await expect(karin.page.getByTestId("feedback-item")).toHaveCount(2);
      await expect(karin.page.getByText(erikWeakness)).toHaveCount(0);
      await expect(karin.page.getByText("walked every visitor")).toHaveCount(0);
      await scan(karin.page, "feedback phase, own items, visiting peer");
    });

    await test.step("the moderator gathers the items, uses the clusters and records the agreement", async () => {
      await lars.page.reload();
      await expect(lars.page.getByRole("heading", { name: "All 4 feedback items" })).toBeVisible();
      await larsRecords.useCluster("weakness", "application");
      await expect(lars.page.getByLabel("Weakness 1")).not.toHaveValue("");
      await lars.page.getByLabel("Weakness 1").fill(agreedWeakness);
      await larsRecords.useCluster("strength", "checklist");
      await lars.page.getByLabel("Strength 1").fill(agreedStrength);
      await scan(lars.page, "feedback phase, moderator session");
      await lars.page.getByRole("button", { name: "Save common understanding" }).click();
      await expect(larsRecords.toast("The common understanding is saved.")).toBeVisible();
      await expect(lars.page.getByTestId("common-understanding")).toContainText(agreedWeakness);
      await moderator.advanceTo("Follow-up");
      await expect(moderator.toast("The visit is now in the Follow-up phase.")).toBeVisible();
    });

    await test.step("follow-up: the host plans an action, each peer notes what to adapt", async () => {
      await grace.page.reload();
      await expect(host.currentStep()).toContainText("Follow-up");
      await expect(grace.page.getByTestId("common-understanding")).toContainText(agreedStrength);
      const action = "Publish the status of each application online";
      await host.addAction({
        title: action,
        owner: "Grace Wanjiru",
        dueOn: isoDay(90),
        status: "Under way",
      });
      await expect(
        grace.page
          .getByTestId("improvement-actions")
          .getByRole("heading", { name: new RegExp(`${action}.*Under way`) }),
      ).toBeVisible();
      await scan(grace.page, "follow-up with an action, host");
      await erik.page.reload();
      await erikRecords.recordAdaptation("Log permit applications digitally from day one.");
      await scan(erik.page, "follow-up, adaptation, visiting peer");
      await karin.page.reload();
      await karinRecords.recordAdaptation("Try the permit checklist at our own front desk.");
    });

    const halima = await signedIn(browser, "halima.achieng");
    const overview = peerVisitsPanel(halima.page, title);

    await test.step("the host closes the visit, reads the report and shares it", async () => {
      await halima.page.goto(`/initiatives/${initiativeId}`);
      await expect(overview.panel).toBeVisible();
      await expect(overview.row).toHaveCount(0);

      await grace.page.reload();
      await expect(grace.page.getByTestId("adaptations")).toContainText("from day one");
      await expect(grace.page.getByTestId("adaptations")).toContainText("own front desk");
      await host.advanceTo("Closed");
      await expect(grace.page.getByText("The peer visit is closed.")).toBeVisible();
      const report = await host.openReport();
      await expect(report.locator("body")).toContainText(agreedStrength);
      await expect(report.locator("body")).toContainText(agreedWeakness);
      await expect(report.locator("body")).not.toContainText(erikWeakness);
      await scan(report, "visit report (HTML)");
      await report.close();
      expect(await host.pdfContentType()).toContain("application/pdf");
      await host.shareReport();
      await expect(grace.page.locator("#report-visible-to")).toContainText(
        "all members of the initiative",
      );
      await scan(grace.page, "closed, report shared, host");
    });

    await test.step("the authoriser finds the shared report on the initiative page", async () => {
      await halima.page.reload();
      await expect(overview.row).toContainText("Closed");
      await expect(overview.row).toContainText("Report shared with you");
      const link = overview.row.getByRole("link", { name: /^Report \(PDF\)/ });
      const answer = await halima.page.request.get((await link.getAttribute("href")) ?? "");
      expect(answer.headers()["content-type"]).toContain("application/pdf");
      await scan(halima.page, "initiative overview, authoriser");
    });

    for (const person of [grace, erik, karin, lars, halima]) await person.context.close();
    expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
  } finally {
    await restoreLocales();
    await facilitator.dispose();
  }
});
