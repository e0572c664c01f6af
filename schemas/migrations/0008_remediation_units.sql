-- Remediation (整治) projects move a household or storefront through stages of their own:
-- surveyed (摸排) → remediating (整改中) → remediated (已整治). A CHECK cannot be altered, so
-- enrollment and stage_event are rebuilt the way SQLite documents it
-- (https://www.sqlite.org/lang_altertable.html#otheralter): a new table, the rows copied,
-- the old one dropped, the new one renamed, its indexes made again. migrate() runs this
-- with foreign keys off and checks them afterwards.
CREATE TABLE enrollment_new (
  id                  INTEGER PRIMARY KEY,
  project_id          INTEGER NOT NULL REFERENCES project(id),
  household_id        INTEGER NOT NULL REFERENCES household(id),
  stage               TEXT NOT NULL CHECK ((stage = 'surveyed' OR stage = 'assessed' OR stage = 'negotiating' OR stage = 'signed' OR stage = 'vacated' OR stage = 'demolished' OR stage = 'remediating' OR stage = 'remediated' OR stage = 'withdrawn')),
  stage_date          TEXT,
  compensation_cents  INTEGER,
  agreement_no        TEXT,
  consent             TEXT CHECK ((consent = 'agree' OR consent = 'disagree' OR consent = 'pending')),
  extra               TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  UNIQUE (project_id, household_id)
) STRICT;
INSERT INTO enrollment_new SELECT id, project_id, household_id, stage, stage_date, compensation_cents, agreement_no,
  consent, extra, created_at, updated_at FROM enrollment;

CREATE TABLE stage_event_new (
  id              INTEGER PRIMARY KEY,
  enrollment_id   INTEGER NOT NULL REFERENCES enrollment(id) ON DELETE CASCADE,
  stage           TEXT NOT NULL CHECK ((stage = 'surveyed' OR stage = 'assessed' OR stage = 'negotiating' OR stage = 'signed' OR stage = 'vacated' OR stage = 'demolished' OR stage = 'remediating' OR stage = 'remediated' OR stage = 'withdrawn')),
  effective_date  TEXT NOT NULL,
  operator        TEXT NOT NULL,
  note            TEXT,
  import_run_id   INTEGER REFERENCES import_run(id),
  recorded_at     TEXT NOT NULL
) STRICT;
INSERT INTO stage_event_new SELECT id, enrollment_id, stage, effective_date, operator, note, import_run_id, recorded_at
  FROM stage_event;

DROP TABLE stage_event;
DROP TABLE enrollment;
ALTER TABLE enrollment_new RENAME TO enrollment;
ALTER TABLE stage_event_new RENAME TO stage_event;
CREATE INDEX enrollment_household ON enrollment (household_id);
CREATE INDEX enrollment_project_stage ON enrollment (project_id, stage);
CREATE INDEX stage_event_date ON stage_event (stage, effective_date);
CREATE INDEX stage_event_enrollment ON stage_event (enrollment_id, stage, effective_date);

-- The day an organisation was registered (登记日期): "7 key taxpayers registered this year".
ALTER TABLE organisation ADD COLUMN registration_date TEXT;

-- The named units of a renovation project (小区, 院落, 片区): counted, housing households,
-- costing an investment, started and accepted (竣工验收) on their own dates.
CREATE TABLE unit (
  id                INTEGER PRIMARY KEY,
  project_id        INTEGER NOT NULL REFERENCES project(id),
  name              TEXT NOT NULL,
  kind              TEXT NOT NULL CHECK (kind = 'compound' OR kind = 'courtyard' OR kind = 'area'),
  households        INTEGER CHECK (households IS NULL OR households >= 0),
  investment_cents  INTEGER CHECK (investment_cents IS NULL OR investment_cents >= 0),
  start_date        TEXT,
  accepted_date     TEXT,
  extra             TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  UNIQUE (project_id, name)
) STRICT;
