import { afterEach, describe, expect, it, vi } from "vitest";
import { countUnsentNoteDrafts, setSessionPerson, signOut } from "../../../session";
import { deviceShelf, forgetDeviceDraftsOf } from "./device-drafts";
import { listPendingDrafts, newNoteDraft, writeDraft } from "./note-drafts";

function person(id: string) {
  return {
    id,
    email: `${id}@example.org`,
    displayName: id,
    systemRole: "member",
    locale: "en",
  } as const;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setSessionPerson(null);
});

describe("note drafts at sign-out", () => {
  it("forgets the signed-out person's unsent drafts, and only theirs", () => {
    writeDraft(deviceShelf("anna"), { ...newNoteDraft("v1", {}), text: "Anna, offline" });
    writeDraft(deviceShelf("bo"), { ...newNoteDraft("v1", {}), text: "Bo, offline" });
    // What sign-out runs once the server confirmed it (the browser journey signs out for real).
    forgetDeviceDraftsOf("anna");
    expect(listPendingDrafts(deviceShelf("anna"), "v1")).toEqual([]);
    expect(listPendingDrafts(deviceShelf("bo"), "v1").map((d) => d.text)).toEqual(["Bo, offline"]);
  });

  it("counts the signed-in person's unsent drafts across visits, not others' or sent ones", () => {
    const dora = deviceShelf("dora");
    writeDraft(dora, { ...newNoteDraft("v1", {}), text: "Dora, offline" });
    writeDraft(dora, { ...newNoteDraft("v2", {}), text: "Dora, second visit" });
    writeDraft(dora, { ...newNoteDraft("v2", {}), text: "   " });
    writeDraft(dora, {
      ...newNoteDraft("v3", {}),
      text: "Sent",
      savedText: "Sent",
      savedFields: {},
    });
    writeDraft(deviceShelf("eli"), { ...newNoteDraft("v1", {}), text: "Eli, offline" });
    expect(countUnsentNoteDrafts()).toBe(0);
    setSessionPerson(person("dora"));
    expect(countUnsentNoteDrafts()).toBe(2);
  });

  it("keeps the drafts when the server did not sign the person out", async () => {
    writeDraft(deviceShelf("cleo"), { ...newNoteDraft("v1", {}), text: "Cleo, offline" });
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("offline");
    });
    setSessionPerson(person("cleo"));
    await expect(signOut()).rejects.toThrow();
    expect(listPendingDrafts(deviceShelf("cleo"), "v1")).toHaveLength(1);
  });
});
