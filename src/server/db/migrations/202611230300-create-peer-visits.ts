import type { CreateTableBuilder, Kysely } from "kysely";

type Table = CreateTableBuilder<string, string>;

/** The columns every editable record has: id, version for 409s, creation and change times. */
function withRecordColumns(table: Table): Table {
  return table
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull());
}

/** A method record attached to exactly one activity of an initiative, deleted with it. */
function withActivityLink(table: Table, name: string): Table {
  return table
    .addColumn("initiative_id", "text", (c) =>
      c.notNull().references("initiatives.id").onDelete("cascade"),
    )
    .addColumn("activity_id", "text", (c) =>
      c.notNull().references("activities.id").onDelete("cascade"),
    )
    .addColumn("created_by", "text", (c) => c.references("people.id").onDelete("set null"))
    .addUniqueConstraint(`${name}_activity_uq`, ["activity_id"]);
}

/**
 * A record written by one person. No cascade: removing a person must anonymise what they wrote
 * (docs/DESIGN), never silently delete feedback the host relies on.
 */
function withAuthor(table: Table): Table {
  return table.addColumn("author_id", "text", (c) => c.notNull().references("people.id"));
}

function withParent(table: Table, column: string, parent: string): Table {
  return table.addColumn(column, "text", (c) =>
    c.notNull().references(`${parent}.id`).onDelete("cascade"),
  );
}

async function createVisitTables(db: Kysely<unknown>): Promise<void> {
  await withActivityLink(withRecordColumns(db.schema.createTable("peer_visits")), "peer_visits")
    .addColumn("phase", "text", (c) => c.notNull().defaultTo("preparation"))
    .addColumn("area_to_improve", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("readiness", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("timeline", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("responsibilities", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("agreed_strengths", "text")
    .addColumn("agreed_weaknesses", "text")
    .addColumn("understanding_note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("understanding_recorded_by", "text", (c) =>
      c.references("people.id").onDelete("set null"),
    )
    .addColumn("understanding_recorded_at", "text")
    .addColumn("report_sharing", "text", (c) => c.notNull().defaultTo("confidential"))
    .addColumn("report_shared_at", "text")
    .execute();
  await db.schema
    .createIndex("peer_visits_initiative_idx")
    .on("peer_visits")
    .column("initiative_id")
    .execute();
  await withParent(db.schema.createTable("peer_visit_events"), "visit_id", "peer_visits")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("from_phase", "text", (c) => c.notNull())
    .addColumn("to_phase", "text", (c) => c.notNull())
    .addColumn("by_person_id", "text", (c) => c.references("people.id").onDelete("set null"))
    .addColumn("by_roles", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("on_date", "text", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

async function createVisitRecords(db: Kysely<unknown>): Promise<void> {
  const record = (name: string) =>
    withAuthor(
      withParent(withRecordColumns(db.schema.createTable(name)), "visit_id", "peer_visits"),
    );
  await record("peer_visit_notes")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("criterion", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .execute();
  await record("peer_visit_checks")
    .addColumn("entries", "text", (c) => c.notNull().defaultTo("[]"))
    .addUniqueConstraint("peer_visit_checks_author_uq", ["visit_id", "author_id"])
    .execute();
  await record("peer_visit_feedback_items")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("lang", "text", (c) => c.notNull())
    .addColumn("given_as", "text", (c) => c.notNull())
    .execute();
  await record("peer_visit_adaptations")
    .addColumn("text", "text", (c) => c.notNull())
    .addUniqueConstraint("peer_visit_adaptations_author_uq", ["visit_id", "author_id"])
    .execute();
  await withParent(
    withRecordColumns(db.schema.createTable("peer_visit_actions")),
    "visit_id",
    "peer_visits",
  )
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("based_on", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("owner_name", "text", (c) => c.notNull())
    .addColumn("due_on", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("progress_note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "text", (c) => c.references("people.id").onDelete("set null"))
    .execute();
  for (const table of ["peer_visit_notes", "peer_visit_feedback_items", "peer_visit_actions"]) {
    await db.schema.createIndex(`${table}_visit_idx`).on(table).column("visit_id").execute();
  }
}

async function createAssessmentTables(db: Kysely<unknown>): Promise<void> {
  await withActivityLink(
    withRecordColumns(db.schema.createTable("peer_assessments")),
    "peer_assessments",
  ).execute();
  await withParent(
    withRecordColumns(db.schema.createTable("peer_assessment_plans")),
    "assessment_id",
    "peer_assessments",
  )
    .addColumn("side", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("text", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("url", "text")
    .addColumn("presented_on", "text")
    .addUniqueConstraint("peer_assessment_plans_side_uq", ["assessment_id", "side"])
    .execute();
  await withParent(
    withRecordColumns(db.schema.createTable("peer_assessment_directions")),
    "assessment_id",
    "peer_assessments",
  )
    .addColumn("assessor", "text", (c) => c.notNull())
    .addColumn("is_required", "integer", (c) => c.notNull())
    .addColumn("answers", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("submitted_on", "text")
    .addUniqueConstraint("peer_assessment_directions_uq", ["assessment_id", "assessor"])
    .execute();
}

async function createShadowingAndWorkshops(db: Kysely<unknown>): Promise<void> {
  await withActivityLink(
    withRecordColumns(db.schema.createTable("work_shadowings")),
    "work_shadowings",
  )
    .addColumn("focus", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await withAuthor(
    withParent(
      withRecordColumns(db.schema.createTable("work_shadowing_entries")),
      "shadowing_id",
      "work_shadowings",
    ),
  )
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .execute();
  await withActivityLink(withRecordColumns(db.schema.createTable("workshops")), "workshops")
    .addColumn("method_id", "text", (c) => c.notNull())
    .addColumn("start_time", "text")
    .execute();
  await withAuthor(
    withParent(
      withRecordColumns(db.schema.createTable("workshop_outputs")),
      "workshop_id",
      "workshops",
    ),
  )
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("step_key", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .execute();
}

/**
 * Peer review methods (issue 5): peer visits with their phase history and confidential records
 * (notes and evidence, peer checks, feedback items, adaptations) and improvement actions; the
 * structured peer assessment (plans, directions); work shadowing (observations, ideas); and
 * workshops (method, outputs). Each method record belongs to one activity and cascades with it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createVisitTables(db);
  await createVisitRecords(db);
  await createAssessmentTables(db);
  await createShadowingAndWorkshops(db);
}

/** Drops everything `up` created, in dependency order. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "workshop_outputs",
    "workshops",
    "work_shadowing_entries",
    "work_shadowings",
    "peer_assessment_directions",
    "peer_assessment_plans",
    "peer_assessments",
    "peer_visit_actions",
    "peer_visit_adaptations",
    "peer_visit_feedback_items",
    "peer_visit_checks",
    "peer_visit_notes",
    "peer_visit_events",
    "peer_visits",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
