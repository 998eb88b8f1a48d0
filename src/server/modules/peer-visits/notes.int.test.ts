import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";
import {
  advance,
  as,
  buildVisitWorld,
  completePreparation,
  readVisit,
  type VisitWorld,
} from "../../../../test/peer-visit-fixtures";
import type { VisitNote } from "../../../shared/contracts/peer-visit-records";

describe.each(dialects)("idempotent notes and input validation on %s", (dialect) => {
  let t: TestApp;
  let w: VisitWorld;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    w = await buildVisitWorld(t);
    await completePreparation(w);
    await advance(w, "host");
  }, 60_000);
  afterAll(async () => t?.close());

  const put = (id: string, body: object) => as(w, "author", "PUT", `${w.url}/notes/${id}`, body);
  const myNotes = async () =>
    ((await as(w, "author", "GET", `${w.url}/notes`)).body as { items: VisitNote[] }).items;

  it("never duplicates a note when the same save is retried", async () => {
    const id = crypto.randomUUID();
    const first = await put(id, { text: "Crews start at six", version: 0 });
    expect(first.body).toMatchObject({ id, version: 1, text: "Crews start at six", isMine: true });
    const retry = await put(id, { text: "Crews start at six", version: 0 });
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ id, version: 1 });
    expect((await myNotes()).filter((n) => n.id === id)).toHaveLength(1);
  });

  it("never loses text typed after a save whose answer was lost", async () => {
    const id = crypto.randomUUID();
    await put(id, { text: "Crews start", version: 0 });
    const typedOn = await put(id, { text: "Crews start at six, two per truck", version: 0 });
    expect(typedOn.body).toMatchObject({ version: 2, text: "Crews start at six, two per truck" });
    const next = await put(id, {
      text: "Crews start at six, two per truck, one driver",
      version: 2,
    });
    expect(next.body).toMatchObject({ version: 3 });
    const stale = await put(id, { text: "An old tab's text", version: 1 });
    expect(stale.status).toBe(409);
    expect((await myNotes()).find((n) => n.id === id)?.text).toBe(
      "Crews start at six, two per truck, one driver",
    );
  });

  it("answers two copies of the same first save sent at once with one note", async () => {
    const id = crypto.randomUUID();
    const body = { kind: "evidence", criterion: "resources", text: "Fuel log, March", version: 0 };
    const [a, b] = await Promise.all([put(id, body), put(id, body)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect((await myNotes()).filter((n) => n.id === id)).toHaveLength(1);
  });

  it("deletes with the current version only, and a deleted note is not recreated by an old save", async () => {
    const id = crypto.randomUUID();
    await put(id, { text: "To be removed", version: 0 });
    expect((await as(w, "author", "DELETE", `${w.url}/notes/${id}?version=7`)).status).toBe(409);
    expect((await as(w, "author", "DELETE", `${w.url}/notes/${id}?version=1`)).status).toBe(200);
    expect((await put(id, { text: "To be removed", version: 1 })).status).toBe(404);
  });

  it("refuses bad notes with 400", async () => {
    const id = crypto.randomUUID();
    for (const body of [
      { text: "", version: 0 },
      { text: "   ", version: 0 },
      { text: "x".repeat(8001), version: 0 },
      { text: "bell\u0007", version: 0 },
      { text: "ok", kind: "gossip", version: 0 },
      { text: "ok", criterion: "weather", version: 0 },
      { text: "ok", version: -1 },
      { text: "ok" },
    ]) {
      const res = await put(id, body);
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
    }
    expect(
      (await as(w, "author", "PUT", `${w.url}/notes/not-a-uuid`, { text: "ok", version: 0 }))
        .status,
    ).toBe(400);
    const noCsrf = await t.call({
      method: "PUT",
      url: `${w.url}/notes/${id}`,
      body: { text: "ok", version: 0 },
      cookie: w.cookies.author,
      headers: { "x-kollega-csrf": "0" },
    });
    expect(noCsrf.status).toBe(403);
  });

  it("refuses bad input elsewhere with 400, naming the field", async () => {
    const version = (await readVisit(w)).version;
    const cases: [string, "PATCH" | "POST" | "PUT" | "GET", string, unknown][] = [
      [
        "rating 5",
        "PATCH",
        "/preparation",
        { readiness: [{ criterion: "resources", rating: 5, comment: "" }], version },
      ],
      [
        "bad date",
        "PATCH",
        "/preparation",
        { timeline: [{ label: "x", dueOn: "2027-02-30" }], version },
      ],
      ["no version", "PATCH", "/preparation", { timeline: [] }],
      ["unknown move", "POST", "/transitions", { kind: "jump", version }],
      [
        "unknown phase",
        "POST",
        "/transitions",
        { kind: "reopen", to: "party", reason: "x", version },
      ],
      ["unknown kind", "POST", "/feedback-items", { kind: "praise", text: "Good" }],
      ["unknown lang", "POST", "/feedback-hints", { text: "Good", lang: "de" }],
      [
        "empty point",
        "PUT",
        "/common-understanding",
        { agreedStrengths: [""], agreedWeaknesses: [], version },
      ],
      ["report language", "GET", "/report?lang=de", undefined],
      ["sharing level", "PUT", "/report-sharing", { sharing: "world", version }],
    ];
    for (const [label, method, path, body] of cases) {
      const role =
        path.startsWith("/report-sharing") || path.startsWith("/prep") ? "host" : "moderator";
      const res = await as(w, role, method, `${w.url}${path}`, body);
      expect(res.status, label).toBe(400);
      expect((res.body as { error: { code: string } }).error.code, label).toBe("INVALID");
    }
    const outsider = await as(w, "host", "PATCH", `${w.url}/preparation`, {
      responsibilities: [{ personId: w.ids.authoriser, task: "Signs off" }],
      version,
    });
    expect(outsider.status).toBe(400);
    expect(outsider.body).toMatchObject({
      error: { details: [{ path: "responsibilities.0.personId", code: "not_a_participant" }] },
    });
  });

  it("gives hints on a draft by the feedback rules", async () => {
    const res = await as(w, "author", "POST", `${w.url}/feedback-hints`, {
      text: "You should just be better.",
      lang: "en",
    });
    expect(res.status).toBe(200);
    const body = res.body as { hints: { code: string }[]; principles: string[] };
    expect(body.hints.map((h) => h.code)).toEqual(
      expect.arrayContaining(["too_vague", "prescriptive"]),
    );
    expect(body.principles).toContain("descriptive");
  });
});
