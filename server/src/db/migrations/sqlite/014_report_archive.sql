-- The narrative staff write for a report (one per scope and period, saved as they edit), and every
-- report issued: its figures, narrative, number and the file itself, kept unchanged for an auditor.
CREATE TABLE report_narratives (
  scope TEXT NOT NULL,
  date_from TEXT NOT NULL,
  date_to TEXT NOT NULL,
  body_json TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (scope, date_from, date_to)
);
CREATE TABLE report_archive (
  id TEXT PRIMARY KEY,
  scope TEXT NOT NULL,
  date_from TEXT NOT NULL,
  date_to TEXT NOT NULL,
  meta_json TEXT NOT NULL,
  report_json TEXT NOT NULL,
  docx BLOB NOT NULL
);
CREATE INDEX report_archive_scope ON report_archive(scope, date_to);
CREATE TRIGGER report_archive_no_update BEFORE UPDATE ON report_archive BEGIN SELECT RAISE(ABORT, 'issued reports are kept as issued'); END;
CREATE TRIGGER report_archive_no_delete BEFORE DELETE ON report_archive BEGIN SELECT RAISE(ABORT, 'issued reports are kept as issued'); END;
