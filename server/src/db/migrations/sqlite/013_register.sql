-- The evidence register: what staff did outside the screens (posts, leaflets, conferences…), with proof.
-- Entries are added and withdrawn, never edited: the trigger lets only a first withdrawal through.
CREATE TABLE register_entries (
  id TEXT PRIMARY KEY,
  centre_id TEXT NOT NULL REFERENCES centres(id),
  date TEXT NOT NULL,
  body_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  withdrawn_json TEXT
);
CREATE INDEX register_entries_date ON register_entries(date);
CREATE TRIGGER register_entries_no_edit BEFORE UPDATE ON register_entries
WHEN OLD.withdrawn_json IS NOT NULL OR NEW.withdrawn_json IS NULL OR NEW.id IS NOT OLD.id OR NEW.centre_id IS NOT OLD.centre_id OR NEW.date IS NOT OLD.date OR NEW.body_json IS NOT OLD.body_json OR NEW.created_at IS NOT OLD.created_at
BEGIN SELECT RAISE(ABORT, 'register entries are never edited, only withdrawn once'); END;
CREATE TRIGGER register_entries_no_delete BEFORE DELETE ON register_entries
BEGIN SELECT RAISE(ABORT, 'register entries are never deleted, only withdrawn'); END;
