-- Showings a player folded together, one row per roll-up group, because it was offline longer than
-- its queue holds (issue 10). Counted in both roll-ups in the transaction that stores them, and kept
-- beside the impressions as evidence: never edited, idempotent by the id the player gave each.
CREATE TABLE impression_summaries (
  id TEXT COLLATE "C" PRIMARY KEY,
  device_id TEXT COLLATE "C" NOT NULL,
  item_id TEXT COLLATE "C" NOT NULL,
  playlist_id TEXT COLLATE "C" NOT NULL,
  playlist_version BIGINT NOT NULL,
  day TEXT COLLATE "C" NOT NULL,
  showings BIGINT NOT NULL,
  play_ms BIGINT NOT NULL,
  completed BIGINT NOT NULL,
  first_at TEXT COLLATE "C" NOT NULL,
  last_at TEXT COLLATE "C" NOT NULL,
  received_at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX impression_summaries_day ON impression_summaries(day);
CREATE TRIGGER impression_summaries_no_update BEFORE UPDATE ON impression_summaries FOR EACH ROW EXECUTE FUNCTION refuse_change('impression summaries are append-only');
CREATE TRIGGER impression_summaries_no_delete BEFORE DELETE ON impression_summaries FOR EACH ROW EXECUTE FUNCTION refuse_change('impression summaries are append-only');
CREATE TRIGGER impression_summaries_no_truncate BEFORE TRUNCATE ON impression_summaries FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('impression summaries are append-only');
