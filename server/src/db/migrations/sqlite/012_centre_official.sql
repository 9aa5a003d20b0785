-- How each centre signs its reports (Decree 30 letterhead, Nơi nhận), as JSON; null for centres
-- created before: reports then read the unit off the display name until staff fill it in.
ALTER TABLE centres ADD COLUMN official TEXT;
