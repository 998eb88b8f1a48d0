import { type APIRequestContext, expect, type Locator, type Page } from "@playwright/test";

const csrf = { "X-Kollega-Csrf": "1" };

/** The person id of the member of `initiativeId` with this e-mail address. */
export async function memberPersonId(
  request: APIRequestContext,
  initiativeId: string,
  email: string,
): Promise<string> {
  const answer = await request.get(`/api/initiatives/${initiativeId}/members`);
  expect(answer.status()).toBe(200);
  const body = (await answer.json()) as { items: { personId: string; email: string }[] };
  const member = body.items.find((m) => m.email === email);
  if (!member) throw new Error(`${email} is not a member of the initiative`);
  return member.personId;
}

/**
 * Plans an activity of the `structured_peer_assessment` format with one host and one visiting
 * peer, as the facilitator, and returns its id.
 */
export async function createAssessmentActivityByApi(
  request: APIRequestContext,
  initiativeId: string,
  options: { title: string; hostEmail: string; visitorEmail: string },
): Promise<string> {
  const created = await request.post(`/api/initiatives/${initiativeId}/activities`, {
    headers: csrf,
    data: {
      formatKey: "structured_peer_assessment",
      title: options.title,
      startsOn: "2026-10-05",
      timeZone: "Africa/Nairobi",
    },
  });
  expect(created.status()).toBe(201);
  const activityId = ((await created.json()) as { id: string }).id;
  const people = [
    { email: options.hostEmail, role: "host" },
    { email: options.visitorEmail, role: "visiting_peer" },
  ];
  for (const person of people) {
    const personId = await memberPersonId(request, initiativeId, person.email);
    const added = await request.post(
      `/api/initiatives/${initiativeId}/activities/${activityId}/participants`,
      { headers: csrf, data: { personId, role: person.role } },
    );
    expect(added.status()).toBe(201);
  }
  return activityId;
}

/** The peer assessment page of one activity, through its labels (English). */
export class PeerAssessmentPage {
  constructor(readonly page: Page) {}

  /** Opens the page and waits for its heading. */
  async goto(initiativeId: string, activityId: string): Promise<void> {
    await this.page.goto(`/initiatives/${initiativeId}/activities/${activityId}/peer-assessment`);
    await expect(
      this.page.getByRole("heading", { level: 2, name: "Structured peer assessment" }),
    ).toBeVisible();
  }

  /** The card of one side's plan, by its heading. */
  planCard(heading: "The hosts' project plan" | "The visiting peers' project plan"): Locator {
    return this.page.getByRole("region", { name: heading });
  }

  /** The section of one direction, by its heading. */
  direction(heading: string): Locator {
    return this.page.getByRole("region", { name: heading });
  }

  /** Fills the plan form in `card` and saves it; does not wait for the outcome. */
  async savePlan(card: Locator, plan: { title: string; text: string; url: string }) {
    await card.getByLabel("Title of the plan").fill(plan.title);
    await card.getByLabel(/^The plan/).fill(plan.text);
    await card.getByLabel(/^Link to the plan document/).fill(plan.url);
    await card.getByRole("button", { name: "Save the plan" }).click();
  }

  /** Records the presentation date of the plan in `card` and waits for it to show. */
  async recordPresentation(card: Locator, isoDate: string, shown: string): Promise<void> {
    await card.getByLabel("Date of the presentation").fill(isoDate);
    await card.getByRole("button", { name: /Record the presentation|Change the date/ }).click();
    await expect(card.getByText(`Presented on ${shown}`)).toBeVisible();
  }

  /** The error summary at the top of a form. */
  errorSummary(): Locator {
    return this.page.getByRole("alert").filter({ hasText: "There is a problem" });
  }
}
