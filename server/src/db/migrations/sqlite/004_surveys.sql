-- Survey answers: anonymous and append-only. source_hash is a salted daily hash of where a response
-- came from, kept only to spot bursts; it cannot be turned back into an address.
CREATE TABLE survey_responses (
  id TEXT PRIMARY KEY,
  centre_id TEXT NOT NULL REFERENCES centres(id),
  form_id TEXT NOT NULL,
  form_version INTEGER NOT NULL,
  answers_json TEXT NOT NULL,
  context_json TEXT NOT NULL,
  comment TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  source_hash TEXT NOT NULL,
  excluded_reason TEXT
);
CREATE INDEX survey_responses_centre_time ON survey_responses(centre_id, received_at);
CREATE INDEX survey_responses_source ON survey_responses(source_hash, received_at);
CREATE TRIGGER survey_responses_no_update BEFORE UPDATE ON survey_responses BEGIN SELECT RAISE(ABORT, 'survey responses are append-only'); END;
CREATE TRIGGER survey_responses_no_delete BEFORE DELETE ON survey_responses BEGIN SELECT RAISE(ABORT, 'survey responses are append-only'); END;
