-- Anonymous kiosk usage, counted per day: searches by folded query text, views by procedure.
CREATE TABLE usage_counts (
  day TEXT COLLATE "C" NOT NULL,
  kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('search', 'search_empty', 'view')),
  key TEXT COLLATE "C" NOT NULL,
  count BIGINT NOT NULL,
  PRIMARY KEY (day, kind, key)
);
