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
  const everyone = ["initiative.read", "member.list"];
  const expected: Record<MemberRole, string[]> = {
    facilitator: [
      "initiative.read",
      "initiative.update",
      "member.list",
      "member.manage",
      "invitation.manage",
    ],
    peer: everyone,
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
