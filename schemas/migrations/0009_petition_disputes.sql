-- A dispute's reach as petition ledgers write it: the place or object it is about (人和春天,
-- 友谊市场) and the households it concerns, "400多户" kept as 400 with its approximation
-- (多, 余, 约) so a report can say it the way the ledger did.
ALTER TABLE petition ADD COLUMN subject TEXT;
ALTER TABLE petition ADD COLUMN households INTEGER CHECK (households IS NULL OR households >= 1);
ALTER TABLE petition ADD COLUMN households_approx INTEGER NOT NULL DEFAULT 0 CHECK (households_approx IN (0, 1));
CREATE INDEX petition_households ON petition (households) WHERE households IS NOT NULL;
