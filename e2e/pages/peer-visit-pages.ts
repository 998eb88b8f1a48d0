import { type APIRequestContext, expect, type Locator, type Page } from "@playwright/test";

const csrf = { "X-Kollega-Csrf": "1" };

/** `YYYY-MM-DD`, `days` from today (UTC). */
export function isoDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The people of the journey, by demo key. */
export type VisitCast = {
  host: string;
  visitingPeers: string[];
  moderator: string;
};

/** Person ids of the demo initiative's members, by e-mail address. */
export async function memberIdsByEmail(
  api: APIRequestContext,
  initiativeId: string,
): Promise<Map<string, string>> {
  const answer = await api.get(`/api/initiatives/${initiativeId}/members?limit=100`);
  expect(answer.status()).toBe(200);
  const body = (await answer.json()) as { items: { personId: string; email: string }[] };
  return new Map(body.items.map((m) => [m.email, m.personId]));
}

async function organisationId(api: APIRequestContext, name: string): Promise<string> {
  const answer = await api.get(`/api/organisations?q=${encodeURIComponent(name)}`);
  const body = (await answer.json()) as { items: { id: string; name: string }[] };
  const found = body.items.find((o) => o.name === name);
  if (!found) throw new Error(`no organisation ${name}`);
  return found.id;
}

/**
 * Creates a `peer_visit` activity through the API (as a facilitator) hosted by Ziwani, starting
 * `startsInDays` from today, with the host, visiting peers and moderator as participants.
 * Returns the activity id.
 */
export async function createPeerVisitActivity(
  api: APIRequestContext,
  initiativeId: string,
  options: { title: string; startsInDays: number; cast: VisitCast },
): Promise<string> {
  const base = `/api/initiatives/${initiativeId}`;
  const answer = await api.post(`${base}/activities`, {
    headers: csrf,
    data: {
      formatKey: "peer_visit",
      title: options.title,
      startsOn: isoDay(options.startsInDays),
      endsOn: isoDay(options.startsInDays + 1),
      timeZone: "Africa/Nairobi",
      hostOrganisationId: await organisationId(api, "Ziwani Municipal Council"),
    },
  });
  expect(answer.status(), await answer.text()).toBe(201);
  const activityId = ((await answer.json()) as { id: string }).id;
  const ids = await memberIdsByEmail(api, initiativeId);
  const { cast } = options;
  const people: [string, string][] = [
    [cast.host, "host"],
    ...cast.visitingPeers.map((key): [string, string] => [key, "visiting_peer"]),
    [cast.moderator, "moderator"],
  ];
  for (const [key, role] of people) {
    const personId = ids.get(`${key}@demo.kollega.test`);
    const added = await api.post(`${base}/activities/${activityId}/participants`, {
      headers: csrf,
      data: { personId, role },
    });
    expect(added.status(), await added.text()).toBe(201);
  }
  return activityId;
}

/** Moves an activity's dates (as a facilitator), e.g. so the visit has begun. */
export async function moveActivityDates(
  api: APIRequestContext,
  initiativeId: string,
  activityId: string,
  startsInDays: number,
): Promise<void> {
  const path = `/api/initiatives/${initiativeId}/activities/${activityId}`;
  const activity = (await (await api.get(path)).json()) as { version: number };
  const answer = await api.patch(path, {
    headers: csrf,
    data: {
      startsOn: isoDay(startsInDays),
      endsOn: isoDay(startsInDays + 1),
      version: activity.version,
    },
  });
  expect(answer.status(), await answer.text()).toBe(200);
}

/** The peer visit API of one activity, for steps the journey does not click through. */
export class PeerVisitApi {
  readonly path: string;

  constructor(
    readonly api: APIRequestContext,
    initiativeId: string,
    activityId: string,
  ) {
    this.path = `/api/initiatives/${initiativeId}/activities/${activityId}/peer-visit`;
  }

  /** The visit as this caller sees it. */
  async visit(): Promise<{ version: number; phase: string; reportSharing: string }> {
    const answer = await this.api.get(this.path);
    expect(answer.status()).toBe(200);
    return answer.json();
  }

  /** Starts the workflow (facilitators, hosts). */
  async start(areaToImprove = ""): Promise<void> {
    const answer = await this.api.post(this.path, { headers: csrf, data: { areaToImprove } });
    expect(answer.status(), await answer.text()).toBe(201);
  }

  /** Saves a preparation change with the current version (to play "someone else"). */
  async patchPreparation(data: Record<string, unknown>): Promise<void> {
    const { version } = await this.visit();
    const answer = await this.api.patch(`${this.path}/preparation`, {
      headers: csrf,
      data: { ...data, version },
    });
    expect(answer.status(), await answer.text()).toBe(200);
  }

  /** A visiting peer's feedback item. */
  async giveFeedback(kind: "strength" | "weakness" | "idea", text: string): Promise<void> {
    const answer = await this.api.post(`${this.path}/feedback-items`, {
      headers: csrf,
      data: { kind, text },
    });
    expect(answer.status(), await answer.text()).toBe(201);
  }

  /** The moderator records the common understanding. */
  async recordUnderstanding(strengths: string[], weaknesses: string[]): Promise<void> {
    const { version } = await this.visit();
    const answer = await this.api.put(`${this.path}/common-understanding`, {
      headers: csrf,
      data: { agreedStrengths: strengths, agreedWeaknesses: weaknesses, note: "", version },
    });
    expect(answer.status(), await answer.text()).toBe(200);
  }

  /** Moves the visit one phase on. */
  async advance(): Promise<void> {
    const { version } = await this.visit();
    const answer = await this.api.post(`${this.path}/transitions`, {
      headers: csrf,
      data: { kind: "advance", version },
    });
    expect(answer.status(), await answer.text()).toBe(200);
  }
}

const advanceWords = {
  en: { button: "Move to the next phase", confirm: "Move on to" },
  sv: { button: "Gå vidare till nästa fas", confirm: "Gå vidare till" },
};

/** The peer visit page and its controls (English labels unless said otherwise). */
export class PeerVisitPage {
  readonly gates: Locator;
  readonly refusal: Locator;
  readonly stepper: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.gates = page.locator(".notice").filter({
      has: page.getByRole("heading", {
        name: /^(Before the visit can move on|Innan besöket kan gå vidare)$/,
      }),
    });
    this.refusal = page.getByTestId("transition-refusal");
    this.stepper = page.getByRole("navigation", {
      name: /^(Phases of the peer visit|Kollegabesökets faser)$/,
    });
    this.history = page.getByTestId("phase-history");
  }

  /** Opens the visit page of an activity. */
  async open(initiativeId: string, activityId: string): Promise<void> {
    await this.page.goto(`/initiatives/${initiativeId}/activities/${activityId}/peer-visit`);
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  /** The stepper's current step. */
  currentStep(): Locator {
    return this.stepper.locator('[aria-current="step"]');
  }

  /** A polite toast with this text. */
  toast(text: string | RegExp): Locator {
    return this.page.getByRole("status").filter({ hasText: text });
  }

  /** Rates every readiness criterion with the same rating label ("Largely in place"). */
  async rateAllCriteria(rating: string): Promise<void> {
    const groups = this.page.locator("fieldset.choice-group");
    const count = await groups.count();
    for (let index = 0; index < count; index += 1) {
      await groups
        .nth(index)
        .getByRole("radio", { name: new RegExp(`– ${rating}$`) })
        .check();
    }
  }

  /** Adds a milestone row and fills it (due date optional). */
  async addMilestone(number: number, label: string, dueOn?: string): Promise<void> {
    await this.page.getByRole("button", { name: "Add a milestone" }).click();
    const field = this.page.getByLabel(`Milestone ${number}`, { exact: true });
    await expect(field).toBeFocused();
    await field.fill(label);
    if (dueOn) await this.page.getByLabel(`Due date of milestone ${number}`).fill(dueOn);
  }

  /** Adds a "who does what" row. */
  async addResponsibility(number: number, person: string, task: string): Promise<void> {
    await this.page.getByRole("button", { name: "Add a responsibility" }).click();
    await this.page.getByLabel(`Person ${number}`, { exact: true }).selectOption({ label: person });
    await this.page.getByLabel(`Responsibility of person ${number}`).fill(task);
  }

  /** Saves the preparation form. */
  async savePreparation(): Promise<void> {
    await this.page.getByRole("button", { name: "Save the preparation" }).click();
  }

  /** Opens the activity page (where "Open the peer visit" leads to this page). */
  async openActivity(initiativeId: string, activityId: string): Promise<void> {
    await this.page.goto(`/initiatives/${initiativeId}/activities/${activityId}`);
    await expect(this.page.getByRole("heading", { level: 2 })).toBeVisible();
  }

  /** On the activity page: follows "Open the peer visit" to the not-yet-started visit. */
  async followFromActivity(): Promise<void> {
    await this.page.getByRole("link", { name: "Open the peer visit" }).click();
    await expect(this.page).toHaveURL(/\/peer-visit$/);
    await expect(this.page.getByRole("heading", { name: "Start the peer visit" })).toBeVisible();
  }

  /** Adds an improvement action through the "New improvement action" form. */
  async addAction(action: { title: string; owner: string; dueOn: string; status: string }) {
    const form = this.page.getByRole("form", { name: "New improvement action" });
    await form.getByLabel("Action", { exact: true }).fill(action.title);
    await form.getByLabel("Owner", { exact: true }).fill(action.owner);
    await form.getByLabel(/^Due date/).fill(action.dueOn);
    await form.getByLabel("Status").selectOption({ label: action.status });
    await form.getByRole("button", { name: "Add the action" }).click();
    await expect(this.toast(`“${action.title}” has been added.`)).toBeVisible();
  }

  /** Opens the HTML report from the report panel; it opens in a new tab, which is returned. */
  async openReport(): Promise<Page> {
    const [report] = await Promise.all([
      this.page.waitForEvent("popup"),
      this.page.getByRole("link", { name: /^Open the report/ }).click(),
    ]);
    await report.waitForLoadState();
    return report;
  }

  /** Fetches the report panel's PDF link with this page's session; returns its content type. */
  async pdfContentType(): Promise<string> {
    const href = await this.page
      .getByRole("link", { name: "Download the report as PDF" })
      .getAttribute("href");
    const answer = await this.page.request.get(href ?? "");
    expect(answer.status()).toBe(200);
    return answer.headers()["content-type"] ?? "";
  }

  /** The host shares the report with the whole initiative (asked first). */
  async shareReport(): Promise<void> {
    await this.page.getByRole("button", { name: "Share the report with the initiative" }).click();
    const dialog = this.page.getByRole("dialog", {
      name: "Share the report with the whole initiative?",
    });
    await dialog.getByRole("button", { name: "Share the report" }).click();
    await expect(
      this.toast("The report is now shared with every member of the initiative."),
    ).toBeVisible();
  }

  /** Moves the visit on through the confirmation dialog (English or Swedish interface). */
  async advanceTo(phase: string, lang: "en" | "sv" = "en"): Promise<void> {
    const words = advanceWords[lang];
    await this.page.getByRole("button", { name: words.button }).click();
    const dialog = this.page.getByRole("dialog", { name: `${words.confirm} ${phase}?` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: `${words.confirm} ${phase}`, exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}

/** The "My peer visits" panel of the initiative overview page, and one visit's row in it. */
export function peerVisitsPanel(page: Page, title: string) {
  const panel = page.getByRole("region", { name: "My peer visits" });
  return { panel, row: panel.getByRole("row").filter({ hasText: title }) };
}
