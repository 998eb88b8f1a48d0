import { inject } from "vitest";
import { buildApp } from "../src/server/app";
import { loadConfig } from "../src/server/config";
import type { AppContext } from "../src/server/context";
import { openDatabase } from "../src/server/db/database";
import { migrateToLatest } from "../src/server/db/migrate";
import { DEMO_PASSWORD, demoEmail, seedDemo } from "../src/server/demo/seed";
import { startMailSender } from "../src/server/mail/sender";
import { createTestPgDatabase } from "./pg-database";

/** The databases every API test runs against. PostgreSQL is skipped only on explicit request. */
export const dialects = (["sqlite", "postgres"] as const).filter(
  (d) => d === "sqlite" || inject("pgUrl") !== "",
);
export type Dialect = (typeof dialects)[number];

/** A request as `app.inject` takes it, with our CSRF header and an optional session cookie. */
type Call = {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  url: string;
  body?: unknown;
  cookie?: string | undefined;
  headers?: Record<string, string>;
};

/** A running app on a fresh database of one dialect, with the demo seeded. */
export type TestApp = Awaited<ReturnType<typeof startTestApp>>;

/** Starts the real app (no listen) on a fresh SQLite-in-memory or throwaway PostgreSQL database. */
export async function startTestApp(dialect: Dialect, env: Record<string, string> = {}) {
  const pg = dialect === "postgres" ? await createTestPgDatabase() : null;
  const config = loadConfig({
    DATABASE_URL: pg ? pg.url : ":memory:",
    LOG_LEVEL: "silent",
    KOLLEGA_SERVE_WEB_DIR: "",
    LOGIN_RATE_LIMIT: "1000",
    ...env,
  });
  const db = openDatabase(config.database);
  await migrateToLatest(db);
  const mail = startMailSender(db, {
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    log: () => {},
  });
  const ctx: AppContext = { db, config, mail };
  await seedDemo(ctx);
  const app = await buildApp(ctx);
  await app.ready();

  async function call(c: Call) {
    const headers: Record<string, string> = { "x-kollega-csrf": "1", ...c.headers };
    if (c.cookie) headers.cookie = c.cookie;
    const res = await app.inject({
      method: c.method,
      url: c.url,
      headers,
      ...(c.body !== undefined ? { payload: c.body as object } : {}),
    });
    return {
      status: res.statusCode,
      body: res.body ? safeJson(res.body) : null,
      headers: res.headers,
    };
  }

  /** Signs in and returns the session cookie header value. */
  async function login(email: string, password = DEMO_PASSWORD): Promise<string> {
    const res = await call({ method: "POST", url: "/api/auth/login", body: { email, password } });
    if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status}`);
    const setCookie = res.headers["set-cookie"];
    const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
    return String(first).split(";")[0] ?? "";
  }

  async function close() {
    mail.stop();
    await app.close();
    await db.destroy();
    await pg?.drop();
  }

  return { app, ctx, call, login, close, demoEmail };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
