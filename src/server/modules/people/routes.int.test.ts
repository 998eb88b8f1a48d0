import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";

type PersonBody = {
  id: string;
  version: number;
  locale: string;
  languages: string[];
  organisationName: string | null;
};

describe.each(dialects)("profiles on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  }, 60_000);
  afterAll(async () => t?.close());

  it("lets a person edit their own profile and remembers the interface language", async () => {
    const cookie = await t.login("karin.sundberg@demo.kollega.test");
    const me = (await t.call({ method: "GET", url: "/api/auth/me", cookie })).body as {
      person: { id: string };
    };
    const profile = (await t.call({ method: "GET", url: `/api/people/${me.person.id}`, cookie }))
      .body as PersonBody;
    expect(profile.organisationName).toBe("Sjöby kommun");
    const saved = await t.call({
      method: "PATCH",
      url: `/api/people/${me.person.id}`,
      cookie,
      body: {
        version: profile.version,
        locale: "fr",
        languages: ["SV", "en", "sv"],
        yearsOfService: 11,
      },
    });
    expect(saved).toMatchObject({
      status: 200,
      body: { locale: "fr", languages: ["sv", "en"], yearsOfService: 11 },
    });
    expect((await t.call({ method: "GET", url: "/api/auth/me", cookie })).body).toMatchObject({
      person: { locale: "fr" },
    });
    const stale = await t.call({
      method: "PATCH",
      url: `/api/people/${me.person.id}`,
      cookie,
      body: { version: profile.version, position: "x" },
    });
    expect(stale.status).toBe(409);
  });

  it("refuses an unknown home organisation and out-of-range years", async () => {
    const cookie = await t.login("johan.berg@demo.kollega.test");
    const me = (await t.call({ method: "GET", url: "/api/auth/me", cookie })).body as {
      person: { id: string };
    };
    const profile = (await t.call({ method: "GET", url: `/api/people/${me.person.id}`, cookie }))
      .body as PersonBody;
    const org = await t.call({
      method: "PATCH",
      url: `/api/people/${me.person.id}`,
      cookie,
      body: { version: profile.version, organisationId: "01890a5d-ac96-774b-bcce-b302099a8057" },
    });
    expect(org).toMatchObject({
      status: 400,
      body: { error: { details: [{ path: "organisationId" }] } },
    });
    const years = await t.call({
      method: "PATCH",
      url: `/api/people/${me.person.id}`,
      cookie,
      body: { version: profile.version, yearsOfService: 200 },
    });
    expect(years.status).toBe(400);
  });
});
