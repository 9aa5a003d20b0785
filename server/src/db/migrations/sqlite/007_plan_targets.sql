-- Rows of a communication plan's appendix, with what the screens can measure of each.
CREATE TABLE plan_targets (
  id TEXT PRIMARY KEY,
  centre_id TEXT NOT NULL REFERENCES centres(id),
  body_json TEXT NOT NULL
);
CREATE INDEX plan_targets_centre ON plan_targets(centre_id);
