import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPgDatabase } from "../../../test/pg-database";
import { type Db, openDatabase } from "./database";

describe("the PostgreSQL pool", () => {
  let database: { url: string; drop: () => Promise<void> };
  let db: Db;
  const lost: string[] = [];

  beforeAll(async () => {
    database = await createTestPgDatabase();
    db = openDatabase(
      { dialect: "postgres", url: database.url },
      { onConnectionLost: (error) => lost.push(error.message) },
    );
  }, 60_000);
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it("survives the server ending an idle connection (restart, admin) and reconnects", async () => {
    const before = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
    const pid = before.rows[0]?.pid;
    expect(pid).toBeTypeOf("number");
    // Another session ends ours while it sits idle in the pool, as a server restart would.
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      await admin.query("select pg_terminate_backend($1)", [pid]);
    } finally {
      await admin.end();
    }
    await expect.poll(() => lost.length, { timeout: 5_000 }).toBe(1);
    expect(lost[0]).toMatch(/terminating connection/);
    const after = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
    expect(after.rows[0]?.pid).not.toBe(pid);
  });
});
