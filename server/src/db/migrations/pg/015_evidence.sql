-- Issue 18: evidence that holds up. See sqlite/012_evidence.sql for the why of each part.

-- 1. Roll-ups rebuilt from the showings that count (and the summaries), where raw rows are kept whole.
CREATE TEMP TABLE rebuild_from AS
  SELECT CASE WHEN EXISTS (SELECT 1 FROM chain_anchors)
    THEN (SELECT to_char(MIN((started_at::timestamptz AT TIME ZONE 'UTC') + interval '7 hours') + interval '1 day', 'YYYY-MM-DD') FROM impressions)
    ELSE '0000-01-01' END COLLATE "C" AS day;
DELETE FROM impression_daily WHERE day >= (SELECT day FROM rebuild_from);
INSERT INTO impression_daily
  SELECT to_char((started_at::timestamptz AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM-DD') AS d, device_id, playlist_id, playlist_version, item_id, COUNT(*), SUM(duration_ms), SUM(completed),
         MIN(to_char(started_at::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') COLLATE "C"), MAX(to_char(started_at::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') COLLATE "C")
  FROM impressions WHERE reason IN ('completed', 'preempted') AND duration_ms > 0
    AND to_char((started_at::timestamptz AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM-DD') COLLATE "C" >= (SELECT day FROM rebuild_from)
  GROUP BY 1, 2, 3, 4, 5;
INSERT INTO impression_daily AS t
  SELECT day, device_id, playlist_id, playlist_version, item_id, showings, play_ms, completed, first_at, last_at
  FROM impression_summaries WHERE day >= (SELECT day FROM rebuild_from)
  ON CONFLICT (day, device_id, playlist_id, playlist_version, item_id) DO UPDATE SET showings = t.showings + excluded.showings, play_ms = t.play_ms + excluded.play_ms,
    completed = t.completed + excluded.completed, first_at = LEAST(t.first_at, excluded.first_at), last_at = GREATEST(t.last_at, excluded.last_at);
DROP TABLE rebuild_from;
DELETE FROM impression_monthly;
INSERT INTO impression_monthly
  SELECT substr(day, 1, 7) || '-01', device_id, playlist_id, playlist_version, item_id, SUM(showings), SUM(play_ms), SUM(completed), MIN(first_at), MAX(last_at)
  FROM impression_daily GROUP BY 1, 2, 3, 4, 5;

-- 2. The roll-ups only ever grow, and no row of them is removed.
CREATE FUNCTION rollup_only_grows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.showings < OLD.showings OR NEW.play_ms < OLD.play_ms OR NEW.completed < OLD.completed
     OR (to_jsonb(NEW) - 'showings' - 'play_ms' - 'completed' - 'first_at' - 'last_at') <> (to_jsonb(OLD) - 'showings' - 'play_ms' - 'completed' - 'first_at' - 'last_at') THEN
    RAISE EXCEPTION 'roll-ups only grow';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER impression_daily_only_grows BEFORE UPDATE ON impression_daily FOR EACH ROW EXECUTE FUNCTION rollup_only_grows();
CREATE TRIGGER impression_monthly_only_grows BEFORE UPDATE ON impression_monthly FOR EACH ROW EXECUTE FUNCTION rollup_only_grows();
CREATE TRIGGER impression_daily_no_delete BEFORE DELETE ON impression_daily FOR EACH ROW EXECUTE FUNCTION refuse_change('roll-ups are never deleted');
CREATE TRIGGER impression_monthly_no_delete BEFORE DELETE ON impression_monthly FOR EACH ROW EXECUTE FUNCTION refuse_change('roll-ups are never deleted');
CREATE TRIGGER impression_daily_no_truncate BEFORE TRUNCATE ON impression_daily FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('roll-ups are never deleted');
CREATE TRIGGER impression_monthly_no_truncate BEFORE TRUNCATE ON impression_monthly FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('roll-ups are never deleted');

-- 3. Where keyed hashing starts.
CREATE TABLE chain_keying (
  id BIGINT PRIMARY KEY CHECK (id = 1),
  key_id TEXT COLLATE "C" NOT NULL,
  from_seq BIGINT NOT NULL,
  summaries_from_seq BIGINT NOT NULL,
  started_at TEXT COLLATE "C" NOT NULL
);

-- 4. The summaries' own chain.
ALTER TABLE impression_summaries DISABLE TRIGGER impression_summaries_no_update;
ALTER TABLE impression_summaries ADD COLUMN seq BIGINT;
ALTER TABLE impression_summaries ADD COLUMN chain_hash TEXT COLLATE "C";
UPDATE impression_summaries AS s SET seq = o.n FROM (SELECT id, row_number() OVER (ORDER BY received_at, id) AS n FROM impression_summaries) AS o WHERE o.id = s.id;
ALTER TABLE impression_summaries ENABLE TRIGGER impression_summaries_no_update;
CREATE UNIQUE INDEX impression_summaries_seq ON impression_summaries(seq);

-- 5. Chain heads.
CREATE TABLE chain_heads (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  recorded_at TEXT COLLATE "C" NOT NULL,
  reason TEXT COLLATE "C" NOT NULL,
  day TEXT COLLATE "C",
  seq BIGINT NOT NULL,
  hash TEXT COLLATE "C" NOT NULL,
  summary_seq BIGINT NOT NULL,
  summary_hash TEXT COLLATE "C" NOT NULL,
  mac TEXT COLLATE "C" NOT NULL
);
CREATE INDEX chain_heads_day ON chain_heads(day);

-- 6. Seals over the daily roll-up.
CREATE TABLE rollup_seals (
  day TEXT COLLATE "C" PRIMARY KEY,
  groups BIGINT NOT NULL,
  showings BIGINT NOT NULL,
  digest TEXT COLLATE "C" NOT NULL,
  sealed_at TEXT COLLATE "C" NOT NULL
);

-- 7. Refused showings, per screen and reason.
CREATE TABLE impression_refusals (
  device_id TEXT COLLATE "C" NOT NULL,
  reason TEXT COLLATE "C" NOT NULL,
  count BIGINT NOT NULL,
  last_at TEXT COLLATE "C" NOT NULL,
  example TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (device_id, reason)
);

-- 8. Every broken link a walk found; MACs on retention's anchors.
ALTER TABLE chain_checks ADD COLUMN broken_json TEXT COLLATE "C";
ALTER TABLE chain_checks ADD COLUMN summary_seq BIGINT NOT NULL DEFAULT 0;
ALTER TABLE chain_checks ADD COLUMN summary_hash TEXT COLLATE "C" NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000';
ALTER TABLE chain_anchors ADD COLUMN mac TEXT COLLATE "C";
