-- Retention: the comment of an old survey answer may be emptied (free text is where personal data
-- could hide) while its scores stay; nothing else about an answer may ever change.
DROP TRIGGER survey_responses_no_update;
CREATE TRIGGER survey_responses_no_update BEFORE UPDATE ON survey_responses
  WHEN NEW.comment <> '' OR NEW.id IS NOT OLD.id OR NEW.centre_id IS NOT OLD.centre_id OR NEW.form_id IS NOT OLD.form_id
    OR NEW.form_version IS NOT OLD.form_version OR NEW.answers_json IS NOT OLD.answers_json OR NEW.context_json IS NOT OLD.context_json
    OR NEW.submitted_at IS NOT OLD.submitted_at OR NEW.received_at IS NOT OLD.received_at OR NEW.source_hash IS NOT OLD.source_hash
    OR NEW.excluded_reason IS NOT OLD.excluded_reason
  BEGIN SELECT RAISE(ABORT, 'survey responses are append-only'); END;

-- Where the chain starts once raw impressions older than the retention period are pruned: the hash of
-- the last pruned row. The daily and monthly roll-ups go on counting what was pruned.
CREATE TABLE chain_anchors (
  seq INTEGER PRIMARY KEY,
  hash TEXT NOT NULL,
  pruned_rows INTEGER NOT NULL,
  pruned_at TEXT NOT NULL
);
