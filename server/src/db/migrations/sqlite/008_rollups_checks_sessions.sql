-- What a year's report reads instead of ten million rows: showings per Vietnam day, screen, playlist
-- version and item, kept in the same transaction as the impressions they count. Derived data, so it
-- may be updated; the impressions themselves stay append-only and remain the evidence.
CREATE TABLE impression_daily (
  day TEXT NOT NULL,
  device_id TEXT NOT NULL,
  playlist_id TEXT NOT NULL,
  playlist_version INTEGER NOT NULL,
  item_id TEXT NOT NULL,
  showings INTEGER NOT NULL,
  play_ms INTEGER NOT NULL,
  completed INTEGER NOT NULL,
  first_at TEXT NOT NULL,
  last_at TEXT NOT NULL,
  PRIMARY KEY (day, device_id, playlist_id, playlist_version, item_id)
) WITHOUT ROWID;
-- date(…, '+7 hours') reads the stored offset and gives the Vietnam day; first/last as UTC text.
INSERT INTO impression_daily
  SELECT date(started_at, '+7 hours'), device_id, playlist_id, playlist_version, item_id, COUNT(*), SUM(duration_ms), SUM(completed),
         MIN(strftime('%Y-%m-%dT%H:%M:%fZ', started_at)), MAX(strftime('%Y-%m-%dT%H:%M:%fZ', started_at))
  FROM impressions GROUP BY 1, 2, 3, 4, 5;

-- Each walk of the hash chain, so a report re-checks only the rows added since the last one.
CREATE TABLE chain_checks (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  checked_at TEXT NOT NULL,
  full INTEGER NOT NULL,
  rows INTEGER NOT NULL,
  last_seq INTEGER NOT NULL,
  last_hash TEXT NOT NULL,
  ok INTEGER NOT NULL,
  broken_seq INTEGER,
  broken_id TEXT
);

-- When each screen was connected, for uptime in the report. A node closes its own open sessions when
-- it starts again after a crash, at the device's last sign of life.
CREATE TABLE device_sessions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  device_id TEXT NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
  node_id TEXT NOT NULL,
  connected_at TEXT NOT NULL,
  disconnected_at TEXT
);
CREATE INDEX device_sessions_span ON device_sessions(connected_at, disconnected_at);

-- The same by calendar month: a year's report reads twelve months of groups, not 365 days of them.
CREATE TABLE impression_monthly (
  month TEXT NOT NULL,
  device_id TEXT NOT NULL,
  playlist_id TEXT NOT NULL,
  playlist_version INTEGER NOT NULL,
  item_id TEXT NOT NULL,
  showings INTEGER NOT NULL,
  play_ms INTEGER NOT NULL,
  completed INTEGER NOT NULL,
  first_at TEXT NOT NULL,
  last_at TEXT NOT NULL,
  PRIMARY KEY (month, device_id, playlist_id, playlist_version, item_id)
) WITHOUT ROWID;
INSERT INTO impression_monthly
  SELECT substr(day, 1, 7) || '-01', device_id, playlist_id, playlist_version, item_id, SUM(showings), SUM(play_ms), SUM(completed), MIN(first_at), MAX(last_at)
  FROM impression_daily GROUP BY 1, 2, 3, 4, 5;
