-- Showings a player folded together, one row per roll-up group, because it was offline longer than
-- its queue holds (issue 10). Counted in both roll-ups in the transaction that stores them, and kept
-- beside the impressions as evidence: never edited, idempotent by the id the player gave each.
CREATE TABLE impression_summaries (
  id TEXT PRIMARY KEY,
  device_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  playlist_id TEXT NOT NULL,
  playlist_version INTEGER NOT NULL,
  day TEXT NOT NULL,
  showings INTEGER NOT NULL,
  play_ms INTEGER NOT NULL,
  completed INTEGER NOT NULL,
  first_at TEXT NOT NULL,
  last_at TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE INDEX impression_summaries_day ON impression_summaries(day);
CREATE TRIGGER impression_summaries_no_update BEFORE UPDATE ON impression_summaries BEGIN SELECT RAISE(ABORT, 'impression summaries are append-only'); END;
CREATE TRIGGER impression_summaries_no_delete BEFORE DELETE ON impression_summaries BEGIN SELECT RAISE(ABORT, 'impression summaries are append-only'); END;
