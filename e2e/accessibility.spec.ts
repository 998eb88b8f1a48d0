import { type APIRequestContext, type Browser, expect, test } from "@playwright/test";
import { type ScanFinding, scanPage, scanPath } from "./pages/accessibility-scan";
import { demoAccounts, SignInPage } from "./pages/sign-in-page";

const csrf = { "X-Kollega-Csrf": "1" };

async function signedInPage(browser: Browser, account: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new SignInPage(page).signIn(account);
  return { context, page };
}

async function firstInitiativeId(request: APIRequestContext): Promise<string> {
  const answer = await request.get("/api/initiatives");
  const body = (await answer.json()) as { items: { id: string; myRole: string }[] };
  const own = body.items.find((i) => i.myRole === "facilitator") ?? body.items[0];
  if (!own) throw new Error("the demo data has no initiative");
  return own.id;
}

/** Creates an invitation as the facilitator and reads its token from the admin's outbox. */
async function createInvitationToken(browser: Browser, email: string): Promise<string> {
  const facilitator = await signedInPage(browser, demoAccounts.facilitator);
  const id = await firstInitiativeId(facilitator.page.request);
  const created = await facilitator.page.request.post(`/api/initiatives/${id}/invitations`, {
    headers: csrf,
    data: { email, role: "observer" },
  });
  expect(created.status()).toBe(201);
  await facilitator.context.close();
  const admin = await signedInPage(browser, demoAccounts.admin);
  const outbox = await admin.page.request.get(`/api/admin/outbox?to=${encodeURIComponent(email)}`);
  const messages = (await outbox.json()) as { items: { textBody: string }[] };
  await admin.context.close();
  const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(messages.items[0]?.textBody ?? "")?.[1];
  if (!token) throw new Error("no invitation link in the outbox");
  return token;
}

function expectNoFindings(findings: ScanFinding[]) {
  expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
}

test("signed-out pages have no axe violations", async ({ browser }) => {
  const token = await createInvitationToken(browser, `a11y.${Date.now().toString(36)}@example.org`);
  const context = await browser.newContext();
  const page = await context.newPage();
  const findings: ScanFinding[] = [];
  findings.push(...(await scanPath(page, "/sign-in")));
  await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  findings.push(...(await scanPage(page, "/sign-in with errors")));
  findings.push(...(await scanPath(page, "/forgot-password")));
  await page.getByLabel("E-mail address").fill("someone@example.org");
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByText(/If an account exists/)).toBeVisible();
  findings.push(...(await scanPage(page, "/forgot-password sent")));
  findings.push(...(await scanPath(page, "/reset-password/0123456789abcdefghijklmnop")));
  findings.push(...(await scanPath(page, `/invitations/${token}`)));
  findings.push(
    ...(await scanPath(
      page,
      "/invitations/unknown-token-0123456789abcdef",
      "/invitations/unknown",
    )),
  );
  findings.push(...(await scanPath(page, "/sign-out")));
  findings.push(...(await scanPath(page, "/no-such-page")));
  await context.close();
  expectNoFindings(findings);
});

test("facilitator pages have no axe violations", async ({ browser }) => {
  const { context, page } = await signedInPage(browser, demoAccounts.facilitator);
  const id = await firstInitiativeId(page.request);
  const findings: ScanFinding[] = [];
  findings.push(...(await scanPath(page, "/initiatives")));
  findings.push(...(await scanPath(page, "/initiatives/new")));
  await page.getByRole("button", { name: "Create initiative" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  findings.push(...(await scanPage(page, "/initiatives/new with errors")));
  findings.push(...(await scanPath(page, `/initiatives/${id}`, "initiative overview")));
  findings.push(...(await scanPath(page, `/initiatives/${id}/scoping`, "scoping form")));
  findings.push(...(await scanPath(page, `/initiatives/${id}/members`, "members and invitations")));
  await page
    .getByRole("button", { name: /^Remove/ })
    .last()
    .click();
  await expect(page.getByRole("dialog")).toBeVisible();
  findings.push(...(await scanPage(page, "remove member dialog")));
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  findings.push(...(await scanPath(page, "/organisations")));
  findings.push(
    ...(await scanPath(page, "/organisations?q=zzzz-nothing", "/organisations no match")),
  );
  findings.push(...(await scanPath(page, "/organisations/new")));
  await page.goto("/organisations");
  await page.getByRole("table").getByRole("link").first().click();
  findings.push(...(await scanPage(page, "/organisations/:id")));
  findings.push(...(await scanPath(page, "/profile")));
  findings.push(...(await scanPath(page, "/sign-out", "/sign-out signed in")));
  findings.push(...(await scanPath(page, "/admin/outbox", "forbidden page")));
  await page.goto(`/initiatives/${id}`);
  await page.getByRole("button", { name: "Svenska" }).click();
  await expect(page.getByRole("link", { name: "Översikt" })).toBeVisible();
  findings.push(...(await scanPage(page, "initiative overview in Swedish")));
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("link", { name: "Overview" })).toBeVisible();
  await context.close();
  expectNoFindings(findings);
});

test("admin and peer pages have no axe violations", async ({ browser }) => {
  const findings: ScanFinding[] = [];
  const admin = await signedInPage(browser, demoAccounts.admin);
  findings.push(...(await scanPath(admin.page, "/initiatives", "/initiatives empty")));
  findings.push(...(await scanPath(admin.page, "/admin/outbox")));
  const firstMessage = admin.page.getByRole("table").getByRole("button").first();
  if (await firstMessage.count()) {
    await firstMessage.click();
    await expect(admin.page.getByTestId("message-body")).toBeVisible();
    findings.push(...(await scanPage(admin.page, "/admin/outbox message open")));
  }
  findings.push(...(await scanPath(admin.page, "/admin/people")));
  await admin.context.close();

  const peer = await signedInPage(browser, demoAccounts.peer);
  const id = await firstInitiativeId(peer.page.request);
  findings.push(...(await scanPath(peer.page, `/initiatives/${id}/scoping`, "scoping read-only")));
  findings.push(...(await scanPath(peer.page, `/initiatives/${id}/members`, "members read-only")));
  await peer.context.close();
  expectNoFindings(findings);
});

test("the scan itself catches a real problem (control)", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").waitFor();
  await page.evaluate(() => {
    const input = document.createElement("input");
    input.type = "text";
    document.querySelector("main")?.append(input);
  });
  const findings = await scanPage(page, "sign-in with an unlabelled input");
  expect(findings.map((f) => f.rule)).toContain("label");
  await context.close();
});
