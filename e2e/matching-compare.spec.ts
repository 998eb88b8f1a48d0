import { type APIRequestContext, expect, test } from "@playwright/test";
import { type ScanFinding, scanPage } from "./pages/accessibility-scan";
import {
  acceptWithPassword,
  createInitiativeByApi,
  invitationTokenFor,
  inviteByApi,
  signedInApi,
} from "./pages/api-helpers";
import { MatchingPages } from "./pages/matching-pages";
import { demoAccounts, SignInPage } from "./pages/sign-in-page";
import { journeyPeers, peerAccount, surveyAnswers } from "./pages/survey-answers";

const csrf = { "X-Kollega-Csrf": "1" };

type RunStats = { objective: number; upperBound: number | null; gap: number | null };

/** Posts `data` and returns the answer's JSON, expecting `status`. */
async function post<T>(api: APIRequestContext, url: string, data: unknown, status = 201) {
  const answer = await api.post(url, { headers: csrf, data });
  expect(answer.status(), await answer.text()).toBe(status);
  return (await answer.json()) as T;
}

/** The text the run page gives for a groups run's score against its upper bound (English). */
function boundText({ objective, upperBound, gap }: RunStats): string {
  const score = (v: number) =>
    new Intl.NumberFormat("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v);
  const share = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 });
  const bound = score(upperBound ?? Number.NaN);
  return (gap ?? 0) < 0.0005
    ? `Score ${score(objective)}: the best possible (upper bound ${bound}).`
    : `Score ${score(objective)}: within ${share.format(gap ?? 0)} of the best possible (upper bound ${bound}).`;
}

test("comparing a pairs run with a groups run shows their settings side by side; the groups run shows its distance to the upper bound", async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const base = baseURL ?? "";
  const findings: ScanFinding[] = [];
  const facilitator = await signedInApi(playwright, base, demoAccounts.facilitator);
  const admin = await signedInApi(playwright, base, demoAccounts.admin);
  const id = await createInitiativeByApi(facilitator, `Compare runs ${Date.now().toString(36)}`);

  await test.step("set-up: seven peers join and answer the survey", async () => {
    await post(facilitator, `/api/initiatives/${id}/intake/tags`, { label: "Sorting at source" });
    await post(facilitator, `/api/initiatives/${id}/intake/open`, { dueOn: null }, 200);
    for (const peer of journeyPeers) {
      const { email, password } = peerAccount(peer.key);
      await inviteByApi(facilitator, id, email);
      const request = await playwright.request.newContext({ baseURL: base });
      await acceptWithPassword(request, await invitationTokenFor(admin, email), password);
      await request.post("/api/auth/login", { headers: csrf, data: { email, password } });
      const answer = await request.put(`/api/initiatives/${id}/intake/my-response`, {
        headers: csrf,
        data: { ...surveyAnswers[peer.key], version: null },
      });
      expect(answer.ok(), await answer.text()).toBe(true);
      await request.dispose();
    }
  });

  const members = await (await facilitator.get(`/api/initiatives/${id}/members`)).json();
  const personId = (name: string) =>
    (members as { items: { personId: string; displayName: string }[] }).items.find(
      (m) => m.displayName === name,
    )?.personId ?? "";
  const runs = `/api/initiatives/${id}/matching/runs`;
  const pairsRun = await post<{ id: string }>(facilitator, runs, {
    mode: "pairs",
    separation: "different_country",
  });
  const groupsRun = await post<{ id: string; stats: RunStats }>(facilitator, runs, {
    mode: "groups",
    groupSize: 3,
    weights: { samePosition: 2 },
    requiredPairs: [[personId("Erik Lindqvist"), personId("Amina Otieno")]],
  });
  expect(groupsRun.stats.upperBound).not.toBeNull();

  await new SignInPage(page).signIn(demoAccounts.facilitator);
  const matching = new MatchingPages(page);

  await test.step("the facilitator compares the two runs and sees which settings differ", async () => {
    await matching.goto(id);
    await page.getByRole("button", { name: "Compare the runs" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Compare two runs" })).toBeVisible();
    const summary = page.getByTestId("compare-params-summary");
    await expect(summary).toHaveText("The runs differ in 6 settings, marked “differs” below.");
    const cells = (label: string) => matching.settingValues(label);
    expect(await cells("Mode differs")).toEqual(["Pairs", "Groups"]);
    expect(await cells("People per group differs")).toEqual(["not used", "3"]);
    expect(await cells("Lowest pair score allowed differs")).toEqual(["None", "not used"]);
    expect(await cells("Who may not be matched together differs")).toEqual([
      "Only people from different countries",
      "Never two people from the same organisation",
    ]);
    expect(await cells("Weight: Position and level differs")).toEqual(["0.20", "2.00"]);
    expect(await cells("Always together differs")).toEqual(["0", "1"]);
    expect(await cells("Weight: Shared challenges")).toEqual(["0.40", "0.40"]);
    expect(await cells("Never together")).toEqual(["0", "0"]);
    await expect(
      page
        .getByRole("table", { name: "The settings each run used" })
        .getByText("differs", { exact: true }),
    ).toHaveCount(6);
    findings.push(...(await scanPage(page, "/matching/compare, pairs and groups")));
  });

  await test.step("the groups run shows how close it is to the best possible", async () => {
    await page.getByRole("link", { name: /^Run 2,/ }).click();
    await expect(page.getByRole("heading", { level: 2, name: /^Run of/ })).toBeVisible();
    const bound = page.getByTestId("run-bound");
    await expect(bound).toContainText(boundText(groupsRun.stats));
    await expect(bound).toContainText("an upper bound that no grouping can exceed");
    await expect(page.locator(".facts")).toContainText("People per group");
    findings.push(...(await scanPage(page, "/matching/runs/:id, groups")));
  });

  await test.step("the pairs run, solved exactly, shows no bound", async () => {
    await page.goto(`/initiatives/${id}/matching/runs/${pairsRun.id}`);
    await expect(page.getByRole("heading", { level: 2, name: /^Run of/ })).toBeVisible();
    await expect(page.locator(".facts")).toContainText("Only people from different countries");
    await expect(page.getByTestId("run-bound")).toHaveCount(0);
    await expect(page.getByText("Quality of the groups")).toHaveCount(0);
  });

  await Promise.all([facilitator.dispose(), admin.dispose()]);
  expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
});
