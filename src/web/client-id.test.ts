import { afterEach, describe, expect, it, vi } from "vitest";
import { createClientId } from "./client-id";

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("client ids", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("works on a plain-http page, where crypto.randomUUID does not exist", () => {
    const real = globalThis.crypto;
    const getRandomValues = (bytes: Uint8Array) => real.getRandomValues(bytes);
    vi.stubGlobal("crypto", { getRandomValues });
    expect(globalThis.crypto.randomUUID).toBeUndefined();
    expect(createClientId()).toMatch(uuidV4);
  });

  it("sets the version and variant bits of a UUID v4 whatever the random bytes", () => {
    expect(createClientId((bytes) => bytes.fill(0xff))).toBe(
      "ffffffff-ffff-4fff-bfff-ffffffffffff",
    );
    expect(createClientId((bytes) => bytes.fill(0))).toBe("00000000-0000-4000-8000-000000000000");
  });

  it("gives a different id each time", () => {
    const ids = new Set(Array.from({ length: 50 }, () => createClientId()));
    expect(ids.size).toBe(50);
  });
});
