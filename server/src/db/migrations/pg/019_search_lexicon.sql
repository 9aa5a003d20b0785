-- Staff's synonyms for the citizen lexicon (issue 17): a phrase citizens typed, and the catalogue's words it
-- means. Every kiosk reads them with the shipped lexicon. A suggestion staff said no to stays, 'dismissed',
-- so it is not offered again. Changes are in the audit log.
CREATE TABLE search_lexicon (
  id TEXT COLLATE "C" PRIMARY KEY,
  say TEXT COLLATE "C" NOT NULL UNIQUE,
  means TEXT COLLATE "C" NOT NULL,
  field TEXT NOT NULL,
  status TEXT COLLATE "C" NOT NULL CHECK (status IN ('active', 'dismissed')),
  created_by TEXT NOT NULL,
  created_at TEXT COLLATE "C" NOT NULL
);
-- Which procedure citizens opened after a search, per day: the folded query, the procedure, how often, and
-- the sum of the positions it was opened at (the mean says whether search put the answer far down).
CREATE TABLE search_picks (
  day TEXT COLLATE "C" NOT NULL,
  q TEXT COLLATE "C" NOT NULL,
  code TEXT COLLATE "C" NOT NULL,
  count BIGINT NOT NULL,
  rank_total BIGINT NOT NULL,
  PRIMARY KEY (day, q, code)
);
