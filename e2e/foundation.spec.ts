import { expect, test } from "@playwright/test";
import { AppShell } from "./pages/app-shell";
import { InitiativePages } from "./pages/initiative-pages";
import { InvitationPage } from "./pages/invitation-page";
import { OutboxPage } from "./pages/outbox-page";
import { demoAccounts, SignInPage } from "./pages/sign-in-page";

test("a facilitator scopes and invites; the invitee registers, reads Swedish, signs out", async ({
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const initiativeName = `Nakuru–Umeå water partnership ${stamp}`;
  const inviteeEmail = `new.peer.${stamp}@example.org`;

  const facilitatorContext = await browser.newContext();
  const facilitator = await facilitatorContext.newPage();
  await new SignInPage(facilitator).signIn(demoAccounts.facilitator);
  const initiatives = new InitiativePages(facilitator);
  const initiativeId = await initiatives.create({
    name: initiativeName,
    kind: "Partnership",
    reformArea: "Water governance",
    focalSector: "Urban water supply",
    startsOn: "2026-03-01",
    endsOn: "2027-02-28",
  });
  await expect(initiatives.completenessText).toHaveText("0 of 9 questions answered (0 %).");

  await initiatives.openSection("Scoping");
  await initiatives.answerScoping({
    "What should the reform achieve?": "Fewer hours without water in the informal settlements.",
    "What do the people involved not yet know how to do?":
      "Finding and fixing leaks with a small team.",
  });
  await expect(initiatives.completenessText).toHaveText("2 of 9 questions answered (22 %).");
  await facilitator.reload();
  await expect(facilitator.getByLabel("What should the reform achieve?")).toHaveValue(
    /Fewer hours/,
  );

  await initiatives.openSection("Members");
  await initiatives.invite(inviteeEmail, "Peer", "We would value your view on leak detection.");
  await expect(facilitator.getByRole("table", { name: /invitation/ })).toContainText(inviteeEmail);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await new SignInPage(admin).signIn(demoAccounts.admin);
  const link = await new OutboxPage(admin).findLink(inviteeEmail, "/invitations/");
  expect(link).toContain("/invitations/");

  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("main")).toContainText(initiativeName);
  await new InvitationPage(invitee).register("Wanjiru Kamau", "a long and calm password");
  await invitee.waitForURL(new RegExp(`/initiatives/${initiativeId}$`));
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText(initiativeName);

  const shell = new AppShell(invitee);
  await shell.switchLanguage("Svenska");
  await expect(invitee.getByRole("link", { name: "Översikt" })).toBeVisible();
  await expect(invitee.getByRole("navigation", { name: "Huvudmeny" })).toContainText(
    "Organisationer",
  );
  await expect(invitee.locator("html")).toHaveAttribute("lang", "sv");
  await invitee.reload();
  await expect(invitee.getByRole("link", { name: "Översikt" })).toBeVisible();
  // The profile remembers the language, not only this browser: forget the local choice and reload.
  await invitee.evaluate(() => localStorage.clear());
  await invitee.reload();
  await expect(invitee.getByRole("link", { name: "Översikt" })).toBeVisible();

  await shell.signOut("Logga ut");
  await expect(invitee.getByRole("heading", { level: 1, name: "Logga in" })).toBeVisible();
  await expect(invitee.getByRole("status").filter({ hasText: "Du har loggat ut." })).toBeVisible();

  await Promise.all([facilitatorContext.close(), adminContext.close(), inviteeContext.close()]);
});

test("a wrong password shows the error summary and moves focus to it", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await expect(page).toHaveTitle("Sign in – Kollega");
  await signIn.submitCredentials(demoAccounts.facilitator.email, "not-the-password");
  await expect(signIn.errorSummary).toBeVisible();
  await expect(signIn.errorSummary).toContainText(
    "The e-mail address or the password is not right",
  );
  await expect(signIn.errorSummary).toBeFocused();
  await expect(page).toHaveURL(/\/sign-in/);
  await context.close();
});

test("empty fields are listed in the summary, and its links lead to the fields", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.submit.click();
  await expect(signIn.errorSummary).toBeFocused();
  await signIn.errorSummary.getByRole("link", { name: /Password/ }).click();
  await expect(signIn.password).toBeFocused();
  await expect(signIn.password).toHaveAttribute("aria-invalid", "true");
  await context.close();
});

test("signing in works with the keyboard alone", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").waitFor();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press("Tab");
    if (await page.getByLabel("E-mail address").evaluate((el) => el === document.activeElement))
      break;
  }
  await expect(page.getByLabel("E-mail address")).toBeFocused();
  await page.keyboard.type(demoAccounts.peer.email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
  await page.keyboard.type(demoAccounts.peer.password);
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/initiatives$/);
  await expect(page.getByRole("heading", { level: 1, name: "Initiatives" })).toBeFocused();
  await context.close();
});
