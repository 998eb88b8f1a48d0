import { type APIRequestContext, expect, type PlaywrightWorkerArgs } from "@playwright/test";

type Playwright = PlaywrightWorkerArgs["playwright"];

const csrf = { "X-Kollega-Csrf": "1" };

/** A fresh API session (own cookie jar) signed in as `account`. */
export async function signedInApi(
  playwright: Playwright,
  baseURL: string,
  account: { email: string; password: string },
): Promise<APIRequestContext> {
  const request = await playwright.request.newContext({ baseURL });
  const answer = await request.post("/api/auth/login", { headers: csrf, data: account });
  expect(answer.status()).toBe(200);
  return request;
}

/** Creates an initiative through the API and returns its id. */
export async function createInitiativeByApi(
  request: APIRequestContext,
  name: string,
): Promise<string> {
  const answer = await request.post("/api/initiatives", {
    headers: csrf,
    data: { name, kind: "network" },
  });
  expect(answer.status()).toBe(201);
  return ((await answer.json()) as { id: string }).id;
}

/** Invites `email` to an initiative through the API. */
export async function inviteByApi(
  request: APIRequestContext,
  initiativeId: string,
  email: string,
  role = "peer",
) {
  const answer = await request.post(`/api/initiatives/${initiativeId}/invitations`, {
    headers: csrf,
    data: { email, role },
  });
  expect(answer.status()).toBe(201);
}

/** The token of the newest invitation mail to `email`, read from the outbox as an admin. */
export async function invitationTokenFor(admin: APIRequestContext, email: string): Promise<string> {
  const answer = await admin.get(`/api/admin/outbox?to=${encodeURIComponent(email)}`);
  const body = (await answer.json()) as { items: { textBody: string }[] };
  const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(body.items[0]?.textBody ?? "")?.[1];
  if (!token) throw new Error(`no invitation mail to ${email}`);
  return token;
}

/** Accepts an invitation for an existing account by giving its password. */
export async function acceptWithPassword(
  request: APIRequestContext,
  token: string,
  password: string,
) {
  const answer = await request.post(`/api/invitations/${token}/accept`, {
    headers: csrf,
    data: { password },
  });
  expect(answer.status()).toBe(200);
}
