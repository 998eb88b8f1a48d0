import { expect, test } from "@playwright/test";
import {
  acceptWithPassword,
  createInitiativeByApi,
  invitationTokenFor,
  inviteByApi,
  signedInApi,
} from "./pages/api-helpers";
import { demoAccounts, SignInPage } from "./pages/sign-in-page";

test("a facilitator changes a role, removes a member after confirming, and revokes an invitation", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const base = baseURL ?? "";
  const facilitatorApi = await signedInApi(playwright, base, demoAccounts.facilitator);
  const adminApi = await signedInApi(playwright, base, demoAccounts.admin);
  const peerApi = await playwright.request.newContext({ baseURL: base });
  const id = await createInitiativeByApi(
    facilitatorApi,
    `Members journey ${Date.now().toString(36)}`,
  );
  await inviteByApi(facilitatorApi, id, demoAccounts.peer.email);
  await acceptWithPassword(
    peerApi,
    await invitationTokenFor(adminApi, demoAccounts.peer.email),
    demoAccounts.peer.password,
  );
  const pendingEmail = `pending.${Date.now().toString(36)}@example.org`;
  await inviteByApi(facilitatorApi, id, pendingEmail, "observer");

  const context = await browser.newContext();
  const page = await context.newPage();
  await new SignInPage(page).signIn(demoAccounts.facilitator);
  await page.goto(`/initiatives/${id}/members`);
  const members = page.getByRole("table", { name: /member/ });
  await expect(members.getByRole("row")).toHaveCount(3);

  await page.getByLabel("Role of Amina Otieno").selectOption({ label: "Observer" });
  await page.getByRole("button", { name: "Change role Amina Otieno" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Amina Otieno is now Observer." }),
  ).toBeVisible();

  await page.getByRole("button", { name: "Remove Maria Holm" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove member" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "at least one facilitator" }),
  ).toBeVisible();

  await page.getByRole("button", { name: "Remove Amina Otieno" }).click();
  const dialog = page.getByRole("dialog", { name: "Remove this member?" });
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(members.getByRole("row")).toHaveCount(3);
  await page.getByRole("button", { name: "Remove Amina Otieno" }).click();
  await dialog.getByRole("button", { name: "Remove member" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Amina Otieno has been removed." }),
  ).toBeVisible();
  await expect(members.getByRole("row")).toHaveCount(2);

  const invitations = page.getByRole("table", { name: /invitation/ });
  await expect(invitations).toContainText(pendingEmail);
  await page.getByRole("button", { name: `Withdraw ${pendingEmail}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Withdraw invitation" }).click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: `The invitation to ${pendingEmail} has been withdrawn.` }),
  ).toBeVisible();

  await Promise.all([
    context.close(),
    facilitatorApi.dispose(),
    adminApi.dispose(),
    peerApi.dispose(),
  ]);
});

test("a stale scoping save says so and reloads without losing the typed answers", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const facilitatorApi = await signedInApi(playwright, baseURL ?? "", demoAccounts.facilitator);
  const id = await createInitiativeByApi(
    facilitatorApi,
    `Conflict journey ${Date.now().toString(36)}`,
  );
  const context = await browser.newContext();
  const first = await context.newPage();
  await new SignInPage(first).signIn(demoAccounts.facilitator);
  const second = await context.newPage();
  await first.goto(`/initiatives/${id}/scoping`);
  await second.goto(`/initiatives/${id}/scoping`);

  await second.getByLabel("What resources are there?").fill("Two staff days a month.");
  await second.getByRole("button", { name: "Save the scoping" }).click();
  await expect(second.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

  await first
    .getByLabel("What should the reform achieve?")
    .fill("Shorter waiting times for permits.");
  await first.getByRole("button", { name: "Save the scoping" }).click();
  await expect(first.getByRole("alert")).toContainText("Someone else saved the scoping");
  await first.getByRole("button", { name: "Load the latest version" }).click();
  await expect(first.getByLabel("What resources are there?")).toHaveValue(
    "Two staff days a month.",
  );
  await expect(first.getByLabel("What should the reform achieve?")).toHaveValue(
    "Shorter waiting times for permits.",
  );
  await first.getByRole("button", { name: "Save the scoping" }).click();
  await expect(first.getByTestId("completeness-text")).toHaveText(
    "2 of 9 questions answered (22 %).",
  );

  await Promise.all([context.close(), facilitatorApi.dispose()]);
});
