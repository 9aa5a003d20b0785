-- Survey answers: anonymous and append-only. source_hash is a salted daily hash of where a response
-- came from, kept only to spot bursts; it cannot be turned back into an address.
CREATE TABLE survey_responses (
  id TEXT COLLATE "C" PRIMARY KEY,
  centre_id TEXT COLLATE "C" NOT NULL REFERENCES centres(id),
  form_id TEXT COLLATE "C" NOT NULL,
  form_version BIGINT NOT NULL,
  answers_json TEXT COLLATE "C" NOT NULL,
  context_json TEXT COLLATE "C" NOT NULL,
  comment TEXT COLLATE "C" NOT NULL,
  submitted_at TEXT COLLATE "C" NOT NULL,
  received_at TEXT COLLATE "C" NOT NULL,
  source_hash TEXT COLLATE "C" NOT NULL,
  excluded_reason TEXT COLLATE "C"
);
CREATE INDEX survey_responses_centre_time ON survey_responses(centre_id, received_at);
CREATE INDEX survey_responses_source ON survey_responses(source_hash, received_at);
CREATE TRIGGER survey_responses_no_update BEFORE UPDATE ON survey_responses FOR EACH ROW EXECUTE FUNCTION refuse_change('survey responses are append-only');
CREATE TRIGGER survey_responses_no_delete BEFORE DELETE ON survey_responses FOR EACH ROW EXECUTE FUNCTION refuse_change('survey responses are append-only');
CREATE TRIGGER survey_responses_no_truncate BEFORE TRUNCATE ON survey_responses FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('survey responses are append-only');
