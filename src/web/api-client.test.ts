import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, api, buildUrl, errorKeyOf, fieldIssueKeys, parseErrorBody } from "./api-client";

afterEach(() => {
  vi.unstubAllGlobals();
});

function answer(status: number, body: unknown) {
  return new Response(body === undefined ? "" : JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json" },
  });
}

describe("parseErrorBody", () => {
  it("reads code, message and field issues", () => {
    const error = parseErrorBody(400, {
      error: {
        code: "INVALID",
        message: "bad input",
        details: [
          { path: "scoping.goals", code: "too_big", message: "too long" },
          { nonsense: true },
        ],
      },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe("INVALID");
    expect(error.status).toBe(400);
    expect(error.message).toBe("bad input");
    expect(error.details).toEqual([
      { path: "scoping.goals", code: "too_big", message: "too long" },
    ]);
  });

  it("turns unknown shapes and codes into INTERNAL", () => {
    expect(parseErrorBody(502, "<html>").code).toBe("INTERNAL");
    expect(parseErrorBody(418, { error: { code: "TEAPOT", message: "x" } }).code).toBe("INTERNAL");
  });
});

describe("requestJson", () => {
  it("sends the CSRF header and JSON on non-GET, same-origin credentials always", async () => {
    const fetchMock = vi.fn(async () => answer(200, { ok: true }));
    vi.stubGlobal("fetch", fetchMock);
    await api.post("/api/auth/logout", { a: 1 });
    await api.get("/api/auth/me");
    const [postUrl, postInit] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const [, getInit] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    expect(postUrl).toBe("/api/auth/logout");
    expect(postInit.method).toBe("POST");
    expect(postInit.credentials).toBe("same-origin");
    expect(postInit.headers).toMatchObject({
      "X-Kollega-Csrf": "1",
      "Content-Type": "application/json",
    });
    expect(postInit.body).toBe('{"a":1}');
    expect(getInit.credentials).toBe("same-origin");
    expect(getInit.headers).not.toHaveProperty("X-Kollega-Csrf");
  });

  it("rejects with a typed ApiError for error answers", async () => {
    vi.stubGlobal("fetch", async () =>
      answer(409, { error: { code: "CONFLICT", message: "stale" } }),
    );
    const error = await api.patch("/api/initiatives/x", { version: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("CONFLICT");
    expect(errorKeyOf(error)).toBe("common:apiError.CONFLICT");
  });

  it("reports NETWORK when no answer arrives", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    const error = await api.get("/api/health").catch((e: unknown) => e);
    expect((error as ApiError).code).toBe("NETWORK");
    expect(errorKeyOf(new Error("other"))).toBe("common:apiError.INTERNAL");
  });
});

describe("helpers", () => {
  it("builds URLs without empty query values", () => {
    expect(buildUrl("/api/organisations", { q: "", limit: 20, offset: 0, to: undefined })).toBe(
      "/api/organisations?limit=20&offset=0",
    );
    expect(buildUrl("/x")).toBe("/x");
    expect(buildUrl("/x", { q: "a b&c" })).toBe("/x?q=a+b%26c");
  });

  it("maps field issues to form fields, first issue per field, with translated codes", () => {
    const error = new ApiError(400, "INVALID", "bad", [
      { path: "scoping.goals", code: "too_big", message: "" },
      { path: "scoping.goals", code: "too_small", message: "" },
      { path: "name", code: "weird_code", message: "" },
    ]);
    expect(fieldIssueKeys(error, (p) => p.replace(/^scoping\./, ""))).toEqual({
      goals: "common:fieldError.too_big",
      name: "common:fieldError.invalid",
    });
    expect(fieldIssueKeys(new Error("x"))).toEqual({});
  });
});
