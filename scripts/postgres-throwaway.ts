import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

/** A running throwaway PostgreSQL server on loopback; `stop()` kills it and deletes its files. */
export type ThrowawayPostgres = { url: string; stop: () => Promise<void> };

/** Options for `startThrowawayPostgres`. */
export type ThrowawayPostgresOptions = {
  /** Database created at start and named in the returned URL (default `kollega_test`). */
  database?: string;
  /** Extra server settings, passed as `-c name=value` (e.g. `{ max_connections: "50" }`). */
  settings?: Record<string, string>;
};

const serverTools = ["initdb", "pg_ctl", "postgres"] as const;
/** Unix socket paths are limited to 107 bytes; `.s.PGSQL.65535` takes 15 of them. */
const maxSocketDirLength = 90;
const isRoot = process.getuid?.() === 0;

/**
 * Finds one folder holding initdb, pg_ctl and postgres (all three from the same version):
 * PATH first, then /usr/local/bin, then Debian's /usr/lib/postgresql/<version>/bin, newest first.
 */
export function findPostgresBinDir(): string {
  const base = "/usr/lib/postgresql";
  const versions = fs.existsSync(base)
    ? fs
        .readdirSync(base)
        .filter((v) => /^\d+(\.\d+)?$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const candidates = [
    ...(process.env.PATH ?? "").split(path.delimiter).filter(Boolean),
    "/usr/local/bin",
    ...versions.map((v) => path.join(base, v, "bin")),
  ];
  const found = candidates.find((dir) =>
    serverTools.every((tool) => isExecutable(path.join(dir, tool))),
  );
  if (!found) {
    throw new Error(
      "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found in PATH, /usr/local/bin " +
        "or /usr/lib/postgresql/*/bin. Install them: bash scripts/ensure-system-deps.sh " +
        "(or apt-get install -y postgresql), or set KOLLEGA_TEST_PG_URL to an existing server.",
    );
  }
  return found;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Asks the kernel for a free loopback port (bind port 0, read it, close). */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("no free port found"))));
    });
  });
}

/** PostgreSQL refuses to run as root: as root, its tools run as the `postgres` user. */
async function runAsServerUser(file: string, args: string[], cwd: string): Promise<void> {
  const [cmd, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", file, ...args]] : [file, args];
  try {
    // cwd: the tools fail when they cannot read the current folder (e.g. /root as postgres).
    await run(cmd, argv, { cwd, timeout: 90_000 });
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; message: string };
    const output = [e.stderr, e.stdout].filter((s) => s?.trim()).join("\n") || e.message;
    throw new Error(`${[path.basename(file), ...args].join(" ")} failed:\n${output.trim()}`);
  }
}

/** Quotes one word for the shell that pg_ctl hands `-o` to. */
function quoteForShell(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

function buildServerOptions(dir: string, port: number, settings: Record<string, string>): string {
  const all: Record<string, string> = {
    listen_addresses: "127.0.0.1",
    // No socket when the temp path is too long for one; clients use TCP anyway.
    unix_socket_directories: dir.length <= maxSocketDirLength ? dir : "",
    fsync: "off",
    synchronous_commit: "off",
    full_page_writes: "off",
    max_connections: "200",
    ...settings,
  };
  const pairs = Object.entries(all).map(([k, v]) => `-c ${quoteForShell(`${k}=${v}`)}`);
  return [`-p ${port}`, ...pairs].join(" ");
}

async function assertServerUserExists(): Promise<void> {
  if (!isRoot) return;
  try {
    await run("id", ["-u", "postgres"]);
  } catch {
    throw new Error(
      "Running as root, but PostgreSQL refuses root and there is no `postgres` user to run it " +
        "as. Create one (useradd --system postgres; apt-get install postgresql does) or run " +
        "the tests as a normal user.",
    );
  }
}

/** Reads the last lines of the server log, to explain a failed start. */
function readLogTail(logFile: string): string {
  try {
    return fs.readFileSync(logFile, "utf8").trim().split("\n").slice(-20).join("\n");
  } catch {
    return "(no server log)";
  }
}

/**
 * Starts a fresh PostgreSQL cluster in a temp folder, listening on 127.0.0.1 and a free port,
 * with one database (default `kollega_test`), trust auth, UTF8, locale C and durability off
 * (the data is thrown away). As root it runs as the `postgres` user. A watchdog process stops
 * the server if this process dies without calling `stop()`.
 */
export async function startThrowawayPostgres(
  options: ThrowawayPostgresOptions = {},
): Promise<ThrowawayPostgres> {
  const database = checkDatabaseName(options.database ?? "kollega_test");
  const binDir = findPostgresBinDir();
  await assertServerUserExists();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kollega-pg-"));
  const dataDir = path.join(dir, "data");
  const logFile = path.join(dir, "server.log");
  const pgCtl = path.join(binDir, "pg_ctl");
  const stop = makeStop(pgCtl, dataDir, startWatchdog(dir));
  try {
    if (isRoot) await run("chown", ["-R", "postgres:", dir]);
    const initArgs = ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8"];
    await runAsServerUser(path.join(binDir, "initdb"), [...initArgs, "--locale=C"], dir);
    const port = await findFreePort();
    const serverOptions = buildServerOptions(dir, port, options.settings ?? {});
    const startArgs = ["-D", dataDir, "-l", logFile, "-w", "-t", "60", "-o", serverOptions];
    await runAsServerUser(pgCtl, [...startArgs, "start"], dir).catch((error: Error) => {
      throw new Error(`${error.message}\nserver log:\n${readLogTail(logFile)}`);
    });
    await createThrowawayDatabase(`postgres://postgres@127.0.0.1:${port}/postgres`, database);
    return { url: `postgres://postgres@127.0.0.1:${port}/${database}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Builds an idempotent `stop()`: immediate shutdown, then delete the folder. */
function makeStop(pgCtl: string, dataDir: string, watchdog: { kill: () => void }) {
  let stopped: Promise<void> | undefined;
  return (): Promise<void> => {
    stopped ??= (async () => {
      const postmasterPid = readPostmasterPid(dataDir);
      if (postmasterPid && !(await stopQuietly(pgCtl, dataDir))) killQuietly(postmasterPid);
      watchdog.kill();
      fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
    })();
    return stopped;
  };
}

async function stopQuietly(pgCtl: string, dataDir: string): Promise<boolean> {
  const args = ["-D", dataDir, "-m", "immediate", "-w", "-t", "30", "stop"];
  return runAsServerUser(pgCtl, args, path.dirname(dataDir)).then(
    () => true,
    () => false,
  );
}

function readPostmasterPid(dataDir: string): number | undefined {
  try {
    const firstLine = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0];
    const pid = Number(firstLine);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, "SIGQUIT"); // SIGQUIT = PostgreSQL's immediate shutdown
  } catch {
    // already gone
  }
}

/**
 * A detached shell that waits for this process to end; if the folder is still there then (no
 * `stop()` ran: Ctrl-C, a kill, a crash), it shuts the server down and deletes the folder.
 */
function startWatchdog(dir: string): { kill: () => void } {
  const script = [
    'while kill -0 "$1" 2>/dev/null; do sleep 0.5; done',
    '[ -d "$2" ] || exit 0',
    "sleep 2", // lets an initdb or pg_ctl start that was under way finish first
    'pidfile="$2/data/postmaster.pid"',
    '[ -f "$pidfile" ] && kill -QUIT "$(head -n 1 "$pidfile")" 2>/dev/null',
    // The server deletes postmaster.pid once it has exited; wait at most 5 s for that.
    'i=0; while [ -f "$pidfile" ] && [ $i -lt 25 ]; do sleep 0.2; i=$((i+1)); done',
    'rm -rf "$2"',
  ].join("\n");
  const child = spawn("sh", ["-c", script, "sh", String(process.pid), dir], {
    detached: true,
    stdio: "ignore",
  });
  child.on("error", () => undefined);
  child.unref();
  return { kill: () => child.kill() };
}

function checkDatabaseName(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new Error(`invalid database name ${JSON.stringify(name)}: use [a-z0-9_], max 63`);
  }
  return name;
}

async function runOnServer(serverUrl: string, sql: string): Promise<void> {
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Creates an empty database `name` (lower-case letters, digits, `_`) on the server behind
 * `serverUrl` (any database URL on it; the admin work goes through `postgres`) and returns a
 * URL to the new database.
 */
export async function createThrowawayDatabase(serverUrl: string, name: string): Promise<string> {
  await runOnServer(serverUrl, `create database "${checkDatabaseName(name)}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops a database made by `createThrowawayDatabase`, ending its open connections first. */
export async function dropThrowawayDatabase(serverUrl: string, name: string): Promise<void> {
  // WITH (FORCE) (PostgreSQL 13+) terminates the connections and drops in one step.
  await runOnServer(serverUrl, `drop database if exists "${checkDatabaseName(name)}" with (force)`);
}
