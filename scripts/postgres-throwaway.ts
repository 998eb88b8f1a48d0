import { execFile } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

/** A running throwaway PostgreSQL server on loopback. */
export type ThrowawayPostgres = { url: string; stop: () => Promise<void> };

/** Finds a PostgreSQL binary: PATH first, then Debian's versioned folders (newest first). */
function findBinary(name: "initdb" | "pg_ctl"): string {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  const base = "/usr/lib/postgresql";
  const versions = fs.existsSync(base)
    ? fs.readdirSync(base).sort((a, b) => Number(b) - Number(a))
    : [];
  for (const v of versions) {
    const candidate = path.join(base, v, "bin", name);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`${name} not found: install PostgreSQL (apt-get install -y postgresql)`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root: as root, run its tools as the `postgres` user. */
async function asServerUser(file: string, args: string[]): Promise<void> {
  const isRoot = process.getuid?.() === 0;
  const [cmd, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", file, ...args]] : [file, args];
  try {
    await run(cmd, argv, { timeout: 60_000 });
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; message: string };
    throw new Error(`${path.basename(file)} failed: ${e.stderr || e.stdout || e.message}`);
  }
}

/**
 * Starts a fresh PostgreSQL cluster in a temp folder on 127.0.0.1 and a free port, with a
 * database `kollega_test`; durability is switched off because the data is thrown away.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const initdb = findBinary("initdb");
  const pgCtl = findBinary("pg_ctl");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kollega-pg-"));
  const dataDir = path.join(dir, "data");
  if (process.getuid?.() === 0) await run("chown", ["-R", "postgres:postgres", dir]);
  await asServerUser(initdb, [
    "-D",
    dataDir,
    "-U",
    "postgres",
    "--auth=trust",
    "-E",
    "UTF8",
    "--locale=C",
  ]);
  const port = await freePort();
  const options = [
    "-c listen_addresses=127.0.0.1",
    `-p ${port}`,
    `-k ${dir}`,
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=200",
  ].join(" ");
  await asServerUser(pgCtl, [
    "-D",
    dataDir,
    "-l",
    path.join(dir, "server.log"),
    "-w",
    "-t",
    "60",
    "-o",
    options,
    "start",
  ]);
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query("create database kollega_test");
  await client.end();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/kollega_test`,
    stop: async () => {
      await asServerUser(pgCtl, ["-D", dataDir, "-m", "immediate", "-w", "stop"]).catch(
        () => undefined,
      );
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates a fresh database named `name` on the server behind `serverUrl`; returns its URL. */
export async function createThrowawayDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`create database "${name.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops a database made by `createThrowawayDatabase`, ending its connections first. */
export async function dropThrowawayDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name.replace(/"/g, "")}" with (force)`);
  } finally {
    await client.end();
  }
}
