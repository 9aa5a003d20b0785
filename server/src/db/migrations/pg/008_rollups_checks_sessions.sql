-- What a year's report reads instead of ten million rows: showings per Vietnam day, screen, playlist
-- version and item, kept in the same transaction as the impressions they count. Derived data, so it
-- may be updated; the impressions themselves stay append-only and remain the evidence.
-- SQLite's 008 also fills both roll-ups from the impressions already stored. PostgreSQL support came
-- with this migration in place, so no PostgreSQL database has impressions before it: nothing to fill.
CREATE TABLE impression_daily (
  day TEXT COLLATE "C" NOT NULL,
  device_id TEXT COLLATE "C" NOT NULL,
  playlist_id TEXT COLLATE "C" NOT NULL,
  playlist_version BIGINT NOT NULL,
  item_id TEXT COLLATE "C" NOT NULL,
  showings BIGINT NOT NULL,
  play_ms BIGINT NOT NULL,
  completed BIGINT NOT NULL,
  first_at TEXT COLLATE "C" NOT NULL,
  last_at TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (day, device_id, playlist_id, playlist_version, item_id)
);

-- Each walk of the hash chain, so a report re-checks only the rows added since the last one.
-- "full" is a reserved word here, hence the quotes.
CREATE TABLE chain_checks (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  checked_at TEXT COLLATE "C" NOT NULL,
  "full" BIGINT NOT NULL,
  rows BIGINT NOT NULL,
  last_seq BIGINT NOT NULL,
  last_hash TEXT COLLATE "C" NOT NULL,
  ok BIGINT NOT NULL,
  broken_seq BIGINT,
  broken_id TEXT COLLATE "C"
);

-- When each screen was connected, for uptime in the report. A node closes its own open sessions when
-- it starts again after a crash, at the device's last sign of life.
CREATE TABLE device_sessions (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  device_id TEXT COLLATE "C" NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
  node_id TEXT COLLATE "C" NOT NULL,
  connected_at TEXT COLLATE "C" NOT NULL,
  disconnected_at TEXT COLLATE "C"
);
CREATE INDEX device_sessions_span ON device_sessions(connected_at, disconnected_at);

-- The same by calendar month: a year's report reads twelve months of groups, not 365 days of them.
CREATE TABLE impression_monthly (
  month TEXT COLLATE "C" NOT NULL,
  device_id TEXT COLLATE "C" NOT NULL,
  playlist_id TEXT COLLATE "C" NOT NULL,
  playlist_version BIGINT NOT NULL,
  item_id TEXT COLLATE "C" NOT NULL,
  showings BIGINT NOT NULL,
  play_ms BIGINT NOT NULL,
  completed BIGINT NOT NULL,
  first_at TEXT COLLATE "C" NOT NULL,
  last_at TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (month, device_id, playlist_id, playlist_version, item_id)
);
