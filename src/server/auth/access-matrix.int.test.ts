import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activityCases } from "../../../test/activity-access-cases";
import { dialects, startTestApp, type TestApp } from "../../../test/api-harness";
import {
  buildInitiative,
  buildInvitation,
  buildMembership,
  buildPerson,
  demoPersonId,
  uniqueEmail,
} from "../../../test/fixtures";
import { intakeMatchingCases } from "../../../test/intake-matching-access-cases";
import { peerMethodCases } from "../../../test/peer-method-access-cases";
import { peerVisitCases } from "../../../test/peer-visit-access-cases";

/**
 * Walks every API route with every role (and signed out) and checks allow or deny, including a
 * facilitator of another initiative. A route the table does not list fails the test, so a new
 * route cannot skip this check.
 */
const roles = [
  "anon",
  "admin",
  "outsider",
  "facilitator",
  "peer",
  "authoriser",
  "moderator",
  "observer",
] as const;
type Role = (typeof roles)[number];
const members: Role[] = ["facilitator", "peer", "authoriser", "moderator", "observer"];
const signedIn: Role[] = roles.filter((r) => r !== "anon");
const systemFacilitators: Role[] = ["admin", "outsider", "facilitator"];

type Fixture = {
  t: TestApp;
  initiativeId: string;
  facilitatorId: string;
  targetPersonId: string;
  organisationId: string;
  facilitatorCookie: string;
};
type Req = { method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE"; url: string; body?: unknown };
type RouteCase = {
  route: string;
  allowed: Role[];
  /** Status an allowed caller gets (default: any 2xx). */
  okStatus?: number;
  make: (fx: Fixture, role: Role) => Promise<Req> | Req;
};

/** The current version of a record, read as the initiative's facilitator (who may see it all). */
async function version(fx: Fixture, url: string): Promise<number> {
  const res = await fx.t.call({ method: "GET", url, cookie: fx.facilitatorCookie });
  return (res.body as { version: number }).version;
}

const cases: RouteCase[] = [
  {
    route: "GET /api/health",
    allowed: [...roles],
    make: () => ({ method: "GET", url: "/api/health" }),
  },
  {
    route: "POST /api/auth/login",
    allowed: [...roles],
    make: () => ({
      method: "POST",
      url: "/api/auth/login",
      body: { email: "grace.wanjiru@demo.kollega.test", password: "kollega-demo" },
    }),
  },
  {
    route: "POST /api/auth/logout",
    allowed: [...roles],
    make: () => ({ method: "POST", url: "/api/auth/logout" }),
  },
  {
    route: "GET /api/auth/me",
    allowed: [...roles],
    make: () => ({ method: "GET", url: "/api/auth/me" }),
  },
  {
    route: "POST /api/auth/password-reset",
    allowed: [...roles],
    okStatus: 202,
    make: () => ({
      method: "POST",
      url: "/api/auth/password-reset",
      body: { email: "nobody@example.org" },
    }),
  },
  {
    route: "POST /api/auth/password-reset/confirm",
    allowed: [...roles],
    okStatus: 400,
    make: () => ({
      method: "POST",
      url: "/api/auth/password-reset/confirm",
      body: { token: "x".repeat(43), password: "a-new-password" },
    }),
  },
  {
    route: "POST /api/me/password",
    allowed: signedIn,
    okStatus: 400,
    make: () => ({
      method: "POST",
      url: "/api/me/password",
      body: { currentPassword: "wrong", newPassword: "another-password" },
    }),
  },
  {
    route: "GET /api/people/:id",
    allowed: ["admin", ...members],
    make: (fx) => ({ method: "GET", url: `/api/people/${fx.targetPersonId}` }),
  },
  {
    route: "PATCH /api/people/:id",
    allowed: ["admin"],
    make: async (fx) => ({
      method: "PATCH",
      url: `/api/people/${fx.targetPersonId}`,
      body: {
        version: await version(fx, `/api/people/${fx.targetPersonId}`),
        position: "Head of waste management",
      },
    }),
  },
  {
    route: "GET /api/organisations",
    allowed: signedIn,
    make: () => ({ method: "GET", url: "/api/organisations" }),
  },
  {
    route: "POST /api/organisations",
    allowed: systemFacilitators,
    okStatus: 201,
    make: () => ({
      method: "POST",
      url: "/api/organisations",
      body: { name: "Town of Mji", country: "tz", level: "municipal", kind: "government_body" },
    }),
  },
  {
    route: "GET /api/organisations/:id",
    allowed: signedIn,
    make: (fx) => ({ method: "GET", url: `/api/organisations/${fx.organisationId}` }),
  },
  {
    route: "PATCH /api/organisations/:id",
    allowed: systemFacilitators,
    make: async (fx) => ({
      method: "PATCH",
      url: `/api/organisations/${fx.organisationId}`,
      body: {
        version: await version(fx, `/api/organisations/${fx.organisationId}`),
        kind: "government_body",
      },
    }),
  },
  {
    route: "GET /api/initiatives",
    allowed: signedIn,
    make: () => ({ method: "GET", url: "/api/initiatives" }),
  },
  {
    route: "POST /api/initiatives",
    allowed: systemFacilitators,
    okStatus: 201,
    make: () => ({
      method: "POST",
      url: "/api/initiatives",
      body: { name: "Budget network", kind: "network" },
    }),
  },
  {
    route: "GET /api/initiatives/:id",
    allowed: members,
    make: (fx) => ({ method: "GET", url: `/api/initiatives/${fx.initiativeId}` }),
  },
  {
    route: "PATCH /api/initiatives/:id",
    allowed: ["facilitator"],
    make: async (fx) => ({
      method: "PATCH",
      url: `/api/initiatives/${fx.initiativeId}`,
      body: {
        version: await version(fx, `/api/initiatives/${fx.initiativeId}`),
        scoping: { resources: "Two staff" },
      },
    }),
  },
  {
    route: "GET /api/initiatives/:id/members",
    allowed: members,
    make: (fx) => ({ method: "GET", url: `/api/initiatives/${fx.initiativeId}/members` }),
  },
  {
    route: "PATCH /api/initiatives/:id/members/:memberId",
    allowed: ["facilitator"],
    make: async (fx) => ({
      method: "PATCH",
      url: `/api/initiatives/${fx.initiativeId}/members/${await freshMember(fx)}`,
      body: { role: "peer", version: 1 },
    }),
  },
  {
    route: "DELETE /api/initiatives/:id/members/:memberId",
    allowed: ["facilitator"],
    make: async (fx) => ({
      method: "DELETE",
      url: `/api/initiatives/${fx.initiativeId}/members/${await freshMember(fx)}`,
    }),
  },
  {
    route: "GET /api/initiatives/:id/invitations",
    allowed: ["facilitator"],
    make: (fx) => ({ method: "GET", url: `/api/initiatives/${fx.initiativeId}/invitations` }),
  },
  {
    route: "POST /api/initiatives/:id/invitations",
    allowed: ["facilitator"],
    okStatus: 201,
    make: (fx) => ({
      method: "POST",
      url: `/api/initiatives/${fx.initiativeId}/invitations`,
      body: { email: uniqueEmail("invited"), role: "peer" },
    }),
  },
  {
    route: "DELETE /api/initiatives/:id/invitations/:invitationId",
    allowed: ["facilitator"],
    make: async (fx) => {
      const inv = await buildInvitation(fx.t.ctx, fx.initiativeId, fx.facilitatorId);
      return { method: "DELETE", url: `/api/initiatives/${fx.initiativeId}/invitations/${inv.id}` };
    },
  },
  {
    route: "GET /api/invitations/:token",
    allowed: [...roles],
    make: async (fx) => {
      const inv = await buildInvitation(fx.t.ctx, fx.initiativeId, fx.facilitatorId);
      return { method: "GET", url: `/api/invitations/${inv.token}` };
    },
  },
  {
    route: "POST /api/invitations/:token/accept",
    allowed: [...roles],
    make: async (fx) => {
      const inv = await buildInvitation(fx.t.ctx, fx.initiativeId, fx.facilitatorId);
      return {
        method: "POST",
        url: `/api/invitations/${inv.token}/accept`,
        body: { displayName: "New Peer", password: "a-good-password" },
      };
    },
  },
  {
    route: "GET /api/admin/outbox",
    allowed: ["admin"],
    make: () => ({ method: "GET", url: "/api/admin/outbox" }),
  },
  {
    route: "GET /api/admin/people",
    allowed: ["admin"],
    make: () => ({ method: "GET", url: "/api/admin/people" }),
  },
  {
    route: "PATCH /api/admin/people/:id",
    allowed: ["admin"],
    make: (fx) => ({
      method: "PATCH",
      url: `/api/admin/people/${fx.targetPersonId}`,
      body: { systemRole: "member" },
    }),
  },
  ...intakeMatchingCases,
  ...activityCases,
  ...peerVisitCases,
  ...peerMethodCases,
];

async function freshMember(fx: Fixture): Promise<string> {
  const person = await buildPerson(fx.t.ctx);
  await buildMembership(fx.t.ctx, fx.initiativeId, person.id, "observer");
  const rows = await fx.t.ctx.db
    .selectFrom("memberships")
    .select("id")
    .where("person_id", "=", person.id)
    .executeTakeFirstOrThrow();
  return rows.id;
}

describe.each(dialects)("access matrix on %s", (dialect) => {
  let fx: Fixture;
  const cookies = new Map<Role, string | undefined>();

  beforeAll(async () => {
    const t = await startTestApp(dialect);
    const initiativeId = (
      await t.call({
        method: "GET",
        url: "/api/initiatives",
        cookie: await t.login("facilitator@demo.kollega.test"),
      })
    ).body as { items: { id: string }[] };
    const observer = await buildPerson(t.ctx);
    const outsider = await buildPerson(t.ctx, { systemRole: "facilitator" });
    const id = initiativeId.items[0]?.id ?? "";
    await buildMembership(t.ctx, id, observer.id, "observer");
    await buildInitiative(t.ctx, outsider.id, "Another initiative");
    const org = await t.call({
      method: "POST",
      url: "/api/organisations",
      cookie: await t.login("admin@demo.kollega.test"),
      body: { name: "Matrix County", country: "KE", level: "regional", kind: "government_body" },
    });
    fx = {
      t,
      initiativeId: id,
      facilitatorId: await demoPersonId(t.ctx, "facilitator"),
      targetPersonId: await demoPersonId(t.ctx, "erik.lindqvist"),
      organisationId: (org.body as { id: string }).id,
      facilitatorCookie: await t.login("facilitator@demo.kollega.test"),
    };
    cookies.set("anon", undefined);
    cookies.set("admin", await t.login("admin@demo.kollega.test"));
    cookies.set("outsider", await t.login(outsider.email, outsider.password));
    cookies.set("facilitator", await t.login("facilitator@demo.kollega.test"));
    cookies.set("peer", await t.login("amina.otieno@demo.kollega.test"));
    cookies.set("authoriser", await t.login("halima.achieng@demo.kollega.test"));
    cookies.set("moderator", await t.login("lars.ek@demo.kollega.test"));
    cookies.set("observer", await t.login(observer.email, observer.password));
  }, 60_000);

  afterAll(async () => fx?.t.close());

  it("lists every API route in the matrix", async () => {
    const spec = fx.t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
    );
    expect(documented.sort()).toEqual(cases.map((c) => c.route).sort());
  });

  for (const c of cases) {
    it(`${c.route}: allowed for ${c.allowed.join(", ")}; denied to the rest`, async () => {
      for (const role of roles) {
        // A fresh session for logout so the shared session of the role survives.
        const cookie =
          c.route === "POST /api/auth/logout" && role !== "anon"
            ? await freshCookie(fx, role)
            : cookies.get(role);
        const req = await c.make(fx, role);
        const res = await fx.t.call({ ...req, cookie });
        const allowed = c.allowed.includes(role);
        const expected = allowed ? (c.okStatus ?? "2xx") : role === "anon" ? 401 : "403 or 404";
        const fits = allowed
          ? c.okStatus !== undefined
            ? res.status === c.okStatus
            : res.status >= 200 && res.status < 300
          : role === "anon"
            ? res.status === 401
            : res.status === 403 || res.status === 404;
        expect(
          fits,
          `${role} on ${c.route}: got ${res.status}, expected ${expected}: ${JSON.stringify(res.body)}`,
        ).toBe(true);
      }
    }, 60_000);
  }
});

async function freshCookie(fx: Fixture, role: Role): Promise<string> {
  const emails: Partial<Record<Role, string>> = {
    admin: "admin@demo.kollega.test",
    facilitator: "facilitator@demo.kollega.test",
    peer: "amina.otieno@demo.kollega.test",
    authoriser: "halima.achieng@demo.kollega.test",
    moderator: "lars.ek@demo.kollega.test",
  };
  const email = emails[role];
  if (email) return fx.t.login(email);
  const p = await buildPerson(fx.t.ctx);
  return fx.t.login(p.email, p.password);
}
