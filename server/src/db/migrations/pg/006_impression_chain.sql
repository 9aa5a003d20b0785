-- Each impression carries a hash of itself and of the one stored before it: changing, removing or
-- inserting a row anywhere breaks every hash after it, which `npm run log:verify` reports.
ALTER TABLE impressions ADD COLUMN chain_hash TEXT COLLATE "C";
