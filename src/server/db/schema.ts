import type { ColumnType, Generated } from "kysely";

/**
 * The database's tables as Kysely sees them. Identifiers are text UUIDs (v7), timestamps
 * UTC ISO strings, dates `YYYY-MM-DD`, booleans 0/1 integers, lists JSON text: the same on
 * SQLite and PostgreSQL.
 */
export type Database = {
  organisations: OrganisationTable;
  people: PersonTable;
  sessions: SessionTable;
  initiatives: InitiativeTable;
  memberships: MembershipTable;
  invitations: InvitationTable;
  password_resets: PasswordResetTable;
  mail_outbox: MailOutboxTable;
  reform_area_tags: ReformAreaTagTable;
  intake_surveys: IntakeSurveyTable;
  intake_responses: IntakeResponseTable;
  matching_runs: MatchingRunTable;
  match_responses: MatchResponseTable;
  activities: ActivityTable;
  activity_participants: ActivityParticipantTable;
  activity_agenda_items: AgendaItemTable;
  activity_budget_lines: BudgetLineTable;
  activity_documents: ActivityDocumentTable;
  learning_objectives: LearningObjectiveTable;
  reflection_answers: ReflectionAnswerTable;
  checklist_items: ChecklistItemTable;
  checklist_reminders: ChecklistReminderTable;
  showcases: ShowcaseTable;
  calendar_feeds: CalendarFeedTable;
  peer_visits: PeerVisitTable;
  peer_visit_events: PeerVisitEventTable;
  peer_visit_notes: PeerVisitNoteTable;
  peer_visit_checks: PeerVisitCheckTable;
  peer_visit_feedback_items: PeerVisitFeedbackItemTable;
  peer_visit_adaptations: PeerVisitAdaptationTable;
  peer_visit_actions: PeerVisitActionTable;
  peer_assessments: PeerAssessmentTable;
  peer_assessment_plans: PeerAssessmentPlanTable;
  peer_assessment_directions: PeerAssessmentDirectionTable;
  work_shadowings: WorkShadowingTable;
  work_shadowing_entries: WorkShadowingEntryTable;
  workshops: WorkshopTable;
  workshop_outputs: WorkshopOutputTable;
};

export type OrganisationTable = {
  id: string;
  name: string;
  name_search: string;
  country: string;
  level: string;
  kind: string;
  version: number;
  created_at: string;
  updated_at: string;
};

export type PersonTable = {
  id: string;
  email: string;
  password_hash: string | null;
  display_name: string;
  system_role: string;
  locale: string;
  organisation_id: string | null;
  position: string;
  level: string | null;
  field: string;
  years_of_service: number | null;
  /** JSON array of ISO 639-1 codes. */
  languages: string;
  version: number;
  created_at: string;
  updated_at: string;
};

export type SessionTable = {
  /** SHA-256 of the cookie token: a stolen database cannot be replayed as cookies. */
  id: string;
  person_id: string;
  created_at: string;
  expires_at: string;
};

export type InitiativeTable = {
  id: string;
  name: string;
  kind: string;
  reform_area: string;
  focal_sector: string;
  starts_on: string | null;
  ends_on: string | null;
  /** JSON object of scoping answers. */
  scoping: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
};

export type MembershipTable = {
  id: string;
  initiative_id: string;
  person_id: string;
  role: string;
  version: number;
  created_at: string;
};

export type InvitationTable = {
  id: string;
  initiative_id: string;
  email: string;
  role: string;
  token_hash: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
};

export type PasswordResetTable = {
  id: string;
  person_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
};

export type MailOutboxTable = {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  kind: string;
  created_at: string;
  sent_at: string | null;
  attempts: Generated<number>;
  last_error: string | null;
};

export type ReformAreaTagTable = {
  id: string;
  initiative_id: string;
  /** Normalised key stored on challenges (`waste-collection`); unique per initiative. */
  key: string;
  label: string;
  /** 1 for the defaults seeded from the intake module's list. */
  is_default: number;
  created_by: string | null;
  created_at: string;
};

export type IntakeSurveyTable = {
  id: string;
  initiative_id: string;
  /** `open` or `closed` (no row: never opened). */
  status: string;
  opened_at: string | null;
  closed_at: string | null;
  due_on: string | null;
  last_reminded_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export type IntakeResponseTable = {
  id: string;
  initiative_id: string;
  person_id: string;
  /** JSON array of `{ text, tags[] }`. */
  challenges: string;
  offers: string;
  wants: string;
  current_initiative: string;
  availability: string;
  /** JSON array of ISO 639-1 codes. */
  languages: string;
  answer_language: string;
  is_champion: number;
  version: number;
  submitted_at: string;
  updated_at: string;
};

export type MatchingRunTable = {
  id: string;
  initiative_id: string;
  mode: string;
  group_size: number | null;
  /** JSON of the parameters used, defaults filled in. */
  parameters: string;
  /** JSON of matches (score parts, explanations), unmatched with reasons, issues, stats. */
  result: string;
  total_score: number;
  match_count: number;
  unmatched_count: number;
  /** `draft`, `published` or `superseded`. */
  status: string;
  based_on_run_id: string | null;
  note: string;
  version: number;
  created_by: string | null;
  created_at: string;
  published_at: string | null;
  published_by: string | null;
};

export type MatchResponseTable = {
  id: string;
  run_id: string;
  initiative_id: string;
  /** The match's id within the run's result. */
  match_id: string;
  person_id: string;
  /** `proposed`, `accepted` or `declined`. */
  status: string;
  decline_reason: string | null;
  responded_at: string | null;
  version: number;
  created_at: string;
};

export type ActivityTable = {
  id: string;
  initiative_id: string;
  format_key: string;
  title: string;
  description: string;
  theme: string | null;
  /** `planned`, `confirmed`, `completed` or `cancelled`. */
  status: string;
  starts_on: string;
  ends_on: string;
  /** Local `HH:mm` in `time_zone`; null for all-day activities. */
  start_time: string | null;
  end_time: string | null;
  /** IANA zone, e.g. `Africa/Nairobi`. */
  time_zone: string;
  host_organisation_id: string | null;
  address: string;
  online_url: string | null;
  /** JSON array of hierarchical levels. */
  levels: string;
  /** JSON array of topic strings. */
  topics: string;
  /** JSON array of the stages served (the format's, or the override): `[2,3]`. */
  stages: string;
  has_stage_override: number;
  is_international: number;
  is_high_level: number;
  planned_participant_count: number | null;
  source_activity_id: string | null;
  showcase_id: string | null;
  created_by: string;
  version: number;
  created_at: string;
  updated_at: string;
};

export type ActivityParticipantTable = {
  id: string;
  activity_id: string;
  person_id: string;
  /** `host`, `visiting_peer`, `moderator` or `expert`. */
  role: string;
  /** `invited`, `accepted` or `declined`. */
  rsvp_status: string;
  invited_at: string | null;
  responded_at: string | null;
  /** SHA-256 of the mailed RSVP token. */
  rsvp_token_hash: string | null;
  version: number;
  created_at: string;
};

export type AgendaItemTable = {
  id: string;
  activity_id: string;
  day_on: string | null;
  start_time: string | null;
  end_time: string | null;
  title: string;
  notes: string;
  position: number;
  version: number;
  created_at: string;
};

export type BudgetLineTable = {
  id: string;
  activity_id: string;
  label: string;
  /** Minor units; PostgreSQL returns bigint as a string. */
  amount_minor: ColumnType<number | string, number, number>;
  /** ISO 4217. */
  currency: string;
  version: number;
  created_at: string;
};

export type ActivityDocumentTable = {
  id: string;
  activity_id: string;
  title: string;
  url: string | null;
  note: string;
  created_by: string | null;
  version: number;
  created_at: string;
};

export type LearningObjectiveTable = {
  id: string;
  activity_id: string;
  position: number;
  text: string;
  lang: string;
  /** Builder parts; all null when the objective was typed as free text. */
  builder_stem: string | null;
  builder_audience: string | null;
  builder_behaviour: string | null;
  builder_content: string | null;
  needs_review: number;
  version: number;
  created_at: string;
  updated_at: string;
};

export type ReflectionAnswerTable = {
  id: string;
  activity_id: string;
  participant_id: string;
  question_key: string;
  answer: string;
  version: number;
  created_at: string;
  updated_at: string;
};

export type ChecklistItemTable = {
  id: string;
  activity_id: string;
  /** Catalogue task key; null for a task added by hand. */
  item_key: string | null;
  label: string;
  owner_person_id: string | null;
  default_owner_role: string | null;
  due_on: string | null;
  /** `todo`, `done` or `not_needed`. */
  status: string;
  version: number;
  created_at: string;
  updated_at: string;
};

export type ChecklistReminderTable = {
  id: string;
  person_id: string;
  /** The UTC day a reminder went out; one per person and day. */
  sent_on: string;
  created_at: string;
};

export type ShowcaseTable = {
  id: string;
  initiative_id: string;
  title: string;
  practice: string;
  organisation_id: string | null;
  place: string;
  results: string;
  cost_note: string;
  cost_amount_minor: ColumnType<number | string | null, number | null, number | null>;
  cost_currency: string | null;
  champion_person_id: string | null;
  contact: string;
  created_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
};

export type CalendarFeedTable = {
  id: string;
  initiative_id: string;
  person_id: string;
  /** SHA-256 of the secret feed token. */
  token_hash: string;
  created_at: string;
};

/** Columns of every editable record of the peer review methods (issue 5). */
type PeerRecordColumns = { id: string; version: number; created_at: string; updated_at: string };
/** A method record attached to one activity. */
type MethodColumns = PeerRecordColumns & {
  initiative_id: string;
  activity_id: string;
  created_by: string | null;
};

export type PeerVisitTable = MethodColumns & {
  /** `preparation`, `visit`, `feedback`, `follow_up` or `closed`. */
  phase: string;
  area_to_improve: string;
  /** JSON array of readiness entries `{ criterion, rating, comment }`. */
  readiness: string;
  /** JSON array of `{ label, dueOn }`. */
  timeline: string;
  /** JSON array of `{ personId, task }`. */
  responsibilities: string;
  /** JSON arrays of strings; both null until the moderator records the common understanding. */
  agreed_strengths: string | null;
  agreed_weaknesses: string | null;
  understanding_note: string;
  understanding_recorded_by: string | null;
  understanding_recorded_at: string | null;
  /** `confidential` or `initiative`. */
  report_sharing: string;
  report_shared_at: string | null;
};

export type PeerVisitEventTable = {
  id: string;
  visit_id: string;
  kind: string;
  from_phase: string;
  to_phase: string;
  by_person_id: string | null;
  /** JSON array of visit roles. */
  by_roles: string;
  on_date: string;
  reason: string | null;
  created_at: string;
};

/** A record written by one person within one visit. */
type VisitRecordColumns = PeerRecordColumns & { visit_id: string; author_id: string };

export type PeerVisitNoteTable = VisitRecordColumns & {
  /** `note` or `evidence`. */
  kind: string;
  criterion: string | null;
  text: string;
};

export type PeerVisitCheckTable = VisitRecordColumns & {
  /** JSON array of readiness entries. */
  entries: string;
};

export type PeerVisitFeedbackItemTable = VisitRecordColumns & {
  kind: string;
  text: string;
  lang: string;
  given_as: string;
};

export type PeerVisitAdaptationTable = VisitRecordColumns & { text: string };

export type PeerVisitActionTable = PeerRecordColumns & {
  visit_id: string;
  title: string;
  based_on: string;
  owner_name: string;
  due_on: string | null;
  status: string;
  progress_note: string;
  created_by: string | null;
};

export type PeerAssessmentTable = MethodColumns;

export type PeerAssessmentPlanTable = PeerRecordColumns & {
  assessment_id: string;
  side: string;
  title: string;
  text: string;
  url: string | null;
  presented_on: string | null;
};

export type PeerAssessmentDirectionTable = PeerRecordColumns & {
  assessment_id: string;
  assessor: string;
  is_required: number;
  /** JSON object question -> answer. */
  answers: string;
  submitted_on: string | null;
};

export type WorkShadowingTable = MethodColumns & { focus: string };

export type WorkShadowingEntryTable = PeerRecordColumns & {
  shadowing_id: string;
  author_id: string;
  kind: string;
  text: string;
};

export type WorkshopTable = MethodColumns & { method_id: string; start_time: string | null };

export type WorkshopOutputTable = PeerRecordColumns & {
  workshop_id: string;
  author_id: string;
  kind: string;
  step_key: string | null;
  text: string;
};
