-- The narrative staff write for a report (one per scope and period, saved as they edit), and every
-- report issued: its figures, narrative, number and the file itself, kept unchanged for an auditor.
CREATE TABLE report_narratives (
  scope TEXT COLLATE "C" NOT NULL,
  date_from TEXT COLLATE "C" NOT NULL,
  date_to TEXT COLLATE "C" NOT NULL,
  body_json TEXT NOT NULL,
  updated_at TEXT COLLATE "C" NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (scope, date_from, date_to)
);
CREATE TABLE report_archive (
  id TEXT COLLATE "C" PRIMARY KEY,
  scope TEXT COLLATE "C" NOT NULL,
  date_from TEXT COLLATE "C" NOT NULL,
  date_to TEXT COLLATE "C" NOT NULL,
  meta_json TEXT NOT NULL,
  report_json TEXT NOT NULL,
  docx BYTEA NOT NULL
);
CREATE INDEX report_archive_scope ON report_archive(scope, date_to);
CREATE FUNCTION report_archive_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'issued reports are kept as issued';
END $$;
CREATE TRIGGER report_archive_guard BEFORE UPDATE OR DELETE ON report_archive FOR EACH ROW EXECUTE FUNCTION report_archive_guard();
