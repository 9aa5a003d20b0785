-- The PostgreSQL twin of sqlite/001_init.sql; each migration here mirrors the SQLite one of the same
-- number, so both engines hold the same rows and the repos share their row mappers. Conventions:
--   * Text is COLLATE "C": SQLite compares text byte by byte, so ORDER BY, ranges over ISO timestamps
--     and MAX(day) give the same answers whatever locale the database was created with.
--   * SQLite's INTEGER is 64-bit: BIGINT. Flags stay 0/1 integers and JSON stays text, exactly as
--     written, so a domain object comes out of either engine identical.
--   * Append-only tables refuse UPDATE and DELETE row by row with the same messages, and TRUNCATE too,
--     which SQLite does not have.

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', TG_ARGV[0];
END
$$;

CREATE TABLE centres (
  id TEXT COLLATE "C" PRIMARY KEY,
  kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('province', 'commune')),
  name TEXT COLLATE "C" NOT NULL,
  parent_id TEXT COLLATE "C" REFERENCES centres(id),
  address TEXT COLLATE "C" NOT NULL DEFAULT '',
  hotline TEXT COLLATE "C" NOT NULL DEFAULT '1022'
);

CREATE TABLE users (
  id TEXT COLLATE "C" PRIMARY KEY,
  username TEXT COLLATE "C" NOT NULL UNIQUE,
  display_name TEXT COLLATE "C" NOT NULL,
  role TEXT COLLATE "C" NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
  centre_id TEXT COLLATE "C" REFERENCES centres(id),
  password_hash TEXT COLLATE "C" NOT NULL,
  disabled BIGINT NOT NULL DEFAULT 0,
  created_at TEXT COLLATE "C" NOT NULL
);

-- Session ids live only in the cookie; the table holds their sha256.
CREATE TABLE sessions (
  id_hash TEXT COLLATE "C" PRIMARY KEY,
  user_id TEXT COLLATE "C" NOT NULL REFERENCES users(id),
  created_at TEXT COLLATE "C" NOT NULL,
  expires_at TEXT COLLATE "C" NOT NULL
);

CREATE TABLE devices (
  id TEXT COLLATE "C" PRIMARY KEY,
  kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('screen', 'kiosk')),
  name TEXT COLLATE "C" NOT NULL,
  centre_id TEXT COLLATE "C" NOT NULL REFERENCES centres(id),
  grp TEXT COLLATE "C",
  status TEXT COLLATE "C" NOT NULL CHECK (status IN ('active', 'revoked')),
  token_hash TEXT COLLATE "C" UNIQUE,
  paired_at TEXT COLLATE "C" NOT NULL,
  last_seen_at TEXT COLLATE "C",
  playing_playlist_id TEXT COLLATE "C",
  playing_version BIGINT,
  heartbeat_json TEXT COLLATE "C"
);

CREATE TABLE pairings (
  id TEXT COLLATE "C" PRIMARY KEY,
  code TEXT COLLATE "C" NOT NULL,
  kind TEXT COLLATE "C" NOT NULL,
  claim_hash TEXT COLLATE "C" NOT NULL,
  created_at TEXT COLLATE "C" NOT NULL,
  expires_at TEXT COLLATE "C" NOT NULL,
  device_id TEXT COLLATE "C" REFERENCES devices(id),
  claimed_at TEXT COLLATE "C"
);
CREATE INDEX pairings_code ON pairings(code);

CREATE TABLE media (
  id TEXT COLLATE "C" PRIMARY KEY,
  kind TEXT COLLATE "C" NOT NULL,
  mime TEXT COLLATE "C" NOT NULL,
  bytes BIGINT NOT NULL,
  name TEXT COLLATE "C" NOT NULL,
  created_at TEXT COLLATE "C" NOT NULL,
  created_by TEXT COLLATE "C" NOT NULL
);

CREATE TABLE playlists (
  id TEXT COLLATE "C" PRIMARY KEY,
  name TEXT COLLATE "C" NOT NULL,
  centre_id TEXT COLLATE "C" NOT NULL REFERENCES centres(id),
  target_json TEXT COLLATE "C" NOT NULL,
  items_json TEXT COLLATE "C" NOT NULL,
  revision BIGINT NOT NULL,
  updated_at TEXT COLLATE "C" NOT NULL,
  updated_by TEXT COLLATE "C" NOT NULL,
  published_version BIGINT
);

CREATE TABLE playlist_versions (
  playlist_id TEXT COLLATE "C" NOT NULL REFERENCES playlists(id),
  version BIGINT NOT NULL,
  body_json TEXT COLLATE "C" NOT NULL,
  published_at TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (playlist_id, version)
);
CREATE INDEX playlist_versions_published ON playlist_versions(published_at);

-- seq has no default: the repo numbers rows itself under the chain lock (see impressions/pg-store.ts),
-- so numbers follow the chain without the gaps a sequence leaves after a conflict or a rollback.
CREATE TABLE impressions (
  seq BIGINT PRIMARY KEY,
  id TEXT COLLATE "C" NOT NULL UNIQUE,
  device_id TEXT COLLATE "C" NOT NULL,
  item_id TEXT COLLATE "C" NOT NULL,
  playlist_id TEXT COLLATE "C" NOT NULL,
  playlist_version BIGINT NOT NULL,
  started_at TEXT COLLATE "C" NOT NULL,
  duration_ms BIGINT NOT NULL,
  completed BIGINT NOT NULL,
  reason TEXT COLLATE "C" NOT NULL,
  received_at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX impressions_started ON impressions(started_at);
-- Evidence is never edited in place.
CREATE TRIGGER impressions_no_update BEFORE UPDATE ON impressions FOR EACH ROW EXECUTE FUNCTION refuse_change('impressions are append-only');
CREATE TRIGGER impressions_no_delete BEFORE DELETE ON impressions FOR EACH ROW EXECUTE FUNCTION refuse_change('impressions are append-only');
CREATE TRIGGER impressions_no_truncate BEFORE TRUNCATE ON impressions FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('impressions are append-only');

CREATE TABLE procedures (
  code TEXT COLLATE "C" PRIMARY KEY,
  body_json TEXT COLLATE "C" NOT NULL,
  updated_at TEXT COLLATE "C" NOT NULL
);

CREATE TABLE centre_procedures (
  centre_id TEXT COLLATE "C" NOT NULL REFERENCES centres(id),
  code TEXT COLLATE "C" NOT NULL REFERENCES procedures(code),
  PRIMARY KEY (centre_id, code)
);

CREATE TABLE emergencies (
  id TEXT COLLATE "C" PRIMARY KEY,
  body_json TEXT COLLATE "C" NOT NULL,
  expires_at TEXT COLLATE "C" NOT NULL,
  cleared_at TEXT COLLATE "C"
);

CREATE TABLE audit_log (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at TEXT COLLATE "C" NOT NULL,
  actor TEXT COLLATE "C" NOT NULL,
  action TEXT COLLATE "C" NOT NULL,
  subject TEXT COLLATE "C" NOT NULL,
  before_json TEXT COLLATE "C",
  after_json TEXT COLLATE "C"
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_change('the audit log is append-only');
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_change('the audit log is append-only');
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('the audit log is append-only');
