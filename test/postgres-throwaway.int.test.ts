import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { createThrowawayDatabase } from "../scripts/postgres-throwaway";
import { createTestPgDatabase } from "./pg-database";

const isPgSkipped = process.env.KOLLEGA_TEST_SKIP_PG === "1";

/** Runs one query on a fresh connection to `url`. */
async function query<R extends pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe.skipIf(isPgSkipped)(
  "the run's PostgreSQL server (global setup + createTestPgDatabase)",
  () => {
    const drops: Array<() => Promise<void>> = [];
    afterEach(async () => {
      for (const drop of drops.splice(0)) await drop();
    });

    async function freshDatabase() {
      const db = await createTestPgDatabase();
      drops.push(db.drop);
      return db;
    }

    it("gives a fresh database on PostgreSQL 15 or newer that stores and returns rows", async () => {
      const { url } = await freshDatabase();
      const [row] = await query<{ version: string; db: string }>(
        url,
        "select version() as version, current_database() as db",
      );
      expect(Number(row?.version.match(/^PostgreSQL (\d+)/)?.[1])).toBeGreaterThanOrEqual(15);
      expect(`/${row?.db}`).toBe(new URL(url).pathname);
      await query(url, "create table note (id int primary key, body text not null)");
      await query(url, "insert into note values (1, $1), (2, $2)", ["hej", "Grüße, Ελλάδα"]);
      const rows = await query<{ id: number; body: string }>(url, "select * from note order by id");
      expect(rows).toEqual([
        { id: 1, body: "hej" },
        { id: 2, body: "Grüße, Ελλάδα" },
      ]);
    });

    it("keeps databases apart, so parallel test files never see each other's tables", async () => {
      const a = await freshDatabase();
      const b = await freshDatabase();
      expect(a.url).not.toBe(b.url);
      await query(a.url, "create table only_in_a (x int)");
      await expect(query(b.url, "select * from only_in_a")).rejects.toMatchObject({
        code: "42P01", // undefined_table
      });
    });

    it("drops a database even while a connection is still open", async () => {
      const db = await createTestPgDatabase();
      const open = new pg.Client({ connectionString: db.url });
      open.on("error", () => undefined); // the drop terminates this connection on purpose
      await open.connect();
      await db.drop();
      await expect(query(db.url, "select 1")).rejects.toMatchObject({
        code: "3D000", // invalid_catalog_name: the database is gone
      });
      await open.end().catch(() => undefined);
    });

    it("refuses database names that would need quoting", async () => {
      await expect(
        createThrowawayDatabase("postgres://postgres@127.0.0.1:1/x", 'a"; drop'),
      ).rejects.toThrow(/invalid database name/);
    });
  },
);
