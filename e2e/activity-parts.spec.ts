import { type APIRequestContext, type Browser, expect, test } from "@playwright/test";
import { type ScanFinding, scanPage } from "./pages/accessibility-scan";
import { ActivityPages, demoInitiativeId, toast } from "./pages/activity-pages";
import { signedInApi } from "./pages/api-helpers";
import { demoAccounts, SignInPage } from "./pages/sign-in-page";

const csrf = { "X-Kollega-Csrf": "1" };

function expectNoFindings(findings: ScanFinding[]) {
  expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
}

function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A workshop planned through the API, to work on its parts in the browser. */
async function planWorkshop(api: APIRequestContext, initiativeId: string, title: string) {
  const answer = await api.post(`/api/initiatives/${initiativeId}/activities`, {
    headers: csrf,
    data: {
      formatKey: "peer_learning_workshop",
      title,
      startsOn: daysFromToday(50),
      timeZone: "Africa/Nairobi",
      address: "Ziwani town hall",
    },
  });
  expect(answer.status()).toBe(201);
  return ((await answer.json()) as { id: string }).id;
}

async function facilitatorPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new SignInPage(page).signIn(demoAccounts.facilitator);
  return { context, page };
}

test("programme and budget: agenda, few topics, documents, and totals per currency", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const api = await signedInApi(playwright, baseURL ?? "", demoAccounts.facilitator);
  const initiativeId = await demoInitiativeId(api);
  const activityId = await planWorkshop(api, initiativeId, `Tariff workshop ${Date.now()}`);
  await api.dispose();
  const { context, page } = await facilitatorPage(browser);
  const findings: ScanFinding[] = [];
  await page.goto(`/initiatives/${initiativeId}/activities/${activityId}/programme`);
  await expect(page.getByText("No agenda yet")).toBeVisible();
  findings.push(...(await scanPage(page, "empty programme")));

  const agendaForm = page.getByRole("form", { name: "Add an agenda item" });
  await agendaForm.getByLabel("What").fill("Café conversation on tariffs");
  await agendaForm.getByLabel(/^Start time/).fill("10:00");
  await agendaForm.getByLabel(/^End time/).fill("09:00");
  await agendaForm.getByRole("button", { name: "Add item" }).click();
  await expect(page.getByRole("alert")).toContainText("The end time must be after the start time");
  await agendaForm.getByLabel(/^End time/).fill("11:30");
  await agendaForm.getByRole("button", { name: "Add item" }).click();
  await expect(page.getByRole("table", { name: "Agenda with 1 item" })).toContainText(
    "10:00–11:30",
  );

  for (const topic of ["tariffs", "collection routes"]) {
    await page.getByLabel("New topic").fill(topic);
    await page.getByRole("button", { name: "Add topic" }).click();
    await expect(toast(page, `The topic “${topic}” has been added.`)).toBeVisible();
  }
  const docForm = page.getByRole("form", { name: "Add a document" });
  await docForm.getByLabel("Document title").fill("Ziwani tariff study");
  await docForm.getByLabel(/^Link/).fill("https://example.org/tariffs.pdf");
  await docForm.getByRole("button", { name: "Add document" }).click();
  await expect(page.getByRole("link", { name: "Ziwani tariff study" })).toBeVisible();
  findings.push(...(await scanPage(page, "programme")));

  await page.getByRole("button", { name: "Remove Ziwani tariff study" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("link", { name: "Ziwani tariff study" })).toBeVisible();

  await new ActivityPages(page).openPart("Budget");
  const lines = [
    ["Venue and coffee", "12 500", "KES"],
    ["Facilitator's travel", "4350.50", "SEK"],
    ["Printed material", "1 500", "KES"],
  ] as const;
  for (const [label, amount, currency] of lines) {
    await page.getByLabel("What for").fill(label);
    await page.getByLabel("Amount").fill(amount);
    await page.getByLabel("Currency", { exact: true }).selectOption(currency);
    await page.getByRole("button", { name: "Add line" }).click();
    await expect(page.getByRole("cell", { name: label, exact: true })).toBeVisible();
  }
  const totals = page.getByTestId("budget-totals");
  await expect(totals).toContainText(/KES\s14,000\.00/);
  await expect(totals).toContainText(/SEK\s4,350\.50/);
  findings.push(...(await scanPage(page, "budget")));
  expectNoFindings(findings);
  await context.close();
});

test("a stale save of the details is caught, reloaded with the edits kept; deleting asks first", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const api = await signedInApi(playwright, baseURL ?? "", demoAccounts.facilitator);
  const initiativeId = await demoInitiativeId(api);
  const activityId = await planWorkshop(api, initiativeId, `Conflict workshop ${Date.now()}`);
  await api.dispose();
  const { context, page: first } = await facilitatorPage(browser);
  const second = await context.newPage();
  const url = `/initiatives/${initiativeId}/activities/${activityId}`;
  await first.goto(url);
  // The first page must hold the old version before the second one saves a newer one.
  await expect(first.getByLabel(/^Expected number of participants/)).toHaveValue("");
  await second.goto(url);
  await second.getByLabel(/^Expected number of participants/).fill("12");
  await second.getByRole("button", { name: "Save the details" }).click();
  await expect(toast(second, "Saved")).toBeVisible();

  await first.getByLabel(/^Description/).fill("Reflecting team on the new tariff.");
  await first.getByRole("button", { name: "Save the details" }).click();
  await expect(first.getByRole("alert")).toContainText("Someone else changed this activity");
  await first.getByRole("button", { name: "Load the latest version" }).click();
  await expect(first.getByLabel(/^Expected number of participants/)).toHaveValue("12");
  await expect(first.getByLabel(/^Description/)).toHaveValue("Reflecting team on the new tariff.");
  await first.getByRole("button", { name: "Save the details" }).click();
  await expect(toast(first, "Saved")).toBeVisible();
  await expect(first.getByText("Reflecting team on the new tariff.").first()).toBeVisible();

  await first.getByRole("button", { name: "Delete activity" }).click();
  const dialog = first.getByRole("dialog", { name: "Delete this activity?" });
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await first.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await first.getByRole("button", { name: "Delete activity" }).click();
  await dialog.getByRole("button", { name: "Delete activity" }).click();
  await expect(toast(first, /has been deleted/)).toBeVisible();
  await expect(first).toHaveURL(new RegExp(`/initiatives/${initiativeId}/activities$`));
  await context.close();
});

test("a member (in Swedish) subscribes to the calendar feed; a new address retires the old one", async ({
  browser,
  playwright,
}) => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await new SignInPage(page).signIn({
    email: "karin.sundberg@demo.kollega.test",
    password: "kollega-demo",
  });
  const initiativeId = await demoInitiativeId(page.request);
  await page.goto(`/initiatives/${initiativeId}/activities`);
  await expect(page.getByRole("link", { name: "Planera en aktivitet" })).toBeVisible();
  const seeded = page.getByText("Peer visit: Ziwani's waste team in Sjöby").first();
  await expect(seeded).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Peer visit: Ziwani's waste team in Sjöby" }),
  ).toHaveCount(0);

  await page.getByRole("button", { name: "Skapa min kalenderadress" }).click();
  const address = page.getByLabel("Din kalenderadress");
  await expect(address).toHaveValue(/\/api\/calendar\/.+\.ics$/);
  const firstUrl = await address.inputValue();
  await page.getByRole("button", { name: "Kopiera adressen" }).click();
  await expect(toast(page, "Adressen har kopierats.")).toBeVisible();
  const findings = await scanPage(page, "calendar feed shown, in Swedish");
  const anonymous = await playwright.request.newContext();
  const feed = await anonymous.get(firstUrl);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("BEGIN:VCALENDAR");

  await page.getByRole("button", { name: "Skapa en ny adress" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Skapa en ny adress" }).click();
  await expect(toast(page, /gamla fungerar inte längre/)).toBeVisible();
  await expect(address).not.toHaveValue(firstUrl);
  expect((await anonymous.get(firstUrl)).status()).toBe(404);
  expect((await anonymous.get(await address.inputValue())).status()).toBe(200);
  await anonymous.dispose();
  expectNoFindings(findings);
  await context.close();
});
