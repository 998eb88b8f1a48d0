import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";
import {
  advance,
  as,
  buildVisitWorld,
  completePreparation,
  expectStatus,
  readVisit,
  type VisitTestRole,
  type VisitWorld,
  visitRoles,
} from "../../../../test/peer-visit-fixtures";

/** What the author wrote; each text must reach exactly the circle. */
const texts = {
  note: "Raw note: the depot manager was unsure of the fleet size",
  evidence: "Evidence: the fuel log shows 41 trips in March",
  check: "Check: fewer trucks than the self-assessment says",
  item: "Weakness: the market is skipped on Fridays, so waste piles up by the stalls",
  adaptation: "Adapt at home: a weekly route board at our depot",
};

const records = [
  ["notes", texts.note],
  ["notes", texts.evidence],
  ["peer-checks", texts.check],
  ["feedback-items", texts.item],
  ["adaptations", texts.adaptation],
] as const;

/** Who reads every confidential record: the author and the visit's circle. */
const circle: VisitTestRole[] = ["facilitator", "host", "moderator", "author"];

describe.each(dialects)("peer visit confidentiality on %s", (dialect) => {
  let t: TestApp;
  let w: VisitWorld;
  let noteId: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    w = await buildVisitWorld(t);
    await completePreparation(w);
    await advance(w, "host");
    noteId = crypto.randomUUID();
    await as(w, "author", "PUT", `${w.url}/notes/${noteId}`, { text: texts.note, version: 0 }).then(
      expectStatus(200),
    );
    await as(w, "author", "PUT", `${w.url}/notes/${crypto.randomUUID()}`, {
      kind: "evidence",
      text: texts.evidence,
      version: 0,
    }).then(expectStatus(200));
    await as(w, "author", "PUT", `${w.url}/peer-checks/mine`, {
      entries: [{ criterion: "resources", rating: 2, comment: texts.check }],
      version: 0,
    }).then(expectStatus(200));
    await advance(w, "moderator");
    await as(w, "author", "POST", `${w.url}/feedback-items`, {
      kind: "weakness",
      text: texts.item,
    }).then(expectStatus(201));
    await as(w, "moderator", "PUT", `${w.url}/common-understanding`, {
      agreedStrengths: ["Crews know their routes"],
      agreedWeaknesses: ["Fridays at the market"],
      version: (await readVisit(w)).version,
    }).then(expectStatus(200));
    await advance(w, "moderator");
    await as(w, "author", "PUT", `${w.url}/adaptations/mine`, {
      text: texts.adaptation,
      version: 0,
    }).then(expectStatus(200));
    // The other peer writes too: the author must not see it either.
    await as(w, "otherPeer", "PUT", `${w.url}/adaptations/mine`, {
      text: "Other peer's own plan",
      version: 0,
    }).then(expectStatus(200));
  }, 90_000);
  afterAll(async () => t?.close());

  function expectedRecordStatus(role: VisitTestRole): number[] {
    if (role === "anon") return [401];
    if (role === "outsider") return [404];
    if (role === "peerOfOtherVisit" || role === "authoriser" || role === "observer")
      return [403, 404];
    return [200];
  }

  async function checkRecords(stage: string) {
    for (const role of visitRoles) {
      for (const [path, text] of records) {
        const res = await as(w, role, "GET", `${w.url}/${path}`);
        const where = `${stage}: ${role} on ${path}`;
        expect(expectedRecordStatus(role), `${where} got ${res.status}`).toContain(res.status);
        expect(JSON.stringify(res.body).includes(text), where).toBe(circle.includes(role));
      }
    }
    const ownOnly = await as(w, "author", "GET", `${w.url}/adaptations`);
    expect(JSON.stringify(ownOnly.body)).not.toContain("Other peer's own plan");
  }

  async function checkReport(readers: VisitTestRole[], stage: string) {
    for (const role of visitRoles) {
      for (const suffix of ["report", "report.html", "report.pdf"]) {
        const res = await as(w, role, "GET", `${w.url}/${suffix}`);
        const expected = readers.includes(role) ? 200 : role === "anon" ? 401 : 404;
        expect(
          res.status,
          `${stage}: ${role} on ${suffix}: ${JSON.stringify(res.body).slice(0, 200)}`,
        ).toBe(expected);
        if (res.status === 200 && suffix !== "report.pdf") {
          const body = JSON.stringify(res.body);
          expect(body).toContain("Fridays at the market");
          for (const text of Object.values(texts)) expect(body).not.toContain(text);
        }
      }
    }
  }

  it("shows notes, evidence, checks, items and adaptations only to their author and the circle", async () => {
    await checkRecords("before sharing");
  });

  it("lets only the circle read the report until the host shares it", async () => {
    await checkReport(["facilitator", "host", "moderator"], "before sharing");
    const list = await as(w, "authoriser", "GET", `/api/initiatives/${w.initiativeId}/peer-visits`);
    expect(JSON.stringify(list.body)).not.toContain(w.activityId);
  });

  it("keeps one's own note from the rest: 404 unless readable, 403 for the circle", async () => {
    const body = { text: "overwrite", version: 1 };
    expect((await as(w, "otherPeer", "PUT", `${w.url}/notes/${noteId}`, body)).status).toBe(404);
    expect((await as(w, "host", "PUT", `${w.url}/notes/${noteId}`, body)).status).toBe(403);
    expect((await as(w, "otherPeer", "DELETE", `${w.url}/notes/${noteId}?version=1`)).status).toBe(
      404,
    );
    expect((await as(w, "outsider", "PUT", `${w.url}/notes/${noteId}`, body)).status).toBe(404);
  });

  it("only the host shares the report", async () => {
    const version = (await readVisit(w)).version;
    for (const role of ["facilitator", "moderator", "author"] as const) {
      const res = await as(w, role, "PUT", `${w.url}/report-sharing`, {
        sharing: "initiative",
        version,
      });
      expect(res.status, role).toBe(403);
    }
    const shared = await as(w, "host", "PUT", `${w.url}/report-sharing`, {
      sharing: "initiative",
      version,
    });
    expect(shared.status).toBe(200);
  });

  it("opens the report, never the records, to every member once shared", async () => {
    await checkReport(
      [
        "facilitator",
        "host",
        "moderator",
        "author",
        "otherPeer",
        "peerOfOtherVisit",
        "authoriser",
        "observer",
      ],
      "after sharing",
    );
    await checkRecords("after sharing");
    const list = await as(w, "authoriser", "GET", `/api/initiatives/${w.initiativeId}/peer-visits`);
    expect(list.body).toMatchObject({
      items: [{ activityId: w.activityId, canReadReport: true, myRoles: [] }],
    });
  });

  it("takes the report back when the host withdraws it", async () => {
    const version = (await readVisit(w)).version;
    await as(w, "host", "PUT", `${w.url}/report-sharing`, {
      sharing: "confidential",
      version,
    }).then(expectStatus(200));
    await checkReport(["facilitator", "host", "moderator"], "after withdrawing");
  });
});
