CREATE TABLE centres (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('province', 'commune')),
  name TEXT NOT NULL,
  parent_id TEXT REFERENCES centres(id),
  address TEXT NOT NULL DEFAULT '',
  hotline TEXT NOT NULL DEFAULT '1022'
);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
  centre_id TEXT REFERENCES centres(id),
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

-- Session ids live only in the cookie; the table holds their sha256.
CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);

CREATE TABLE devices (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('screen', 'kiosk')),
  name TEXT NOT NULL,
  centre_id TEXT NOT NULL REFERENCES centres(id),
  grp TEXT,
  status TEXT NOT NULL CHECK (status IN ('active', 'revoked')),
  token_hash TEXT UNIQUE,
  paired_at TEXT NOT NULL,
  last_seen_at TEXT,
  playing_playlist_id TEXT,
  playing_version INTEGER,
  heartbeat_json TEXT
);

CREATE TABLE pairings (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  kind TEXT NOT NULL,
  claim_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  device_id TEXT REFERENCES devices(id),
  claimed_at TEXT
);
CREATE INDEX pairings_code ON pairings(code);

CREATE TABLE media (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  mime TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);

CREATE TABLE playlists (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  centre_id TEXT NOT NULL REFERENCES centres(id),
  target_json TEXT NOT NULL,
  items_json TEXT NOT NULL,
  revision INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  published_version INTEGER
);

CREATE TABLE playlist_versions (
  playlist_id TEXT NOT NULL REFERENCES playlists(id),
  version INTEGER NOT NULL,
  body_json TEXT NOT NULL,
  published_at TEXT NOT NULL,
  PRIMARY KEY (playlist_id, version)
);
CREATE INDEX playlist_versions_published ON playlist_versions(published_at);

CREATE TABLE impressions (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  device_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  playlist_id TEXT NOT NULL,
  playlist_version INTEGER NOT NULL,
  started_at TEXT NOT NULL,
  duration_ms INTEGER NOT NULL,
  completed INTEGER NOT NULL,
  reason TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE INDEX impressions_started ON impressions(started_at);
-- Evidence is never edited in place.
CREATE TRIGGER impressions_no_update BEFORE UPDATE ON impressions BEGIN SELECT RAISE(ABORT, 'impressions are append-only'); END;
CREATE TRIGGER impressions_no_delete BEFORE DELETE ON impressions BEGIN SELECT RAISE(ABORT, 'impressions are append-only'); END;

CREATE TABLE procedures (
  code TEXT PRIMARY KEY,
  body_json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE centre_procedures (
  centre_id TEXT NOT NULL REFERENCES centres(id),
  code TEXT NOT NULL REFERENCES procedures(code),
  PRIMARY KEY (centre_id, code)
);

CREATE TABLE emergencies (
  id TEXT PRIMARY KEY,
  body_json TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  cleared_at TEXT
);

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
