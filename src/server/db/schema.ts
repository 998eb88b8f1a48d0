import type { Generated } from "kysely";

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
