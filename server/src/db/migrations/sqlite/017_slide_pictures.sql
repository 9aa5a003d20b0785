-- Pictures of the slides the player draws (text, ticker, QR, spotlight, survey results, emergency),
-- rendered by the console's browser with the player's own components: the report's evidence for
-- items that have no file. Keyed by the SHA-256 of what the slide shows (shared slide-content.ts).
CREATE TABLE slide_pictures (
  key TEXT PRIMARY KEY,
  jpeg BLOB NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
