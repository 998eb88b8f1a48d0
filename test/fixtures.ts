import type { AuthorizedInitiativeId } from "../src/server/auth/access-gate";
import { hashPassword } from "../src/server/auth/password";
import type { AppContext } from "../src/server/context";
import { findOutboxMessages } from "../src/server/modules/admin/service";
import { createInitiative } from "../src/server/modules/initiatives/service";
import { addMembership, invite } from "../src/server/modules/members/service";
import { createPersonAccount, findAccountByEmail } from "../src/server/modules/people/service";
import type { MemberRole } from "../src/shared/contracts/initiatives";

let counter = 0;
let cachedHash: Promise<string> | undefined;

/** A unique test email. */
export function uniqueEmail(prefix = "person"): string {
  counter += 1;
  return `${prefix}.${Date.now().toString(36)}.${counter}@test.kollega.test`;
}

/** Creates a person with the password `test-password-1` (hashed once per test file). */
export async function buildPerson(
  ctx: AppContext,
  overrides: {
    email?: string;
    displayName?: string;
    systemRole?: "admin" | "facilitator" | "member";
  } = {},
): Promise<{ id: string; email: string; password: string }> {
  cachedHash ??= hashPassword("test-password-1");
  const email = overrides.email ?? uniqueEmail();
  const id = await createPersonAccount(ctx.db, {
    email,
    displayName: overrides.displayName ?? "Test Person",
    passwordHash: await cachedHash,
    locale: "en",
    systemRole: overrides.systemRole ?? "member",
  });
  return { id, email, password: "test-password-1" };
}

/** Creates an initiative whose facilitator is `facilitatorId`. */
export async function buildInitiative(
  ctx: AppContext,
  facilitatorId: string,
  name = "Test initiative",
) {
  return createInitiative(ctx, facilitatorId, {
    name,
    kind: "network",
    reformArea: "Budgeting",
    focalSector: "Finance",
    startsOn: null,
    endsOn: null,
    scoping: {},
  });
}

/** Adds a person to an initiative with a role. */
export async function buildMembership(
  ctx: AppContext,
  initiativeId: string,
  personId: string,
  role: MemberRole,
) {
  await addMembership(ctx.db, initiativeId, personId, role);
}

/** Invites an email as the given facilitator and returns the invitation id and the mailed token. */
export async function buildInvitation(
  ctx: AppContext,
  initiativeId: string,
  facilitatorId: string,
  email = uniqueEmail("invitee"),
  role: MemberRole = "peer",
) {
  const auth = {
    id: initiativeId as AuthorizedInitiativeId,
    role: "facilitator" as const,
    actor: { personId: facilitatorId, systemRole: "facilitator" as const },
  };
  const invitation = await invite(ctx, auth, { email, role }, "Test initiative");
  return { id: invitation.id, email, token: await readMailedToken(ctx, email, "/invitations/") };
}

/** Reads the newest mail to `email` from the outbox and returns the token after `pathPrefix`. */
export async function readMailedToken(
  ctx: AppContext,
  email: string,
  pathPrefix: string,
): Promise<string> {
  const page = await findOutboxMessages(ctx, { limit: 1, offset: 0, to: email });
  const body = page.items[0]?.textBody ?? "";
  const match = body.match(new RegExp(`${pathPrefix}([A-Za-z0-9_-]+)`));
  if (!match?.[1]) throw new Error(`no ${pathPrefix} link mailed to ${email}`);
  return match[1];
}

/** The id of a demo person by key (e.g. `erik.lindqvist`). */
export async function demoPersonId(ctx: AppContext, key: string): Promise<string> {
  const row = await findAccountByEmail(ctx.db, `${key}@demo.kollega.test`);
  if (!row) throw new Error(`no demo person ${key}`);
  return row.id;
}
