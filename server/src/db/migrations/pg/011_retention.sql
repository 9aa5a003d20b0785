-- Retention: the comment of an old survey answer may be emptied (free text is where personal data
-- could hide) while its scores stay; nothing else about an answer may ever change.
CREATE FUNCTION survey_response_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.comment = '' AND (to_jsonb(NEW) - 'comment') = (to_jsonb(OLD) - 'comment') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'survey responses are append-only';
END $$;
DROP TRIGGER survey_responses_no_update ON survey_responses;
CREATE TRIGGER survey_responses_no_update BEFORE UPDATE ON survey_responses FOR EACH ROW EXECUTE FUNCTION survey_response_update();

-- Raw impressions are deleted only by the retention job's own transaction, which says so with
-- SET LOCAL hcc.pruning = 'on'; any other delete is refused as before.
CREATE FUNCTION impression_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('hcc.pruning', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'impressions are append-only';
END $$;
DROP TRIGGER impressions_no_delete ON impressions;
CREATE TRIGGER impressions_no_delete BEFORE DELETE ON impressions FOR EACH ROW EXECUTE FUNCTION impression_delete();

-- Where the chain starts once old raw impressions are pruned: the hash of the last pruned row.
CREATE TABLE chain_anchors (
  seq BIGINT PRIMARY KEY,
  hash TEXT COLLATE "C" NOT NULL,
  pruned_rows BIGINT NOT NULL,
  pruned_at TEXT COLLATE "C" NOT NULL
);
