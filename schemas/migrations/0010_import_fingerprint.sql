-- The fingerprint of the ledger row a households import last wrote this household from: a
-- hash of its cells as read and of what they were read under (columns, settings, options,
-- program version). A re-import passes over a row whose household still holds its
-- fingerprint: the row is as it was and the household as the row left it.
ALTER TABLE household ADD COLUMN import_fp INTEGER;

-- Any other change to the household (a command, another ledger) clears it, so the next
-- re-import reads that row in full again.
CREATE TRIGGER household_import_fp_clear AFTER UPDATE ON household
  WHEN OLD.import_fp IS NOT NULL AND NEW.import_fp IS OLD.import_fp
BEGIN
  UPDATE household SET import_fp = NULL WHERE id = NEW.id;
END;
