import { type APIRequestContext, type Browser, expect, type Page } from "@playwright/test";
import { demoInitiativeId } from "./activity-pages";
import { signedInApi } from "./api-helpers";
import { SignInPage } from "./sign-in-page";

const csrf = { "X-Kollega-Csrf": "1" };

/** A demo account by its key (`erik.lindqvist` ...). */
export function demoPeer(key: string) {
  return { email: `${key}@demo.kollega.test`, password: "kollega-demo" };
}

function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const readinessRatings = [
  ["leadership_commitment", 4],
  ["staff_capacity", 2],
  ["resources", 2],
  ["evidence_and_data", 1],
  ["stakeholder_involvement", 3],
  ["openness_to_change", 3],
] as const;

/** Where one test's own peer visit lives. */
export type OwnVisit = { initiativeId: string; activityId: string; path: string; api: string };

async function ok(answer: Awaited<ReturnType<APIRequestContext["get"]>>, status = 200) {
  expect(answer.status(), await answer.text()).toBe(status);
  return answer.json();
}

/**
 * Plans a peer visit in the demo initiative through the API as the facilitator (host Grace,
 * visiting peers Erik and Karin, moderator Lars, dates in the past), starts it, fills the
 * preparation and advances it to the visit phase.
 */
export async function setUpVisitPhase(api: APIRequestContext, title: string): Promise<OwnVisit> {
  const initiativeId = await demoInitiativeId(api);
  const members = (await ok(
    await api.get(`/api/initiatives/${initiativeId}/members?limit=100`),
  )) as {
    items: { personId: string; email: string }[];
  };
  const personOf = (key: string) => {
    const member = members.items.find((m) => m.email === demoPeer(key).email);
    if (!member) throw new Error(`${key} is not a member of the demo initiative`);
    return member.personId;
  };
  const activity = (await ok(
    await api.post(`/api/initiatives/${initiativeId}/activities`, {
      headers: csrf,
      data: {
        formatKey: "peer_visit",
        title,
        startsOn: daysFromToday(-3),
        endsOn: daysFromToday(-2),
        timeZone: "Africa/Nairobi",
        address: "Ziwani Municipal Council",
      },
    }),
    201,
  )) as { id: string };
  const base = `/api/initiatives/${initiativeId}/activities/${activity.id}`;
  const roles = [
    ["grace.wanjiru", "host"],
    ["erik.lindqvist", "visiting_peer"],
    ["karin.sundberg", "visiting_peer"],
    ["lars.ek", "moderator"],
  ] as const;
  for (const [key, role] of roles) {
    await ok(
      await api.post(`${base}/participants`, {
        headers: csrf,
        data: { personId: personOf(key), role },
      }),
      201,
    );
  }
  const visitApi = `${base}/peer-visit`;
  const started = (await ok(
    await api.post(visitApi, {
      headers: csrf,
      data: { areaToImprove: "How we plan waste collection routes in the informal settlements" },
    }),
    201,
  )) as { version: number };
  const prepared = (await ok(
    await api.patch(`${visitApi}/preparation`, {
      headers: csrf,
      data: {
        readiness: readinessRatings.map(([criterion, rating]) => ({
          criterion,
          rating,
          comment: "",
        })),
        version: started.version,
      },
    }),
  )) as { version: number };
  await advance(api, visitApi, prepared.version);
  return {
    initiativeId,
    activityId: activity.id,
    path: `/initiatives/${initiativeId}/activities/${activity.id}/peer-visit`,
    api: visitApi,
  };
}

async function advance(api: APIRequestContext, visitApi: string, version: number) {
  await ok(
    await api.post(`${visitApi}/transitions`, {
      headers: csrf,
      data: { kind: "advance", version },
    }),
  );
}

/** Moves the visit one phase on through the API (as someone allowed to). */
export async function advanceVisit(api: APIRequestContext, visit: OwnVisit): Promise<void> {
  const current = (await ok(await api.get(visit.api))) as { version: number };
  await advance(api, visit.api, current.version);
}

/** The keys of the note drafts kept in the browser's storage (any person's). */
export function draftKeysOnDevice(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith("kollega.note-draft:")),
  );
}

/** A browser context signed in as one demo person, on the visit's page. */
export async function openVisitAs(browser: Browser, key: string, visit: OwnVisit) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new SignInPage(page).signIn(demoPeer(key));
  await page.goto(visit.path);
  await expect(page.getByRole("heading", { level: 2 })).toBeVisible();
  return { context, page };
}

/** The parts of the visit and feedback phases, by their visible names. */
export class PeerVisitRecordsPage {
  constructor(readonly page: Page) {}

  /** The note editor that is open (the newest one). */
  noteBox() {
    return this.page.getByRole("textbox", { name: /^(New note|Edit note)$/ }).first();
  }

  /** The save status line of the open note. */
  noteStatus() {
    return this.page.locator(".note-editor__status").first();
  }

  /** A feedback item drafting form. */
  feedbackForm() {
    return this.page.getByRole("form", { name: "New feedback item" });
  }

  /** Drafts a feedback item: kind, then text (the hints update while typing). */
  async draftFeedback(kind: "Strength" | "Weakness" | "Idea", text: string) {
    const form = this.feedbackForm();
    await form.getByRole("radio", { name: kind }).check();
    await form.getByRole("textbox", { name: "Your feedback" }).fill(text);
  }

  /** The live hints of the new feedback draft. */
  hints() {
    return this.feedbackForm().locator(".feedback-hints__live");
  }

  /** A polite toast with this text. */
  toast(text: string) {
    return this.page.getByRole("status").filter({ hasText: text });
  }

  /** Writes a note or evidence tied to a self-assessment point, waits for the autosave, closes it. */
  async takeNote(kind: "note" | "evidence", criterion: string, text: string) {
    await this.page.getByRole("button", { name: "New note" }).click();
    await expect(this.noteBox()).toBeFocused();
    await this.page.getByLabel("Kind").selectOption(kind);
    await this.page.getByLabel(/^Self-assessment point/).selectOption(criterion);
    await this.noteBox().fill(text);
    await expect(this.noteStatus()).toHaveText("Saved");
    await this.page.getByRole("button", { name: "Done" }).click();
    await expect(this.page.getByTestId("note-card").filter({ hasText: text })).toBeVisible();
  }

  /** Checks one criterion of the host's self-assessment and saves the check. */
  async checkCriterion(criterion: string, rating: string, comment: string) {
    const group = this.page.getByRole("group", { name: criterion, exact: true });
    await group.getByLabel(/^Your rating/).selectOption({ label: rating });
    await group.getByLabel(/^Your comment/).fill(comment);
    await this.page.getByRole("button", { name: "Save my check" }).click();
    await expect(this.toast("Your check is saved.")).toBeVisible();
  }

  /** Drafts a feedback item and adds it; it then shows among the reader's own items. */
  async addFeedback(kind: "Strength" | "Weakness" | "Idea", text: string) {
    await this.draftFeedback(kind, text);
    await this.page.getByRole("button", { name: "Add feedback item" }).click();
    await expect(this.page.getByTestId("feedback-item").filter({ hasText: text })).toBeVisible();
  }

  /** The moderator copies the point of the cluster sharing `term` into the agreed list. */
  async useCluster(kind: "strength" | "weakness", term: string) {
    const cluster = this.page
      .getByTestId("feedback-cluster")
      .filter({ hasText: kind === "strength" ? "Strength" : "Weakness" })
      .filter({ hasText: term });
    await expect(cluster).toContainText("2 items");
    await cluster.getByRole("button", { name: new RegExp(`^Use as agreed ${kind}`) }).click();
  }

  /** A visiting peer records what they will adapt at home. */
  async recordAdaptation(text: string) {
    await this.page.getByLabel(/^What I will adapt at home/).fill(text);
    await this.page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(this.toast("Your note on what you will adapt has been saved.")).toBeVisible();
  }
}

type Playwright = Parameters<typeof signedInApi>[0];

async function setLocaleOf(api: APIRequestContext, locale: string): Promise<string> {
  const me = (await ok(await api.get("/api/auth/me"))) as {
    person: { id: string; locale: string };
  };
  const person = (await ok(await api.get(`/api/people/${me.person.id}`))) as { version: number };
  await ok(
    await api.patch(`/api/people/${me.person.id}`, {
      headers: csrf,
      data: { version: person.version, locale },
    }),
  );
  return me.person.locale;
}

/**
 * Gives each account an English interface for the test (the assertions read English texts) and
 * returns a function that puts back the language each had, so other journeys see the demo as
 * seeded.
 */
export async function useEnglishFor(
  playwright: Playwright,
  baseURL: string,
  keys: readonly string[],
): Promise<() => Promise<void>> {
  const previous: { key: string; locale: string }[] = [];
  for (const key of keys) {
    const api = await signedInApi(playwright, baseURL, demoPeer(key));
    previous.push({ key, locale: await setLocaleOf(api, "en") });
    await api.dispose();
  }
  return async () => {
    for (const { key, locale } of previous) {
      const api = await signedInApi(playwright, baseURL, demoPeer(key));
      await setLocaleOf(api, locale);
      await api.dispose();
    }
  };
}
