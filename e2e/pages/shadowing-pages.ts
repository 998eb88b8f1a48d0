import { type APIRequestContext, expect, type Locator, type Page } from "@playwright/test";

const csrf = { "X-Kollega-Csrf": "1" };

/** A date `days` from today, `YYYY-MM-DD`. */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The person id of the initiative member with this e-mail address. */
export async function personIdOf(
  api: APIRequestContext,
  initiativeId: string,
  email: string,
): Promise<string> {
  const answer = await api.get(`/api/initiatives/${initiativeId}/members?limit=100`);
  const body = (await answer.json()) as { items: { personId: string; email: string }[] };
  const member = body.items.find((m) => m.email === email);
  if (!member) throw new Error(`${email} is not a member of the initiative`);
  return member.personId;
}

/** Plans an activity of `formatKey` through the API (as a facilitator) and returns its id. */
export async function planActivityByApi(
  api: APIRequestContext,
  initiativeId: string,
  data: { formatKey: string; title: string; startsOn: string; endsOn: string },
): Promise<string> {
  const answer = await api.post(`/api/initiatives/${initiativeId}/activities`, {
    headers: csrf,
    data: { ...data, timeZone: "Africa/Nairobi", address: "Ziwani town hall" },
  });
  expect(answer.status()).toBe(201);
  return ((await answer.json()) as { id: string }).id;
}

/** Adds a member to the activity in a role (host, visiting_peer ...) through the API. */
export async function addParticipantByApi(
  api: APIRequestContext,
  path: string,
  personId: string,
  role: string,
): Promise<void> {
  const answer = await api.post(`${path}/participants`, {
    headers: csrf,
    data: { personId, role },
  });
  expect(answer.status()).toBe(201);
}

/** Adds an agenda item (a programme entry) through the API. */
export async function addAgendaItemByApi(
  api: APIRequestContext,
  path: string,
  data: { title: string; dayOn: string; startTime: string; endTime: string },
): Promise<void> {
  const answer = await api.post(`${path}/agenda-items`, { headers: csrf, data });
  expect(answer.status()).toBe(201);
}

/** The work shadowing page of one activity (English labels). */
export class ShadowingPage {
  readonly entries: Locator;

  constructor(readonly page: Page) {
    this.entries = page.getByTestId("shadowing-entry");
  }

  /** Opens the page and waits for its heading. */
  async goto(activityUrl: string): Promise<void> {
    await this.page.goto(`${activityUrl}/work-shadowing`);
    await expect(
      this.page.getByRole("heading", { level: 2, name: "Work shadowing" }),
    ).toBeVisible();
  }

  /** Writes a new entry of the kind with the given radio label and saves it. */
  async addEntry(kind: "An observation" | "An idea to take home", text: string): Promise<void> {
    const form = this.page.getByRole("form", { name: "Write down an observation or an idea" });
    await form.getByRole("radio", { name: kind }).check();
    await form.getByLabel("Your words").fill(text);
    await form.getByRole("button", { name: "Save the entry" }).click();
    await expect(this.entryWith(text)).toBeVisible();
  }

  /** The list item of the entry with this text. */
  entryWith(text: string): Locator {
    return this.entries.filter({ hasText: text });
  }

  /** The group of entries under one heading ("Observations (2)", "Ideas to take home (1)"). */
  group(heading: RegExp): Locator {
    return this.page.getByRole("region", { name: heading });
  }
}
