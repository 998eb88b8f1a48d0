import type { Kysely } from "kysely";

/**
 * Purposeful matching (issue 3): each initiative's reform-area tag vocabulary, its intake survey
 * and the peers' responses, matching runs with their parameters and results, and the peers'
 * answers to the matches of a published run.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("reform_area_tags")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("initiative_id", "text", (c) =>
      c.notNull().references("initiatives.id").onDelete("cascade"),
    )
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("is_default", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_by", "text", (c) => c.references("people.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("reform_area_tags_initiative_key_uq", ["initiative_id", "key"])
    .execute();

  await db.schema
    .createTable("intake_surveys")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("initiative_id", "text", (c) =>
      c.notNull().unique().references("initiatives.id").onDelete("cascade"),
    )
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("opened_at", "text")
    .addColumn("closed_at", "text")
    .addColumn("due_on", "text")
    .addColumn("last_reminded_at", "text")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("intake_responses")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("initiative_id", "text", (c) =>
      c.notNull().references("initiatives.id").onDelete("cascade"),
    )
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("challenges", "text", (c) => c.notNull())
    .addColumn("offers", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("wants", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("current_initiative", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("availability", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("languages", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("answer_language", "text", (c) => c.notNull())
    .addColumn("is_champion", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("submitted_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("intake_responses_initiative_person_uq", ["initiative_id", "person_id"])
    .execute();

  await createMatchingTables(db);
}

async function createMatchingTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("matching_runs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("initiative_id", "text", (c) =>
      c.notNull().references("initiatives.id").onDelete("cascade"),
    )
    .addColumn("mode", "text", (c) => c.notNull())
    .addColumn("group_size", "integer")
    .addColumn("parameters", "text", (c) => c.notNull())
    .addColumn("result", "text", (c) => c.notNull())
    .addColumn("total_score", "double precision", (c) => c.notNull().defaultTo(0))
    .addColumn("match_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("unmatched_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("based_on_run_id", "text", (c) =>
      c.references("matching_runs.id").onDelete("set null"),
    )
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_by", "text", (c) => c.references("people.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("published_at", "text")
    .addColumn("published_by", "text", (c) => c.references("people.id").onDelete("set null"))
    .execute();
  await db.schema
    .createIndex("matching_runs_initiative_idx")
    .on("matching_runs")
    .columns(["initiative_id", "created_at"])
    .execute();

  await db.schema
    .createTable("match_responses")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("run_id", "text", (c) =>
      c.notNull().references("matching_runs.id").onDelete("cascade"),
    )
    .addColumn("initiative_id", "text", (c) =>
      c.notNull().references("initiatives.id").onDelete("cascade"),
    )
    .addColumn("match_id", "text", (c) => c.notNull())
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("decline_reason", "text")
    .addColumn("responded_at", "text")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("match_responses_run_match_person_uq", ["run_id", "match_id", "person_id"])
    .execute();
  await db.schema
    .createIndex("match_responses_initiative_person_idx")
    .on("match_responses")
    .columns(["initiative_id", "person_id"])
    .execute();
}

/** Drops everything `up` created, in dependency order. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "match_responses",
    "matching_runs",
    "intake_responses",
    "intake_surveys",
    "reform_area_tags",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
