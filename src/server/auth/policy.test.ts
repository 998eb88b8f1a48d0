import { describe, expect, it } from "vitest";
import type { SystemRole } from "../../shared/contracts/auth";
import { type MemberRole, memberRoles } from "../../shared/contracts/initiatives";
import { type Action, type Actor, can } from "./policy";

const actions: Action[] = [
  "organisation.read",
  "organisation.write",
  "initiative.create",
  "initiative.read",
  "initiative.update",
  "member.list",
  "member.manage",
  "invitation.manage",
  "person.read",
  "person.update",
  "admin.read",
  "admin.write",
  "intake.read",
  "intake.respond",
  "intake.manage",
  "matching.status",
  "matching.respond",
  "matching.manage",
];
const systemRoles: SystemRole[] = ["admin", "facilitator", "member"];
const actor = (systemRole: SystemRole): Actor => ({ personId: "me", systemRole });

describe("can: installation-wide actions", () => {
  const expected: Record<SystemRole, Action[]> = {
    admin: [
      "organisation.read",
      "organisation.write",
      "initiative.create",
      "admin.read",
      "admin.write",
    ],
    facilitator: ["organisation.read", "organisation.write", "initiative.create"],
    member: ["organisation.read"],
  };
  for (const role of systemRoles) {
    it(`${role} may do exactly ${expected[role].join(", ")}`, () => {
      const allowed = actions.filter((a) => can(actor(role), a, { kind: "system" }));
      expect(allowed).toEqual(expected[role]);
    });
  }
  it("signed-out callers may do nothing", () => {
    for (const a of actions) expect(can(null, a, { kind: "system" })).toBe(false);
  });
});

describe("can: actions within an initiative", () => {
  const everyone = ["initiative.read", "member.list", "matching.status"];
  const expected: Record<MemberRole, string[]> = {
    facilitator: [
      "initiative.read",
      "initiative.update",
      "member.list",
      "member.manage",
      "invitation.manage",
      "intake.read",
      "intake.manage",
      "matching.status",
      "matching.manage",
    ],
    peer: [
      "initiative.read",
      "member.list",
      "intake.read",
      "intake.respond",
      "matching.status",
      "matching.respond",
    ],
    authoriser: everyone,
    moderator: everyone,
    observer: everyone,
  };
  for (const role of memberRoles) {
    for (const system of systemRoles) {
      it(`a ${role} (system ${system}) may do exactly ${expected[role].join(", ")}`, () => {
        const allowed = actions.filter((a) => can(actor(system), a, { kind: "initiative", role }));
        expect(allowed).toEqual(expected[role]);
      });
    }
  }
  it("non-members may do nothing there, admins included", () => {
    for (const system of systemRoles) {
      for (const a of actions)
        expect(can(actor(system), a, { kind: "initiative", role: null })).toBe(false);
    }
  });
});

describe("can: profiles", () => {
  const cases: [string, SystemRole, string, boolean, boolean, boolean][] = [
    ["own profile", "member", "me", false, true, true],
    ["a co-member's profile", "member", "other", true, true, false],
    ["a stranger's profile", "member", "other", false, false, false],
    ["a stranger's profile as facilitator", "facilitator", "other", false, false, false],
    ["anyone's profile as admin", "admin", "other", false, true, true],
  ];
  for (const [label, system, personId, shares, read, update] of cases) {
    it(`${label}: read ${read}, update ${update}`, () => {
      const resource = { kind: "person" as const, personId, sharesInitiative: shares };
      expect(can(actor(system), "person.read", resource)).toBe(read);
      expect(can(actor(system), "person.update", resource)).toBe(update);
      expect(can(null, "person.read", resource)).toBe(false);
    });
  }
});

describe("can: activities, showcases and calendar feeds", () => {
  const activityActions: Action[] = [
    "activity.list",
    "activity.create",
    "activity.read",
    "activity.plan",
    "activity.manage",
    "reflection.answer",
    "reflection.review",
    "rsvp.respond",
    "showcase.read",
    "showcase.write",
    "calendar.subscribe",
  ];
  const everyAction = [...actions, ...activityActions];
  const participantRoles = ["host", "visiting_peer", "moderator", "expert", null] as const;

  it("no installation-wide role grants any of them", () => {
    for (const system of systemRoles) {
      for (const a of activityActions)
        expect(can(actor(system), a, { kind: "system" })).toBe(false);
    }
  });

  const listing = ["activity.list", "showcase.read", "calendar.subscribe"];
  const initiativeExpected: Record<MemberRole, string[]> = {
    facilitator: [
      "activity.list",
      "activity.create",
      "showcase.read",
      "showcase.write",
      "calendar.subscribe",
    ],
    peer: ["activity.list", "activity.create", "showcase.read", "calendar.subscribe"],
    authoriser: listing,
    moderator: listing,
    observer: listing,
  };
  for (const role of memberRoles) {
    it(`in the initiative, a ${role} may do exactly ${initiativeExpected[role].join(", ")}`, () => {
      const allowed = activityActions.filter((a) =>
        can(actor("member"), a, { kind: "initiative", role }),
      );
      expect(allowed).toEqual(initiativeExpected[role]);
    });
  }

  /** What a member may do on one activity, by their part in it. */
  function expectedOnActivity(role: MemberRole, part: (typeof participantRoles)[number]): Action[] {
    const facilitatorOnly: Action[] = [
      "activity.read",
      "activity.plan",
      "activity.manage",
      "reflection.review",
    ];
    const own: Action[] = part === null ? [] : ["reflection.answer", "rsvp.respond"];
    if (role === "facilitator") return [...facilitatorOnly, ...own];
    if (part === null) return [];
    if (part === "host") return ["activity.read", "activity.plan", "reflection.review", ...own];
    return ["activity.read", ...own];
  }
  for (const role of memberRoles) {
    for (const part of participantRoles) {
      const expected = expectedOnActivity(role, part);
      it(`on an activity, a ${role} taking part as ${part ?? "nobody"} may do exactly ${expected.join(", ") || "nothing"}`, () => {
        const resource = { kind: "activity" as const, memberRole: role, participantRole: part };
        const allowed = everyAction.filter((a) => can(actor("member"), a, resource));
        expect(allowed.sort()).toEqual([...expected].sort());
      });
    }
  }

  it("outside the initiative nothing is allowed, even with a participant row, admins included", () => {
    for (const system of systemRoles) {
      for (const part of participantRoles) {
        const resource = { kind: "activity" as const, memberRole: null, participantRole: part };
        for (const a of everyAction) expect(can(actor(system), a, resource)).toBe(false);
        for (const a of activityActions) {
          expect(can(actor(system), a, { kind: "initiative", role: null })).toBe(false);
        }
      }
    }
  });

  it("signed-out callers may do none of them", () => {
    const resource = {
      kind: "activity" as const,
      memberRole: "facilitator" as const,
      participantRole: "host" as const,
    };
    for (const a of everyAction) expect(can(null, a, resource)).toBe(false);
    for (const a of activityActions) {
      expect(can(null, a, { kind: "initiative", role: "facilitator" })).toBe(false);
    }
  });
});

describe("can: peer review methods (issue 5)", () => {
  const reviewActions: Action[] = [
    "peerReview.list",
    "peerReview.read",
    "peerReview.setup",
    "peerReview.report",
    "workshop.library",
  ];
  const parts = ["host", "visiting_peer", "moderator", "expert", null] as const;

  it("any signed-in person opens the workshop library; nothing else is installation-wide", () => {
    for (const system of systemRoles) {
      const allowed = reviewActions.filter((a) => can(actor(system), a, { kind: "system" }));
      expect(allowed).toEqual(["workshop.library"]);
    }
    expect(can(null, "workshop.library", { kind: "system" })).toBe(false);
  });

  it("every member lists the visits (the service filters what each may see); outsiders nothing", () => {
    for (const role of memberRoles) {
      const allowed = reviewActions.filter((a) =>
        can(actor("member"), a, { kind: "initiative", role }),
      );
      expect(allowed).toEqual(["peerReview.list"]);
    }
    for (const a of reviewActions) {
      expect(can(actor("admin"), a, { kind: "initiative", role: null })).toBe(false);
    }
  });

  /** On one activity: read = facilitator or participant; set up = facilitator or host. */
  function expected(role: MemberRole, part: (typeof parts)[number]): Action[] {
    const isFacilitator = role === "facilitator";
    return [
      ...(isFacilitator || part !== null ? (["peerReview.read"] as const) : []),
      ...(isFacilitator || part === "host" ? (["peerReview.setup"] as const) : []),
      "peerReview.report",
    ];
  }
  for (const role of memberRoles) {
    for (const part of parts) {
      const want = expected(role, part);
      it(`on an activity, a ${role} taking part as ${part ?? "nobody"} may ${want.join(", ")}`, () => {
        const resource = { kind: "activity" as const, memberRole: role, participantRole: part };
        expect(reviewActions.filter((a) => can(actor("member"), a, resource))).toEqual(want);
      });
    }
  }

  it("outside the initiative or signed out, none of them on an activity", () => {
    for (const part of parts) {
      const outside = { kind: "activity" as const, memberRole: null, participantRole: part };
      for (const a of reviewActions) expect(can(actor("admin"), a, outside)).toBe(false);
      const inside = {
        kind: "activity" as const,
        memberRole: "facilitator" as const,
        participantRole: part,
      };
      for (const a of reviewActions) expect(can(null, a, inside)).toBe(false);
    }
  });
});
