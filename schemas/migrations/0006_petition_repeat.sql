-- A ledger may mark a case as a repeat (是否重复访 = 是) without naming the earlier case, so
-- being a repeat is a flag of its own; a case with repeat_of set is a repeat either way.
ALTER TABLE petition ADD COLUMN repeated INTEGER NOT NULL DEFAULT 0 CHECK (repeated IN (0, 1));
UPDATE petition SET repeated = 1 WHERE repeat_of IS NOT NULL;
