import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startThrowawayPostgres } from "./postgres-throwaway";

// Starts servers of its own, so it needs the PostgreSQL binaries (not only a URL to a server).
const hasBinaries = process.env.KOLLEGA_TEST_SKIP_PG !== "1" && !process.env.KOLLEGA_TEST_PG_URL;

async function query<R extends pg.QueryResultRow>(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

const isDown = (url: string) =>
  query(url, "select 1").then(
    () => false,
    () => true,
  );

describe.skipIf(!hasBinaries)("startThrowawayPostgres", () => {
  it("serves on loopback without durability, and stop() ends it and deletes its files", async () => {
    const server = await startThrowawayPostgres({ database: "smoke_db" });
    const url = new URL(server.url);
    expect(url.hostname).toBe("127.0.0.1");
    expect(url.pathname).toBe("/smoke_db");
    const [settings] = await query<{ fsync: string; dir: string }>(
      server.url,
      "select current_setting('fsync') as fsync, current_setting('data_directory') as dir",
    );
    expect(settings?.fsync).toBe("off");
    expect(fs.existsSync(settings?.dir ?? "")).toBe(true);
    await server.stop();
    await server.stop(); // idempotent
    expect(await isDown(server.url)).toBe(true);
    expect(fs.existsSync(path.dirname(settings?.dir ?? "/nonexistent/x"))).toBe(false);
  });

  it("stops the server by itself when the process that started it is killed", async () => {
    const module = path.join(import.meta.dirname, "postgres-throwaway.ts");
    const program = `const { startThrowawayPostgres } = await import(${JSON.stringify(module)});
      console.log((await startThrowawayPostgres()).url); setInterval(() => {}, 1000);`;
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", program],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    const serverUrl = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
      child.once("exit", (code) => reject(new Error(`child exited early with ${code}`)));
    });
    const [row] = await query<{ dir: string }>(
      serverUrl,
      "select current_setting('data_directory') as dir",
    );
    child.kill("SIGKILL");
    expect(await waitFor(() => isDown(serverUrl), 15_000)).toBe(true);
    const tempDir = path.dirname(row?.dir ?? "/nonexistent/x");
    expect(await waitFor(async () => !fs.existsSync(tempDir), 10_000)).toBe(true);
  }, 45_000);
});
