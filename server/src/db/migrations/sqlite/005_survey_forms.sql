-- Survey forms, one row per version; a version is never changed, so an answer keeps its wording.
CREATE TABLE survey_forms (
  id TEXT NOT NULL,
  version INTEGER NOT NULL,
  body_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  PRIMARY KEY (id, version)
);
CREATE TRIGGER survey_forms_no_update BEFORE UPDATE ON survey_forms BEGIN SELECT RAISE(ABORT, 'form versions are immutable'); END;
