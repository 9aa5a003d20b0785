-- Rows of a communication plan's appendix, with what the screens can measure of each.
CREATE TABLE plan_targets (
  id TEXT COLLATE "C" PRIMARY KEY,
  centre_id TEXT COLLATE "C" NOT NULL REFERENCES centres(id),
  body_json TEXT COLLATE "C" NOT NULL
);
CREATE INDEX plan_targets_centre ON plan_targets(centre_id);
