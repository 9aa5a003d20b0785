-- Dossiers (hồ sơ TTHC) as the province's one-stop system reports them: their progress only. The
-- applicant is kept as initials and a keyed hash (the key lives outside the database); no ID number,
-- phone or address has a column to land in. `key` is the code with its separators dropped (lookups).
CREATE TABLE dossiers (
  key TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  centre_id TEXT NOT NULL,
  procedure_code TEXT NOT NULL,
  procedure_name TEXT,
  field TEXT,
  received_at TEXT NOT NULL,
  appointment_at TEXT,
  status TEXT NOT NULL,
  history_json TEXT NOT NULL,
  result_at TEXT,
  -- early / on_time / late once resolved: fixed at ingest so the figures are a GROUP BY.
  outcome TEXT,
  delivery TEXT,
  counter TEXT,
  masked_name TEXT,
  name_hash TEXT,
  updated_at TEXT NOT NULL,
  stored_at TEXT NOT NULL
);
CREATE INDEX dossiers_ready ON dossiers(centre_id, status, result_at);
CREATE INDEX dossiers_received ON dossiers(centre_id, received_at);
CREATE INDEX dossiers_resolved ON dossiers(centre_id, result_at);

-- Tokens the one-stop system pushes with: a centre's, or a province's (every centre under it).
CREATE TABLE integration_tokens (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  centre_id TEXT NOT NULL REFERENCES centres(id),
  token_hash TEXT UNIQUE,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT
);

-- Each centre's feed: when it last brought anything, how stale it may get, and the pull connector's state.
CREATE TABLE dossier_feeds (
  centre_id TEXT PRIMARY KEY REFERENCES centres(id),
  settings_json TEXT,
  last_update_at TEXT,
  pull_last_attempt_at TEXT,
  pull_last_ok_at TEXT,
  pull_failures INTEGER NOT NULL DEFAULT 0,
  pull_last_error TEXT,
  pull_next_attempt_at TEXT
);

-- Look-ups counted per Vietnam day and centre, found or not: never the code asked for, nor who asked.
CREATE TABLE dossier_lookups (
  day TEXT NOT NULL,
  centre_id TEXT NOT NULL,
  found INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (day, centre_id, found)
);
