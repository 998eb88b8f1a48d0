import { type Migration, type MigrationProvider, Migrator } from "kysely";
import type { Db } from "./database";
import * as createFoundation from "./migrations/202611222300-create-foundation";
import * as createIntakeAndMatching from "./migrations/202611230100-create-intake-and-matching";
import * as createActivities from "./migrations/202611230200-create-activities";
import * as createPeerVisits from "./migrations/202611230300-create-peer-visits";

/** Every migration, by name; names sort in the order they must run. */
const migrations: Record<string, Migration> = {
  "202611222300-create-foundation": createFoundation,
  "202611230100-create-intake-and-matching": createIntakeAndMatching,
  "202611230200-create-activities": createActivities,
  "202611230300-create-peer-visits": createPeerVisits,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the database to the newest schema; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    const name = failed?.migrationName ?? "unknown";
    throw new Error(`Migration ${name} failed: ${String(error)}`);
  }
}
