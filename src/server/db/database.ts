import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { DatabaseConfig } from "../config";
import type { Database } from "./schema";

/** The query builder type every repository receives (a transaction is one too). */
export type Db = Kysely<Database>;

/** Opens the configured database. SQLite gets WAL, foreign keys and a busy timeout. */
export function openDatabase(config: DatabaseConfig): Db {
  if (config.dialect === "postgres") {
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  if (config.filename !== ":memory:") {
    fs.mkdirSync(path.dirname(path.resolve(config.filename)), { recursive: true });
  }
  const sqlite = new SQLite(config.filename);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}
