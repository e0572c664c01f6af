-- A household is found by its head's ID number when a ledger numbers rows its own way, and
-- one ID number is never the head's of two households: both look it up.
CREATE INDEX household_head_id_number ON household (head_id_number) WHERE head_id_number IS NOT NULL;
