import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createThrowawayDatabase, dropThrowawayDatabase } from "../scripts/postgres-throwaway";

/**
 * A fresh, uniquely named database on the run's PostgreSQL server, so test files running in
 * parallel never share tables; `drop()` ends its connections and drops it.
 */
export async function createTestPgDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = inject("pgUrl");
  if (!server) throw new Error("PostgreSQL is not available in this run (KOLLEGA_TEST_SKIP_PG=1)");
  const name = `kollega_t_${randomBytes(6).toString("hex")}`;
  const url = await createThrowawayDatabase(server, name);
  return { url, drop: () => dropThrowawayDatabase(server, name) };
}
