-- Issue 18: evidence that holds up.

-- 1. Failed and interrupted showings, and those with no time on screen, were counted as shown. The
-- roll-ups are rebuilt from the rows that count (see COUNTS_AS_SHOWN_SQL) and the summaries. Where
-- retention has pruned raw rows, the days before the first day wholly kept stay as they were.
CREATE TEMP TABLE rebuild_from AS
  SELECT CASE WHEN EXISTS (SELECT 1 FROM chain_anchors) THEN (SELECT date(MIN(started_at), '+7 hours', '+1 day') FROM impressions) ELSE '0000-01-01' END AS day;
DELETE FROM impression_daily WHERE day >= (SELECT day FROM rebuild_from);
INSERT INTO impression_daily
  SELECT date(started_at, '+7 hours') AS d, device_id, playlist_id, playlist_version, item_id, COUNT(*), SUM(duration_ms), SUM(completed),
         MIN(strftime('%Y-%m-%dT%H:%M:%fZ', started_at)), MAX(strftime('%Y-%m-%dT%H:%M:%fZ', started_at))
  FROM impressions WHERE reason IN ('completed', 'preempted') AND duration_ms > 0 AND date(started_at, '+7 hours') >= (SELECT day FROM rebuild_from)
  GROUP BY 1, 2, 3, 4, 5;
INSERT INTO impression_daily
  SELECT day, device_id, playlist_id, playlist_version, item_id, showings, play_ms, completed, first_at, last_at
  FROM impression_summaries WHERE day >= (SELECT day FROM rebuild_from)
  ON CONFLICT DO UPDATE SET showings = showings + excluded.showings, play_ms = play_ms + excluded.play_ms, completed = completed + excluded.completed,
    first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at);
DROP TABLE rebuild_from;
DELETE FROM impression_monthly;
INSERT INTO impression_monthly
  SELECT substr(day, 1, 7) || '-01', device_id, playlist_id, playlist_version, item_id, SUM(showings), SUM(play_ms), SUM(completed), MIN(first_at), MAX(last_at)
  FROM impression_daily GROUP BY 1, 2, 3, 4, 5;

-- 2. The roll-ups only ever grow, and no row of them is removed. (Whoever holds the database can still
-- drop a trigger: what catches that is the seals below, checked before a report says "toàn vẹn".)
CREATE TRIGGER impression_daily_no_delete BEFORE DELETE ON impression_daily BEGIN SELECT RAISE(ABORT, 'roll-ups are never deleted'); END;
CREATE TRIGGER impression_monthly_no_delete BEFORE DELETE ON impression_monthly BEGIN SELECT RAISE(ABORT, 'roll-ups are never deleted'); END;
CREATE TRIGGER impression_daily_only_grows BEFORE UPDATE ON impression_daily
  WHEN NEW.showings < OLD.showings OR NEW.play_ms < OLD.play_ms OR NEW.completed < OLD.completed OR NEW.day IS NOT OLD.day OR NEW.device_id IS NOT OLD.device_id
    OR NEW.playlist_id IS NOT OLD.playlist_id OR NEW.playlist_version IS NOT OLD.playlist_version OR NEW.item_id IS NOT OLD.item_id
  BEGIN SELECT RAISE(ABORT, 'roll-ups only grow'); END;
CREATE TRIGGER impression_monthly_only_grows BEFORE UPDATE ON impression_monthly
  WHEN NEW.showings < OLD.showings OR NEW.play_ms < OLD.play_ms OR NEW.completed < OLD.completed OR NEW.month IS NOT OLD.month OR NEW.device_id IS NOT OLD.device_id
    OR NEW.playlist_id IS NOT OLD.playlist_id OR NEW.playlist_version IS NOT OLD.playlist_version OR NEW.item_id IS NOT OLD.item_id
  BEGIN SELECT RAISE(ABORT, 'roll-ups only grow'); END;

-- 3. Where keyed hashing (HMAC, with a key kept outside the database) starts: rows up to from_seq were
-- linked with plain SHA-256 before this change; every later link needs the key. One row, written at
-- the first start with a key; key_id names the key (not the key) so another key is refused.
CREATE TABLE chain_keying (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  key_id TEXT NOT NULL,
  from_seq INTEGER NOT NULL,
  summaries_from_seq INTEGER NOT NULL,
  started_at TEXT NOT NULL
);

-- 4. The players' folded summaries get a chain of their own, keyed like the impressions'. Summaries
-- stored before it are numbered in the order they arrived and left unhashed (the report says so).
DROP TRIGGER impression_summaries_no_update;
ALTER TABLE impression_summaries ADD COLUMN seq INTEGER;
ALTER TABLE impression_summaries ADD COLUMN chain_hash TEXT;
UPDATE impression_summaries SET seq = (SELECT COUNT(*) FROM impression_summaries AS o WHERE o.rowid <= impression_summaries.rowid);
CREATE UNIQUE INDEX impression_summaries_seq ON impression_summaries(seq);
CREATE TRIGGER impression_summaries_no_update BEFORE UPDATE ON impression_summaries BEGIN SELECT RAISE(ABORT, 'impression summaries are append-only'); END;

-- 5. Chain heads: where both chains ended at the close of each day, at each report and each check,
-- under a MAC chained to the head before. A head is printed in the report as a short fingerprint; a
-- later check finds the row it names with the same hash, or says the log was cut or rewritten.
CREATE TABLE chain_heads (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  recorded_at TEXT NOT NULL,
  reason TEXT NOT NULL,
  day TEXT,
  seq INTEGER NOT NULL,
  hash TEXT NOT NULL,
  summary_seq INTEGER NOT NULL,
  summary_hash TEXT NOT NULL,
  mac TEXT NOT NULL
);
CREATE INDEX chain_heads_day ON chain_heads(day);

-- 6. Seals over the daily roll-up: a MAC of a day's groups, written once they were found equal to the
-- groups recomputed from the raw rows and summaries. A report re-derives only days whose seal no
-- longer matches (late showings from an offline screen), and a pruned day must match its seal.
CREATE TABLE rollup_seals (
  day TEXT PRIMARY KEY,
  groups INTEGER NOT NULL,
  showings INTEGER NOT NULL,
  digest TEXT NOT NULL,
  sealed_at TEXT NOT NULL
) WITHOUT ROWID;

-- 7. Showings a screen sent that could not be true, refused with a reason and counted per screen for
-- the screen wall (the screen drops them: they are never retried).
CREATE TABLE impression_refusals (
  device_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  count INTEGER NOT NULL,
  last_at TEXT NOT NULL,
  example TEXT NOT NULL,
  PRIMARY KEY (device_id, reason)
) WITHOUT ROWID;

-- 8. Every broken link a walk found (not only the first), for reports that name them in people's
-- terms; and the anchors retention leaves get a MAC, so a made-up one cannot hide removed rows.
ALTER TABLE chain_checks ADD COLUMN broken_json TEXT;
ALTER TABLE chain_checks ADD COLUMN summary_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE chain_checks ADD COLUMN summary_hash TEXT NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000';
ALTER TABLE chain_anchors ADD COLUMN mac TEXT;
