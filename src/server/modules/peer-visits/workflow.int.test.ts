import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, startTestApp, type TestApp } from "../../../../test/api-harness";
import {
  advance,
  as,
  buildVisitWorld,
  completePreparation,
  expectStatus,
  planVisitActivity,
  readVisit,
  type VisitWorld,
} from "../../../../test/peer-visit-fixtures";
import type { FeedbackItem, ImprovementAction } from "../../../shared/contracts/peer-visit-records";
import type { PeerVisit } from "../../../shared/contracts/peer-visits";

type ErrorBody = { error: { code: string; details?: { code: string }[] } };
const codesOf = (body: unknown) => ((body as ErrorBody).error.details ?? []).map((d) => d.code);

describe.each(dialects)("the peer visit workflow on %s", (dialect) => {
  let t: TestApp;
  let w: VisitWorld;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    w = await buildVisitWorld(t);
  }, 60_000);
  afterAll(async () => t?.close());

  it("starts in preparation, once per activity, only on a peer-visit activity", async () => {
    const visit = await readVisit(w, "host");
    expect(visit.phase).toBe("preparation");
    expect(visit.myRoles).toEqual(["host"]);
    expect(visit.people.map((p) => p.roles[0]).sort()).toEqual([
      "host",
      "moderator",
      "visiting_peer",
      "visiting_peer",
    ]);
    const again = await as(w, "facilitator", "POST", w.url, {});
    expect(again.status).toBe(409);
    const workshopId = await planVisitActivity(t, w.initiativeId, [], 10, "peer_learning_workshop");
    const wrong = await as(w, "facilitator", "POST", w.url.replace(w.activityId, workshopId), {});
    expect(wrong.status).toBe(409);
    expect(codesOf(wrong.body)).toEqual(["wrong_format"]);
  });

  it("keeps the visit in preparation until its gates are met, and only hosts move it", async () => {
    const visit = await readVisit(w, "host");
    expect(visit.unmetGates.map((g) => g.code)).toEqual([
      "area_to_improve_missing",
      "readiness_assessment_incomplete",
    ]);
    const early = await as(w, "host", "POST", `${w.url}/transitions`, {
      kind: "advance",
      version: visit.version,
    });
    expect(early.status).toBe(409);
    expect(codesOf(early.body)).toEqual([
      "area_to_improve_missing",
      "readiness_assessment_incomplete",
    ]);
    const byPeer = await as(w, "author", "POST", `${w.url}/transitions`, {
      kind: "advance",
      version: visit.version,
    });
    expect(byPeer.status).toBe(403);
    const byPeerEdit = await as(w, "author", "PATCH", `${w.url}/preparation`, {
      areaToImprove: "Mine",
      version: visit.version,
    });
    expect(byPeerEdit.status).toBe(403);
    const prepared = await completePreparation(w);
    expect(prepared.unmetGates).toEqual([]);
    expect(prepared.isReadinessCompleted).toBe(true);
    expect(prepared.responsibilities[0]?.displayName).toBe("Lars Ek");
    const stale = await as(w, "host", "POST", `${w.url}/transitions`, {
      kind: "advance",
      version: visit.version,
    });
    expect(stale.status).toBe(409);
    expect(codesOf(stale.body)).toEqual([]);
    const moved = await advance(w, "host");
    expect(moved.phase).toBe("visit");
    expect(moved.history).toMatchObject([
      { kind: "phase_advanced", from: "preparation", to: "visit", byName: "Amina Otieno" },
    ]);
  });

  it("refuses moving back silently, to a later phase, or without a reason", async () => {
    const visit = await readVisit(w);
    const later = await as(w, "host", "POST", `${w.url}/transitions`, {
      kind: "reopen",
      to: "follow_up",
      reason: "skip ahead",
      version: visit.version,
    });
    expect(later.status).toBe(409);
    expect(codesOf(later.body)[0]).toBe("reopen_target_not_earlier");
    const blank = await as(w, "host", "POST", `${w.url}/transitions`, {
      kind: "reopen",
      to: "preparation",
      reason: "   ",
      version: visit.version,
    });
    expect(blank.status).toBe(400);
    const areaNow = await as(w, "host", "PATCH", `${w.url}/preparation`, {
      areaToImprove: "Something else",
      version: visit.version,
    });
    expect(areaNow.status).toBe(409);
    const timelineNow = await as(w, "host", "PATCH", `${w.url}/preparation`, {
      timeline: [{ label: "Site visit to the dump", dueOn: null }],
      version: visit.version,
    });
    expect(timelineNow.status).toBe(200);
  });

  it("runs the visit: notes and peer checks, then the moderator opens the feedback", async () => {
    const note = await as(w, "author", "PUT", `${w.url}/notes/${crypto.randomUUID()}`, {
      kind: "evidence",
      criterion: "resources",
      text: "Two of five trucks out of service on the day of the visit",
      version: 0,
    });
    expect(note.status).toBe(200);
    const check = await as(w, "author", "PUT", `${w.url}/peer-checks/mine`, {
      entries: [{ criterion: "resources", rating: 2, comment: "Fewer trucks than stated" }],
      version: 0,
    });
    expect(check.status).toBe(200);
    expect((check.body as { entries: { rating: number | null }[] }).entries[2]?.rating).toBe(2);
    const byHost = await as(w, "host", "PUT", `${w.url}/peer-checks/mine`, {
      entries: [],
      version: 0,
    });
    expect(byHost.status).toBe(403);
    const earlyItem = await as(w, "author", "POST", `${w.url}/feedback-items`, {
      kind: "strength",
      text: "The route map on the depot wall is updated every Monday",
    });
    expect(earlyItem.status).toBe(409);
    expect((await advance(w, "moderator")).phase).toBe("feedback");
  });

  it("collects feedback items with hints, clusters them and needs the common understanding", async () => {
    const drafts = [
      ["author", "strength", "The route map on the depot wall is updated every Monday by the crew"],
      ["author", "weakness", "Collection routes skip the market on Fridays, so waste piles up"],
      ["otherPeer", "weakness", "The Friday collection routes miss the market area entirely"],
      ["otherPeer", "idea", "You should just be better."],
    ] as const;
    const created: FeedbackItem[] = [];
    for (const [role, kind, text] of drafts) {
      const res = await as(w, role, "POST", `${w.url}/feedback-items`, { kind, text, lang: "en" });
      expect(res.status).toBe(201);
      created.push(res.body as FeedbackItem);
    }
    expect(created[3]?.hints.map((h) => h.code)).toContain("too_vague");
    const clusters = await as(w, "moderator", "GET", `${w.url}/feedback-clusters?lang=en`);
    expect(clusters.status).toBe(200);
    const weaknessCluster = (
      clusters.body as { clusters: { kind: string; itemIds: string[] }[] }
    ).clusters.find((c) => c.kind === "weakness");
    expect(weaknessCluster?.itemIds.sort()).toEqual([created[1]?.id, created[2]?.id].sort());
    expect((await as(w, "author", "GET", `${w.url}/feedback-clusters`)).status).toBe(403);
    const hostMove = await as(w, "host", "POST", `${w.url}/transitions`, {
      kind: "advance",
      version: (await readVisit(w)).version,
    });
    expect(hostMove.status).toBe(403);
    const early = await as(w, "moderator", "POST", `${w.url}/transitions`, {
      kind: "advance",
      version: (await readVisit(w)).version,
    });
    expect(codesOf(early.body)).toEqual(["common_understanding_missing"]);
    const agreed = {
      agreedStrengths: ["Crews keep the route map current"],
      agreedWeaknesses: ["The market is missed on Fridays"],
      note: "Agreed with the host in the session",
      version: (await readVisit(w)).version,
    };
    expect((await as(w, "author", "PUT", `${w.url}/common-understanding`, agreed)).status).toBe(
      403,
    );
    const recorded = await as(w, "moderator", "PUT", `${w.url}/common-understanding`, agreed);
    expect(recorded.status).toBe(200);
    expect((recorded.body as PeerVisit).commonUnderstanding).toMatchObject({
      agreedStrengths: agreed.agreedStrengths,
      recordedByName: "Lars Ek",
    });
    expect((await advance(w, "moderator")).phase).toBe("follow_up");
  });

  it("reopens an earlier phase only with a reason that lands in the history", async () => {
    const visit = await readVisit(w);
    const byPeer = await as(w, "author", "POST", `${w.url}/transitions`, {
      kind: "reopen",
      to: "feedback",
      reason: "forgot one",
      version: visit.version,
    });
    expect(byPeer.status).toBe(403);
    const reopened = await as(w, "moderator", "POST", `${w.url}/transitions`, {
      kind: "reopen",
      to: "feedback",
      reason: "One more weakness was raised after the session",
      version: visit.version,
    });
    expect(reopened.status).toBe(200);
    const body = reopened.body as PeerVisit;
    expect(body.phase).toBe("feedback");
    expect(body.history.at(-1)).toMatchObject({
      kind: "phase_reopened",
      reason: "One more weakness was raised after the session",
    });
    expect((await advance(w, "moderator")).phase).toBe("follow_up");
  });

  it("follows up: improvement actions with progress, adaptations, then closes", async () => {
    const created = await as(w, "host", "POST", `${w.url}/improvement-actions`, {
      title: "Add a Friday market round",
      basedOn: "The market is missed on Fridays",
      ownerName: "Amina Otieno",
      dueOn: "2027-03-01",
    });
    expect(created.status).toBe(201);
    const action = created.body as ImprovementAction;
    expect(action.status).toBe("planned");
    const byPeer = await as(w, "author", "POST", `${w.url}/improvement-actions`, {
      title: "x",
      ownerName: "y",
    });
    expect(byPeer.status).toBe(403);
    const progressed = await as(w, "host", "PATCH", `${w.url}/improvement-actions/${action.id}`, {
      status: "in_progress",
      progressNote: "Second truck rented for Fridays",
      version: action.version,
    });
    expect(progressed.body).toMatchObject({ status: "in_progress", version: 2 });
    const stale = await as(w, "host", "PATCH", `${w.url}/improvement-actions/${action.id}`, {
      status: "done",
      version: action.version,
    });
    expect(stale.status).toBe(409);
    const adaptation = await as(w, "author", "PUT", `${w.url}/adaptations/mine`, {
      text: "Post our route map at the depot and update it weekly",
      version: 0,
    });
    expect(adaptation.status).toBe(200);
    expect(
      (await as(w, "host", "PUT", `${w.url}/adaptations/mine`, { text: "x", version: 0 })).status,
    ).toBe(403);
    const closed = await advance(w, "host");
    expect(closed.phase).toBe("closed");
    expect(closed.permissions.canWriteNotes).toBe(false);
    const lateNote = await as(w, "author", "PUT", `${w.url}/notes/${crypto.randomUUID()}`, {
      text: "After closing",
      version: 0,
    });
    expect(lateNote.status).toBe(409);
    const further = await as(w, "host", "POST", `${w.url}/transitions`, {
      kind: "advance",
      version: closed.version,
    });
    expect(codesOf(further.body)).toEqual(["already_closed"]);
  });

  it("warns the host when less than about three months remain before the visit", async () => {
    const soonId = await planVisitActivity(
      t,
      w.initiativeId,
      [{ personId: w.ids.host, role: "host" }],
      30,
    );
    const url = w.url.replace(w.activityId, soonId);
    const started = await as(w, "host", "POST", url, { areaToImprove: "Billing" }).then(
      expectStatus(201),
    );
    expect((started.body as PeerVisit).warnings).toEqual([
      { code: "preparation_time_short", params: { count: 30, recommendedDays: 90 } },
    ]);
    const farId = await planVisitActivity(
      t,
      w.initiativeId,
      [{ personId: w.ids.host, role: "host" }],
      120,
    );
    const far = await as(w, "host", "POST", w.url.replace(w.activityId, farId), {});
    expect((far.body as PeerVisit).warnings).toEqual([]);
  });
});
