/**
 * The tables as the repositories see them, for Kysely's typed queries: one interface per table, column
 * names as in the migrations. Both engines store the same shapes (JSON as text, times as ISO text), so
 * one description serves both.
 */
// Tables are added here as each repository moves to Kysely.
export interface Database {
  dossiers: DossiersTable;
  integration_tokens: IntegrationTokensTable;
  dossier_feeds: DossierFeedsTable;
  dossier_lookups: DossierLookupsTable;
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
