import type { Generated } from 'kysely';

/**
 * The tables as the repositories see them, for Kysely's typed queries: one interface per table, column
 * names as in the migrations. Both engines store the same shapes (JSON as text, times as ISO text,
 * booleans as 0/1, bytes as Buffer; PostgreSQL's int8 is read as a number, see db/pg.ts), so one
 * description serves both. A column added by a migration is added here too.
 */
export interface Database {
  centres: CentresTable;
  users: UsersTable;
  sessions: SessionsTable;
  devices: DevicesTable;
  device_screenshots: DeviceScreenshotsTable;
  device_sessions: DeviceSessionsTable;
  pairings: PairingsTable;
  media: MediaTable;
  media_posters: MediaPostersTable;
  playlists: PlaylistsTable;
  playlist_versions: PlaylistVersionsTable;
  procedures: ProceduresTable;
  centre_procedures: CentreProceduresTable;
  emergencies: EmergenciesTable;
  audit_log: AuditLogTable;
  usage_counts: UsageCountsTable;
  survey_forms: SurveyFormsTable;
  survey_responses: SurveyResponsesTable;
  survey_phone_days: SurveyPhoneDaysTable;
  plan_targets: PlanTargetsTable;
  register_entries: RegisterEntriesTable;
  report_narratives: ReportNarrativesTable;
  report_archive: ReportArchiveTable;
  dossiers: DossiersTable;
  integration_tokens: IntegrationTokensTable;
  dossier_feeds: DossierFeedsTable;
  dossier_lookups: DossierLookupsTable;
  slide_pictures: SlidePicturesTable;
}

export interface CentresTable {
  id: string;
  kind: string;
  name: string;
  parent_id: string | null;
  address: string;
  hotline: string;
  /** JSON of the letterhead fields, or null. */
  official: string | null;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  centre_id: string | null;
  password_hash: string;
  disabled: number;
  created_at: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface DevicesTable {
  id: string;
  kind: string;
  name: string;
  centre_id: string;
  grp: string | null;
  status: 'active' | 'revoked';
  token_hash: string | null;
  paired_at: string;
  last_seen_at: string | null;
  playing_playlist_id: string | null;
  playing_version: number | null;
  heartbeat_json: string | null;
}

export interface DeviceScreenshotsTable {
  device_id: string;
  taken_at: string;
  jpeg: Buffer;
}

export interface DeviceSessionsTable {
  id: Generated<number>;
  device_id: string;
  node_id: string;
  connected_at: string;
  disconnected_at: string | null;
}

export interface PairingsTable {
  id: string;
  code: string;
  kind: string;
  claim_hash: string;
  created_at: string;
  expires_at: string;
  device_id: string | null;
  claimed_at: string | null;
}

export interface MediaTable {
  id: string;
  kind: 'video' | 'image';
  mime: string;
  bytes: number;
  name: string;
  created_at: string;
  created_by: string;
}

export interface MediaPostersTable {
  media_id: string;
  jpeg: Buffer;
  created_at: string;
}

export interface PlaylistsTable {
  id: string;
  name: string;
  centre_id: string;
  target_json: string;
  items_json: string;
  revision: number;
  updated_at: string;
  updated_by: string;
  published_version: number | null;
}

export interface PlaylistVersionsTable {
  playlist_id: string;
  version: number;
  body_json: string;
  published_at: string;
}

export interface ProceduresTable {
  code: string;
  body_json: string;
  updated_at: string;
}

export interface CentreProceduresTable {
  centre_id: string;
  code: string;
}

export interface EmergenciesTable {
  id: string;
  body_json: string;
  expires_at: string;
  cleared_at: string | null;
}

export interface AuditLogTable {
  seq: Generated<number>;
  at: string;
  actor: string;
  action: string;
  subject: string;
  before_json: string | null;
  after_json: string | null;
}

export interface UsageCountsTable {
  day: string;
  kind: 'search' | 'search_empty' | 'view';
  key: string;
  count: number;
}

export interface SurveyFormsTable {
  id: string;
  version: number;
  body_json: string;
  created_at: string;
  created_by: string;
}

export interface SurveyResponsesTable {
  id: string;
  centre_id: string;
  form_id: string;
  form_version: number;
  answers_json: string;
  context_json: string;
  comment: string;
  submitted_at: string;
  received_at: string;
  source_hash: string;
  excluded_reason: string | null;
}

/** One row per phone and day that answered: see migrations/021_survey_phone_days.ts. */
export interface SurveyPhoneDaysTable {
  source_hash: string;
}

export interface PlanTargetsTable {
  id: string;
  centre_id: string;
  body_json: string;
}

export interface RegisterEntriesTable {
  id: string;
  centre_id: string;
  date: string;
  body_json: string;
  created_at: string;
  withdrawn_json: string | null;
}

export interface ReportNarrativesTable {
  scope: string;
  date_from: string;
  date_to: string;
  body_json: string;
  updated_at: string;
  updated_by: string;
}

export interface ReportArchiveTable {
  id: string;
  scope: string;
  date_from: string;
  date_to: string;
  meta_json: string;
  report_json: string;
  docx: Buffer;
}

export interface DossiersTable {
  key: string;
  code: string;
  centre_id: string;
  procedure_code: string;
  procedure_name: string | null;
  field: string | null;
  received_at: string;
  appointment_at: string | null;
  status: string;
  history_json: string;
  result_at: string | null;
  outcome: string | null;
  delivery: string | null;
  counter: string | null;
  masked_name: string | null;
  name_hash: string | null;
  updated_at: string;
  stored_at: string;
}

export interface IntegrationTokensTable {
  id: string;
  name: string;
  centre_id: string;
  token_hash: string | null;
  created_at: string;
  created_by: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface DossierFeedsTable {
  centre_id: string;
  settings_json: string | null;
  last_update_at: string | null;
  pull_last_attempt_at: string | null;
  pull_last_ok_at: string | null;
  pull_failures: number;
  pull_last_error: string | null;
  pull_next_attempt_at: string | null;
}

export interface DossierLookupsTable {
  day: string;
  centre_id: string;
  found: number;
  n: number;
}

export interface SlidePicturesTable {
  /** SHA-256 of what the slide shows (playlists/slide-picture-repo.ts). */
  key: string;
  jpeg: Buffer;
  created_at: string;
  created_by: string;
}
