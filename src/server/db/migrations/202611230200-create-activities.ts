import type { CreateTableBuilder, Kysely } from "kysely";

type Table = CreateTableBuilder<string, string>;

/** The columns every editable record has: a text UUID, a version for 409s, a creation time. */
function withRecordColumns(table: Table): Table {
  return table
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull());
}

/** A child of one activity, deleted with it. */
function withActivityColumn(table: Table): Table {
  return table.addColumn("activity_id", "text", (c) =>
    c.notNull().references("activities.id").onDelete("cascade"),
  );
}

async function createShowcases(db: Kysely<unknown>): Promise<void> {
  await withRecordColumns(db.schema.createTable("showcases"))
    .addColumn("initiative_id", "text", (c) =>
      c.notNull().references("initiatives.id").onDelete("cascade"),
    )
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("practice", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("organisation_id", "text", (c) =>
      c.references("organisations.id").onDelete("set null"),
    )
    .addColumn("place", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("results", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("cost_note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("cost_amount_minor", "bigint")
    .addColumn("cost_currency", "text")
    .addColumn("champion_person_id", "text", (c) => c.references("people.id").onDelete("set null"))
    .addColumn("contact", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "text", (c) => c.references("people.id").onDelete("set null"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("showcases_initiative_idx")
    .on("showcases")
    .column("initiative_id")
    .execute();
}

async function createActivityTable(db: Kysely<unknown>): Promise<void> {
  await withRecordColumns(db.schema.createTable("activities"))
    .addColumn("initiative_id", "text", (c) =>
      c.notNull().references("initiatives.id").onDelete("cascade"),
    )
    .addColumn("format_key", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("theme", "text")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("planned"))
    .addColumn("starts_on", "text", (c) => c.notNull())
    .addColumn("ends_on", "text", (c) => c.notNull())
    .addColumn("start_time", "text")
    .addColumn("end_time", "text")
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("host_organisation_id", "text", (c) =>
      c.references("organisations.id").onDelete("set null"),
    )
    .addColumn("address", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("online_url", "text")
    .addColumn("levels", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("topics", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("stages", "text", (c) => c.notNull())
    .addColumn("has_stage_override", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("is_international", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("is_high_level", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("planned_participant_count", "integer")
    .addColumn("source_activity_id", "text", (c) =>
      c.references("activities.id").onDelete("set null"),
    )
    .addColumn("showcase_id", "text", (c) => c.references("showcases.id").onDelete("set null"))
    .addColumn("created_by", "text", (c) => c.notNull().references("people.id"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("activities_initiative_starts_idx")
    .on("activities")
    .columns(["initiative_id", "starts_on"])
    .execute();
}

async function createParticipants(db: Kysely<unknown>): Promise<void> {
  await withActivityColumn(withRecordColumns(db.schema.createTable("activity_participants")))
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("rsvp_status", "text", (c) => c.notNull().defaultTo("invited"))
    .addColumn("invited_at", "text")
    .addColumn("responded_at", "text")
    .addColumn("rsvp_token_hash", "text", (c) => c.unique())
    .addUniqueConstraint("activity_participants_activity_person_uq", ["activity_id", "person_id"])
    .execute();
  await db.schema
    .createIndex("activity_participants_person_idx")
    .on("activity_participants")
    .column("person_id")
    .execute();
}

async function createPlanItems(db: Kysely<unknown>): Promise<void> {
  await withActivityColumn(withRecordColumns(db.schema.createTable("activity_agenda_items")))
    .addColumn("day_on", "text")
    .addColumn("start_time", "text")
    .addColumn("end_time", "text")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("notes", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await withActivityColumn(withRecordColumns(db.schema.createTable("activity_budget_lines")))
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("amount_minor", "bigint", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .execute();
  await withActivityColumn(withRecordColumns(db.schema.createTable("activity_documents")))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("url", "text")
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "text", (c) => c.references("people.id").onDelete("set null"))
    .execute();
  for (const table of ["activity_agenda_items", "activity_budget_lines", "activity_documents"]) {
    await db.schema.createIndex(`${table}_activity_idx`).on(table).column("activity_id").execute();
  }
}

async function createLearning(db: Kysely<unknown>): Promise<void> {
  await withActivityColumn(withRecordColumns(db.schema.createTable("learning_objectives")))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("lang", "text", (c) => c.notNull())
    .addColumn("builder_stem", "text")
    .addColumn("builder_audience", "text")
    .addColumn("builder_behaviour", "text")
    .addColumn("builder_content", "text")
    .addColumn("needs_review", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("learning_objectives_activity_idx")
    .on("learning_objectives")
    .column("activity_id")
    .execute();
  await withActivityColumn(withRecordColumns(db.schema.createTable("reflection_answers")))
    .addColumn("participant_id", "text", (c) =>
      c.notNull().references("activity_participants.id").onDelete("cascade"),
    )
    .addColumn("question_key", "text", (c) => c.notNull())
    .addColumn("answer", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("reflection_answers_participant_question_uq", [
      "participant_id",
      "question_key",
    ])
    .execute();
  await db.schema
    .createIndex("reflection_answers_activity_idx")
    .on("reflection_answers")
    .column("activity_id")
    .execute();
}

async function createLogistics(db: Kysely<unknown>): Promise<void> {
  await withActivityColumn(withRecordColumns(db.schema.createTable("checklist_items")))
    .addColumn("item_key", "text")
    .addColumn("label", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("owner_person_id", "text", (c) => c.references("people.id").onDelete("set null"))
    .addColumn("default_owner_role", "text")
    .addColumn("due_on", "text")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("todo"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("checklist_items_activity_idx")
    .on("checklist_items")
    .column("activity_id")
    .execute();
  await db.schema
    .createIndex("checklist_items_open_due_idx")
    .on("checklist_items")
    .columns(["status", "due_on"])
    .execute();
  await db.schema
    .createTable("checklist_reminders")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("sent_on", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("checklist_reminders_person_day_uq", ["person_id", "sent_on"])
    .execute();
  await db.schema
    .createTable("calendar_feeds")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("initiative_id", "text", (c) =>
      c.notNull().references("initiatives.id").onDelete("cascade"),
    )
    .addColumn("person_id", "text", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("calendar_feeds_initiative_person_uq", ["initiative_id", "person_id"])
    .execute();
}

/**
 * Activities and their planning: participants with RSVP, agenda, budget, documents, learning
 * objectives, reflection answers, the logistics checklist and its reminders, showcases, and
 * calendar feeds. Children cascade with their activity; reverse visits keep a link to their
 * source, showcases to the visits planned to them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createShowcases(db);
  await createActivityTable(db);
  await createParticipants(db);
  await createPlanItems(db);
  await createLearning(db);
  await createLogistics(db);
}

/** Drops everything `up` created, in dependency order. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "calendar_feeds",
    "checklist_reminders",
    "checklist_items",
    "reflection_answers",
    "learning_objectives",
    "activity_documents",
    "activity_budget_lines",
    "activity_agenda_items",
    "activity_participants",
    "activities",
    "showcases",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
