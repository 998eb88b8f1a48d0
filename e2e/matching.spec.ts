import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import { type ScanFinding, scanPage } from "./pages/accessibility-scan";
import {
  acceptWithPassword,
  createInitiativeByApi,
  invitationTokenFor,
  inviteByApi,
  signedInApi,
} from "./pages/api-helpers";
import { IntakeManagePage, MatchingPages, MyMatchPage } from "./pages/matching-pages";
import { demoAccounts, SignInPage } from "./pages/sign-in-page";
import { journeyPeers, peerAccount, surveyAnswers } from "./pages/survey-answers";
import { SurveyPage } from "./pages/survey-page";

type Member = { personId: string; displayName: string };
type Run = {
  matches: { isLocked: boolean; members: Member[] }[];
  unmatched: Member[];
};

async function signedInPage(browser: Browser, account: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new SignInPage(page).signIn(account);
  return { context, page };
}

/** Kinds of the mails sent to a demo person, read from the outbox as an admin. */
async function mailKinds(admin: APIRequestContext, key: string): Promise<string[]> {
  const to = encodeURIComponent(peerAccount(key).email);
  const answer = await admin.get(`/api/admin/outbox?to=${to}&limit=50`);
  return ((await answer.json()) as { items: { kind: string }[] }).items.map((m) => m.kind);
}

const keyOf = (name: string) => journeyPeers.find((p) => p.name === name)?.key ?? name;
const orgOf = (name: string) => journeyPeers.find((p) => p.name === name)?.org;
const langOf = (name: string) => journeyPeers.find((p) => p.name === name)?.lang ?? "en";

test("peers answer the survey; the facilitator matches, locks, swaps, re-runs and publishes; one peer accepts, another declines and is re-matched", async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const base = baseURL ?? "";
  const findings: ScanFinding[] = [];
  let scans = 0;
  const scan = async (page: Page, label: string) => {
    findings.push(...(await scanPage(page, label)));
    scans += 1;
  };
  const facilitatorApi = await signedInApi(playwright, base, demoAccounts.facilitator);
  const adminApi = await signedInApi(playwright, base, demoAccounts.admin);
  const id = await createInitiativeByApi(
    facilitatorApi,
    `Matching journey ${Date.now().toString(36)}`,
  );

  await test.step("set-up: seven peers of two councils join the initiative", async () => {
    for (const peer of journeyPeers) {
      const { email, password } = peerAccount(peer.key);
      await inviteByApi(facilitatorApi, id, email);
      const request = await playwright.request.newContext({ baseURL: base });
      await acceptWithPassword(request, await invitationTokenFor(adminApi, email), password);
      await request.dispose();
    }
  });

  const amina = await signedInPage(browser, peerAccount("amina.otieno"));
  await test.step("before the survey opens, a peer is told so", async () => {
    await amina.page.goto(`/initiatives/${id}/intake`);
    await expect(
      amina.page.getByRole("heading", { level: 2, name: "The survey is not open yet" }),
    ).toBeVisible();
    await scan(amina.page, "/intake, peer, not open yet");
  });

  const { context: facilitatorContext, page } = await signedInPage(
    browser,
    demoAccounts.facilitator,
  );
  const intake = new IntakeManagePage(page);
  await test.step("the facilitator adds a reform area, opens the survey and reminds everyone", async () => {
    await intake.goto(id);
    await expect(page.getByTestId("survey-status")).toContainText("not open yet");
    await scan(page, "/intake, facilitator, survey not open");
    await intake.addTag("Sorting at source");
    await intake.open("2027-01-31");
    await expect(page.getByTestId("response-counts")).toHaveText("0 of 7 peers have answered.");
    await intake.remindAll(7);
    await scan(page, "/intake, facilitator, survey open");
    expect(await mailKinds(adminApi, "amina.otieno")).toContain("intake_reminder");
  });

  await test.step("each peer answers the survey in their own language", async () => {
    for (const peer of journeyPeers) {
      const { context, page: peerPage } = await signedInPage(browser, peerAccount(peer.key));
      const survey = new SurveyPage(peerPage, peer.lang);
      await survey.goto(id);
      if (peer.key === "amina.otieno") {
        await survey.submit();
        await expect(peerPage.getByRole("alert")).toContainText(
          "Describe at least one challenge you face",
        );
        await scan(peerPage, "/intake, peer, form with errors");
      }
      const answers = surveyAnswers[peer.key];
      if (!answers) throw new Error(`no answers for ${peer.key}`);
      await survey.answer(answers);
      if (peer.key === "amina.otieno") {
        await expect(peerPage.getByText(/You answered on/)).toBeVisible();
        await scan(peerPage, "/intake, peer, answered");
        await new MyMatchPage(peerPage, "en").goto(id);
        await expect(
          peerPage.getByRole("heading", { name: "Your match is not ready yet" }),
        ).toBeVisible();
        await scan(peerPage, "/my-match, not published");
      }
      await context.close();
    }
  });

  await test.step("the facilitator reads an answer and closes the survey", async () => {
    await intake.goto(id);
    await expect(page.getByTestId("response-counts")).toHaveText("7 of 7 peers have answered.");
    await page.getByRole("button", { name: "View answers Halima Achieng" }).click();
    const answers = page.getByRole("region", { name: "Answers from Halima Achieng" });
    await expect(answers).toContainText("Sorting at source");
    await intake.close();
    await amina.page.goto(`/initiatives/${id}/intake`);
    await expect(
      amina.page.getByRole("heading", { level: 2, name: "The survey is closed" }),
    ).toBeVisible();
    await expect(amina.page.getByRole("main")).toContainText("informal settlements");
    await scan(amina.page, "/intake, peer, closed with answers");
    await amina.context.close();
  });

  const matching = new MatchingPages(page);
  let lockedTitle = "";
  let firstRunId = "";
  await test.step("the facilitator runs pairs with the default weights and reads why", async () => {
    await matching.goto(id);
    await expect(page.getByTestId("matching-pool")).toContainText("7 of 7 peers have answered");
    const weight = page.getByLabel("Shared challenges", { exact: true });
    await expect(weight).toHaveValue("0.4");
    await weight.fill("2");
    await page.getByRole("button", { name: "Use the default weights" }).click();
    await expect(weight).toHaveValue("0.4");
    await scan(page, "/matching, new run");
    firstRunId = await matching.run();
    await expect(page.getByRole("heading", { level: 2, name: "3 matches" })).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 2, name: "1 person without a match" }),
    ).toBeVisible();
    await expect(page.locator(".unmatched-list__reason")).not.toBeEmpty();
    await expect(page.locator(".match-reasons").first()).toContainText("years of service");
    await scan(page, "/matching/runs/:id, draft");
    lockedTitle = (await matching.matchTitles())[0] ?? "";
    await matching.lock(lockedTitle);
  });

  await test.step("a swap that breaks a rule is refused; a valid one is made and locked", async () => {
    const titles = await matching.matchTitles();
    const [second, third] = titles.filter((t) => t !== lockedTitle);
    const sjoby = second?.split(" and ").find((n) => orgOf(n) === "sjoby") ?? "";
    const kenyan = second?.split(" and ").find((n) => orgOf(n) === "ziwani") ?? "";
    const otherKenyan = third?.split(" and ").find((n) => orgOf(n) === "ziwani") ?? "";
    const spare = (await page.locator(".unmatched-list strong").allTextContents())[0] ?? "";
    await matching
      .card(second ?? "")
      .getByRole("button", { name: `Swap someone ${second}` })
      .click();
    const dialog = page.getByRole("dialog", { name: "Swap someone" });
    await dialog.getByLabel("Who leaves the match").selectOption({ label: sjoby });
    await dialog
      .getByLabel("Who takes their place")
      .selectOption({ label: `${otherKenyan} (${third})` });
    await dialog.getByRole("button", { name: "Swap", exact: true }).click();
    await expect(dialog.getByRole("alert")).toContainText("same organisation");
    await scan(page, "/matching/runs/:id, swap refused");
    await dialog.getByLabel("Who leaves the match").selectOption({ label: kenyan });
    await dialog.getByLabel("Who takes their place").selectOption({ label: spare });
    await dialog.getByRole("button", { name: "Swap", exact: true }).click();
    await expect(dialog).toBeHidden();
    const card = page.locator(".match-card").filter({ hasText: sjoby }).filter({ hasText: spare });
    await expect(card.getByText("Locked", { exact: true })).toBeVisible();
    await expect(page.locator(".unmatched-list")).toContainText(kenyan);
    await expect(page.locator(".unmatched-list")).toContainText(
      "Taken out of their match by a facilitator.",
    );
  });

  let publishedRunId = "";
  await test.step("the facilitator re-runs around the locks and publishes", async () => {
    publishedRunId = await matching.rerun("Re-run around the locks");
    await expect(matching.card(lockedTitle).getByText("Locked", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "3 matches" })).toBeVisible();
    await matching.publish();
  });

  const published = (await (
    await facilitatorApi.get(`/api/initiatives/${id}/matching/runs/${publishedRunId}`)
  ).json()) as Run;
  const lockedFirst = published.matches.find((m) =>
    m.members.map((x) => x.displayName).every((n) => lockedTitle.includes(n)),
  );
  const acceptor =
    lockedFirst?.members.find((m) => orgOf(m.displayName) === "ziwani")?.displayName ?? "";
  const open = published.matches.find((m) => !m.isLocked);
  const decliner = open?.members.find((m) => orgOf(m.displayName) === "sjoby")?.displayName ?? "";
  const partner = open?.members.find((m) => m.displayName !== decliner)?.displayName ?? "";
  const spare = published.unmatched[0]?.displayName ?? "";
  expect([acceptor, decliner, partner, spare].every(Boolean)).toBe(true);

  await test.step("a peer accepts their match", async () => {
    const { context, page: peerPage } = await signedInPage(browser, peerAccount(keyOf(acceptor)));
    await new MyMatchPage(peerPage, "en").goto(id);
    await expect(peerPage.getByRole("heading", { level: 2, name: /^Your match:/ })).toBeVisible();
    await expect(peerPage.locator(".match-reasons")).toContainText(
      /You both face|You can work together/,
    );
    await scan(peerPage, "/my-match, proposed");
    await peerPage.getByRole("button", { name: "Accept the match" }).click();
    await expect(peerPage.getByText("You have accepted this match.")).toBeVisible();
    await context.close();
  });

  await test.step("another peer declines, giving a reason", async () => {
    const lang = langOf(decliner) as "en" | "sv";
    const { context, page: peerPage } = await signedInPage(browser, peerAccount(keyOf(decliner)));
    const mine = new MyMatchPage(peerPage, lang);
    await mine.goto(id);
    await mine.decline("");
    await expect(peerPage.getByRole("alert")).toContainText(
      lang === "sv" ? "Skriv kort varför du tackar nej" : "Say briefly why you decline",
    );
    await scan(peerPage, "/my-match, decline with errors");
    await mine.decline("We already work together in another network.");
    await context.close();
  });

  await test.step("the facilitator re-runs for those who are free: the decliner is re-matched", async () => {
    await page.goto(`/initiatives/${id}/matching/runs/${publishedRunId}`);
    await expect(
      page.getByText("Reason given: “We already work together in another network.”"),
    ).toBeVisible();
    await scan(page, "/matching/runs/:id, published with a decline");
    await matching.rerun("Re-run for those who are free");
    const rematched = page
      .locator(".match-card")
      .filter({ hasText: decliner })
      .filter({ hasText: spare });
    await expect(rematched).toBeVisible();
    await expect(page.locator(".unmatched-list")).toContainText(partner);
    await matching.publish();
  });

  await test.step("the decliner sees their new match; their former partner is told there is none", async () => {
    const lang = langOf(decliner) as "en" | "sv";
    const { context, page: peerPage } = await signedInPage(browser, peerAccount(keyOf(decliner)));
    await new MyMatchPage(peerPage, lang).goto(id);
    await expect(peerPage.getByTestId("rematched")).toContainText(
      lang === "sv"
        ? "Du tackade nej till din tidigare matchning."
        : "You declined your earlier match.",
    );
    await expect(
      peerPage.getByRole("heading", { level: 2, name: new RegExp(spare) }),
    ).toBeVisible();
    await scan(peerPage, "/my-match, re-matched");
    await context.close();
    const other = await signedInPage(browser, peerAccount(keyOf(partner)));
    await new MyMatchPage(other.page, langOf(partner) as "en" | "sv").goto(id);
    await expect(other.page.locator(".empty-state")).toContainText(
      "Your match was declined by the other person.",
    );
    await scan(other.page, "/my-match, no match after a decline");
    await other.context.close();
    expect(await mailKinds(adminApi, keyOf(spare))).toEqual(
      expect.arrayContaining(["match_unmatched", "match_ready"]),
    );
    expect(await mailKinds(adminApi, keyOf(partner))).toContain("match_unmatched");
  });

  await test.step("the facilitator compares the first run with the last", async () => {
    await matching.goto(id);
    await page.getByLabel("Run A").selectOption(firstRunId);
    await page.getByRole("button", { name: "Compare the runs" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Compare two runs" })).toBeVisible();
    const onlyInLast = page.getByRole("region", { name: /^Only in run B/ });
    await expect(onlyInLast).toContainText(decliner);
    await expect(onlyInLast).toContainText(spare);
    await expect(page.getByRole("region", { name: /^Only in run A/ })).toContainText(partner);
    await expect(page.getByTestId("compare-verdict")).toContainText(/Run [AB] scores|same total/);
    await expect(page.getByTestId("compare-params-summary")).toContainText("The runs differ in");
    expect(await matching.settingValues("Mode")).toEqual(["Pairs", "Pairs"]);
    expect(await matching.settingValues("Pairs declined earlier differs")).toEqual(["0", "1"]);
    await scan(page, "/matching/compare");
  });

  await Promise.all([facilitatorContext.close(), facilitatorApi.dispose(), adminApi.dispose()]);
  expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
  expect(scans).toBe(16);
  expect(firstRunId).not.toBe(publishedRunId);
});
