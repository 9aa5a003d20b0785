-- Staff's synonyms for the citizen lexicon (issue 17): a phrase citizens typed, and the catalogue's words it
-- means. Every kiosk reads them with the shipped lexicon. A suggestion staff said no to stays, 'dismissed',
-- so it is not offered again. Changes are in the audit log.
CREATE TABLE search_lexicon (
  id TEXT PRIMARY KEY,
  say TEXT NOT NULL UNIQUE,
  means TEXT NOT NULL,
  field TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'dismissed')),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);
-- Which procedure citizens opened after a search, per day: the folded query, the procedure, how often, and
-- the sum of the positions it was opened at (the mean says whether search put the answer far down).
CREATE TABLE search_picks (
  day TEXT NOT NULL,
  q TEXT NOT NULL,
  code TEXT NOT NULL,
  count INTEGER NOT NULL,
  rank_total INTEGER NOT NULL,
  PRIMARY KEY (day, q, code)
);
