-- Each indicator has a kind: flow (summed over months), stock (the latest value in a period,
-- never summed over months) or rate (never summed). NULL leaves it to the defaults for its
-- name and unit (常住人口 is a stock, …率 a rate), which is what every indicator imported so far
-- had: 'sum' was only ever the column's default, so it carries no choice to keep; 'last' and
-- 'max' were chosen and mean a level.
ALTER TABLE indicator ADD COLUMN kind TEXT CHECK (kind IS NULL OR kind = 'flow' OR kind = 'stock' OR kind = 'rate');

UPDATE indicator SET kind = 'stock' WHERE aggregation = 'last' OR aggregation = 'max';

-- An indicator ledger (指标, 单位, 口径) is imported like any other: rows are stamped.
ALTER TABLE indicator ADD COLUMN created_at TEXT;
ALTER TABLE indicator ADD COLUMN updated_at TEXT;
