import { describe, expect, it } from "vitest";
import { initiativeKinds, memberRoles, scopingFields } from "../../../shared/contracts/initiatives";
import { initiativeKindKeys, keysOf, memberRoleKeys, scopingOrder } from "./labels";
import { answersOf, changedAnswers } from "./scoping-form";

describe("initiative label maps", () => {
  it("follow the contract's scoping order, kinds and roles exactly", () => {
    expect(scopingOrder).toEqual([...scopingFields]);
    expect(keysOf(initiativeKindKeys)).toEqual([...initiativeKinds]);
    expect(keysOf(memberRoleKeys)).toEqual([...memberRoles]);
  });
});

describe("scoping answers", () => {
  it("treats absent answers as empty and sends only what changed", () => {
    const saved = answersOf({ goals: "Cleaner water", means: "" });
    expect(saved.goals).toBe("Cleaner water");
    expect(saved.resources).toBe("");
    const edited = { ...saved, goals: "Cleaner water", means: "Training", resources: "" };
    expect(changedAnswers(saved, edited)).toEqual({ means: "Training" });
    expect(changedAnswers(saved, { ...saved, goals: "" })).toEqual({ goals: "" });
    expect(changedAnswers(saved, saved)).toEqual({});
  });
});
