import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { DatabaseConfig } from "../config";
import type { Database } from "./schema";

/** The query builder type every repository receives (a transaction is one too). */
export type Db = Kysely<Database>;

/** What the app wants to hear from the database driver. */
export type DatabaseEvents = {
  /**
   * The server ended an idle pooled connection (a restart, a failover, an administrator). The
   * pool drops that connection and opens a new one for the next query; without a listener the
   * driver's error event would crash the whole process.
   */
  onConnectionLost?: (error: Error) => void;
};

function logConnectionLost(error: Error): void {
  console.error(`PostgreSQL ended an idle connection; it will be replaced: ${error.message}`);
}

/** Opens the configured database. SQLite gets WAL, foreign keys and a busy timeout. */
export function openDatabase(config: DatabaseConfig, events: DatabaseEvents = {}): Db {
  if (config.dialect === "postgres") {
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    pool.on("error", events.onConnectionLost ?? logConnectionLost);
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
