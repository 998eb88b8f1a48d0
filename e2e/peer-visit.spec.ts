import { expect, test } from "@playwright/test";
import { type ScanFinding, scanPage } from "./pages/accessibility-scan";
import { demoAccounts, SignInPage } from "./pages/sign-in-page";

function expectNoFindings(findings: ScanFinding[]) {
  expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
}

test("the workshop library shows each method as a timed step-by-step guide", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new SignInPage(page).signIn(demoAccounts.facilitator);
  const findings: ScanFinding[] = [];
  await page.goto("/workshop-methods");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Workshop methods");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText([
    "Reflecting team",
    "Café conversations",
    "Appreciative inquiry",
  ]);
  findings.push(...(await scanPage(page, "/workshop-methods")));

  await page.getByRole("link", { name: "Reflecting team" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reflecting team");
  await expect(page.getByText("The whole method takes 60 minutes.")).toBeVisible();
  await page.getByLabel("Workshop starts at").fill("13:30");
  const steps = page.getByRole("list").filter({ hasText: "Step 1" }).getByRole("listitem");
  await expect(steps).toHaveCount(6);
  await expect(steps.first()).toContainText("Step 1 13:30–13:35");
  await expect(steps.last()).toContainText("Step 6 14:25–14:30");
  await expect(steps.nth(3)).toContainText("Led by: Reflecting team");
  findings.push(...(await scanPage(page, "/workshop-methods/reflecting_team")));

  await page.goto("/workshop-methods/no_such_method");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  expectNoFindings(findings);
  await context.close();
});
