-- The latest thumbnail of each screen, for the console's screen wall. One row per device: a screenshot
-- is a view of "now", not evidence, so a newer one replaces the older.
CREATE TABLE device_screenshots (
  device_id TEXT COLLATE "C" PRIMARY KEY REFERENCES devices(id) ON DELETE CASCADE,
  taken_at TEXT COLLATE "C" NOT NULL,
  jpeg BYTEA NOT NULL
);
