-- Anonymous kiosk usage, counted per day: searches by folded query text, views by procedure.
CREATE TABLE usage_counts (
  day TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('search', 'search_empty', 'view')),
  key TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (day, kind, key)
);
