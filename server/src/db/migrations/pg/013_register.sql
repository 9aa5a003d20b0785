-- The evidence register: what staff did outside the screens (posts, leaflets, conferences…), with proof.
-- Entries are added and withdrawn, never edited: the trigger lets only a first withdrawal through.
CREATE TABLE register_entries (
  id TEXT COLLATE "C" PRIMARY KEY,
  centre_id TEXT COLLATE "C" NOT NULL REFERENCES centres(id),
  date TEXT COLLATE "C" NOT NULL,
  body_json TEXT NOT NULL,
  created_at TEXT COLLATE "C" NOT NULL,
  withdrawn_json TEXT
);
CREATE INDEX register_entries_date ON register_entries(date);
CREATE FUNCTION register_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.withdrawn_json IS NULL AND NEW.withdrawn_json IS NOT NULL
     AND (to_jsonb(NEW) - 'withdrawn_json') = (to_jsonb(OLD) - 'withdrawn_json') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'register entries are never edited or deleted, only withdrawn once';
END $$;
CREATE TRIGGER register_entries_guard BEFORE UPDATE OR DELETE ON register_entries FOR EACH ROW EXECUTE FUNCTION register_entries_guard();
