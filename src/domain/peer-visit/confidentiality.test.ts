import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ConfidentialRecord,
  type ConfidentialVisit,
  canEditFeedbackItem,
  canEditNote,
  canReadAssessment,
  canReadEvidence,
  canReadFeedbackItem,
  canReadNote,
  canReadReport,
  canShareReport,
  describeAudience,
} from "./confidentiality";
import type { PeerVisitPhase } from "./phase-gates";
import type { PeerVisitActor } from "./visit-actor";

const visit: ConfidentialVisit = {
  visitId: "visit-1",
  initiativeId: "init-1",
  phase: "feedback",
  reportSharing: "confidential",
};
const shared: ConfidentialVisit = { ...visit, reportSharing: "initiative" };
const item: ConfidentialRecord = { visitId: "visit-1", authorPersonId: "amina" };

function person(
  personId: string,
  initiativeRoles: PeerVisitActor["initiativeRoles"],
  visitRoles: PeerVisitActor["visitRoles"] = [],
  where: { initiativeId?: string; visitId?: string | null } = {},
): PeerVisitActor {
  return {
    personId,
    initiativeId: where.initiativeId ?? "init-1",
    initiativeRoles,
    visitId: where.visitId === undefined ? "visit-1" : where.visitId,
    visitRoles,
  };
}

const cast = {
  author: person("amina", ["peer"], ["visiting_peer"]),
  host: person("erik", ["peer"], ["host"]),
  moderator: person("grace", ["moderator"], ["moderator"]),
  facilitator: person("fatima", ["facilitator"], [], { visitId: null }),
  visitFacilitator: person("nadia", ["peer"], ["facilitator"]),
  otherVisitingPeer: person("juma", ["peer"], ["visiting_peer"]),
  otherParticipant: person("lena", ["peer"], ["other"]),
  authoriser: person("mayor", ["authoriser"], [], { visitId: null }),
  observer: person("olle", ["observer"], [], { visitId: null }),
  memberOfAnotherVisit: person("kofi", ["peer"], ["host"], { visitId: "visit-2" }),
  memberOfAnotherInitiative: person("ines", ["facilitator"], ["host"], {
    initiativeId: "init-2",
    visitId: "visit-9",
  }),
};
type Who = keyof typeof cast;

// [records (items, notes, evidence, assessments), report before sharing, report after sharing]
const expectations: Record<Who, [boolean, boolean, boolean]> = {
  author: [true, false, true],
  host: [true, true, true],
  moderator: [true, true, true],
  facilitator: [true, true, true],
  visitFacilitator: [true, true, true],
  otherVisitingPeer: [false, false, true],
  otherParticipant: [false, false, true],
  authoriser: [false, false, true],
  observer: [false, false, true],
  memberOfAnotherVisit: [false, false, true],
  memberOfAnotherInitiative: [false, false, false],
};

const recordRules = [canReadFeedbackItem, canReadNote, canReadEvidence, canReadAssessment];

describe("confidentiality by role", () => {
  for (const [who, [readsRecords, readsReport, readsSharedReport]] of Object.entries(
    expectations,
  )) {
    const actor = cast[who as Who];
    it(`${who}: records ${readsRecords}, report ${readsReport}, shared report ${readsSharedReport}`, () => {
      for (const rule of recordRules) {
        expect(rule(actor, item, visit)).toBe(readsRecords);
        // Sharing the report opens the report only, never the raw records.
        expect(rule(actor, item, shared)).toBe(readsRecords);
      }
      expect(canReadReport(actor, visit)).toBe(readsReport);
      expect(canReadReport(actor, shared)).toBe(readsSharedReport);
    });
  }

  it("lets only the host share the report", () => {
    const sharers = (Object.keys(cast) as Who[]).filter((who) => canShareReport(cast[who], visit));
    expect(sharers).toEqual(["host"]);
  });

  it("does not let a host's roles leak into another visit's records", () => {
    const otherVisit: ConfidentialVisit = { ...visit, visitId: "visit-2" };
    const otherItem = { visitId: "visit-2", authorPersonId: "kofi" };
    expect(canReadFeedbackItem(cast.host, otherItem, otherVisit)).toBe(false);
    expect(canReadFeedbackItem(cast.memberOfAnotherVisit, otherItem, otherVisit)).toBe(true);
  });

  it("refuses a record that does not belong to the visit it is checked against", () => {
    const stray = { visitId: "visit-2", authorPersonId: "amina" };
    expect(canReadFeedbackItem(cast.host, stray, visit)).toBe(false);
    expect(canReadNote(cast.author, stray, visit)).toBe(false);
    expect(canEditFeedbackItem(cast.author, stray, visit)).toBe(false);
  });
});

describe("editing", () => {
  const phases: PeerVisitPhase[] = ["preparation", "visit", "feedback", "follow_up", "closed"];

  it("lets only the author edit a feedback item, and only in the feedback phase", () => {
    for (const phase of phases) {
      const inPhase = { ...visit, phase };
      for (const who of Object.keys(cast) as Who[]) {
        const expected = who === "author" && phase === "feedback";
        expect(canEditFeedbackItem(cast[who], item, inPhase), `${who} in ${phase}`).toBe(expected);
      }
    }
  });

  it("lets only the author edit a note, until the visit closes", () => {
    for (const phase of phases) {
      const inPhase = { ...visit, phase };
      for (const who of Object.keys(cast) as Who[]) {
        const expected = who === "author" && phase !== "closed";
        expect(canEditNote(cast[who], item, inPhase), `${who} in ${phase}`).toBe(expected);
      }
    }
  });
});

describe("describeAudience", () => {
  it("names the confidential circle, and the initiative once the report is shared", () => {
    expect(describeAudience("note", shared)).toEqual([
      "author",
      "hosts",
      "moderator",
      "facilitators",
    ]);
    expect(describeAudience("report", visit)).toEqual(["hosts", "moderator", "facilitators"]);
    expect(describeAudience("report", shared)).toEqual([
      "hosts",
      "moderator",
      "facilitators",
      "initiative_members",
    ]);
  });
});

describe("confidentiality properties", () => {
  const actorArb: fc.Arbitrary<PeerVisitActor> = fc.record({
    personId: fc.constantFrom("amina", "erik", "juma"),
    initiativeId: fc.constantFrom("init-1", "init-2"),
    initiativeRoles: fc.subarray([
      "facilitator",
      "peer",
      "authoriser",
      "moderator",
      "observer",
    ] as const),
    visitId: fc.constantFrom("visit-1", "visit-2", null),
    visitRoles: fc.subarray([
      "facilitator",
      "host",
      "moderator",
      "visiting_peer",
      "other",
    ] as const),
  });
  const visitArb: fc.Arbitrary<ConfidentialVisit> = fc.record({
    visitId: fc.constant("visit-1"),
    initiativeId: fc.constant("init-1"),
    phase: fc.constantFrom("preparation", "visit", "feedback", "follow_up", "closed"),
    reportSharing: fc.constantFrom("confidential", "initiative"),
  });

  it("grants a record only to its author or the circle of this very visit", () => {
    fc.assert(
      fc.property(actorArb, visitArb, (actor, v) => {
        const inScope = actor.initiativeId === "init-1";
        const circle =
          inScope &&
          (actor.initiativeRoles.includes("facilitator") ||
            (actor.visitId === "visit-1" &&
              actor.visitRoles.some((r) => r !== "visiting_peer" && r !== "other")));
        const expected = actor.personId === item.authorPersonId || circle;
        expect(canReadNote(actor, item, v)).toBe(expected);
        expect(canReadReport(actor, v)).toBe(
          circle ||
            (v.reportSharing === "initiative" && inScope && actor.initiativeRoles.length > 0),
        );
      }),
      { numRuns: 500, seed: 42 },
    );
  });
});
