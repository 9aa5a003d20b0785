-- Survey forms, one row per version; a version is never changed, so an answer keeps its wording.
CREATE TABLE survey_forms (
  id TEXT COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  body_json TEXT COLLATE "C" NOT NULL,
  created_at TEXT COLLATE "C" NOT NULL,
  created_by TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (id, version)
);
CREATE TRIGGER survey_forms_no_update BEFORE UPDATE ON survey_forms FOR EACH ROW EXECUTE FUNCTION refuse_change('form versions are immutable');
