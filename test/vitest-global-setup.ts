import type { TestProject } from "vitest/node";
import { startThrowawayPostgres } from "../scripts/postgres-throwaway";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the run's PostgreSQL server (any database on it); "" when PostgreSQL is skipped. */
    pgUrl: string;
  }
}

/**
 * Starts one throwaway PostgreSQL server for the whole test run (each test file makes its own
 * database on it with `createTestPgDatabase`) and stops it at the end. `KOLLEGA_TEST_PG_URL`
 * uses an existing server instead; `KOLLEGA_TEST_SKIP_PG=1` skips PostgreSQL (SQLite only).
 */
export default async function setup(project: TestProject) {
  if (process.env.KOLLEGA_TEST_SKIP_PG === "1") {
    project.provide("pgUrl", "");
    return;
  }
  if (process.env.KOLLEGA_TEST_PG_URL) {
    project.provide("pgUrl", process.env.KOLLEGA_TEST_PG_URL);
    return;
  }
  const server = await startThrowawayPostgres();
  project.provide("pgUrl", server.url);
  return async () => server.stop();
}
