-- Petition lifecycle (《信访工作条例》2022): the dates that start and stop the 复查 and 复核
-- clocks (Art. 35, 36), the decline date that answers the acceptance notice (Art. 23), and
-- the outcome of each opinion. The handling outcome stays in petition.outcome.
ALTER TABLE petition ADD COLUMN declined_date TEXT;
ALTER TABLE petition ADD COLUMN review_requested_date TEXT;
ALTER TABLE petition ADD COLUMN review_answered_date TEXT;
ALTER TABLE petition ADD COLUMN review_outcome TEXT CHECK (review_outcome IN ('supported', 'explained', 'not_supported'));
ALTER TABLE petition ADD COLUMN recheck_requested_date TEXT;
ALTER TABLE petition ADD COLUMN recheck_answered_date TEXT;
ALTER TABLE petition ADD COLUMN recheck_outcome TEXT CHECK (recheck_outcome IN ('supported', 'explained', 'not_supported'));

-- Filters of `petition list` and the repeat-case lookup.
CREATE INDEX petition_community ON petition (community_id);
CREATE INDEX petition_repeat_of ON petition (repeat_of);
