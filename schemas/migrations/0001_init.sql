-- dongmao workspace schema, version 1.
-- Dates are ISO 'YYYY-MM-DD' text, timestamps ISO 8601 text with offset, money integer 分,
-- enumerations English codes (Chinese labels live in schemas/mappings). `extra` holds, as a
-- JSON object, every imported column that maps to no field, so nothing typed is lost.

CREATE TABLE community (
  id          INTEGER PRIMARY KEY,
  code        TEXT UNIQUE,
  name        TEXT NOT NULL UNIQUE,
  area_km2    REAL,
  extra       TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE grid (
  id            INTEGER PRIMARY KEY,
  code          TEXT UNIQUE,
  name          TEXT NOT NULL,
  community_id  INTEGER NOT NULL REFERENCES community(id),
  extra         TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  UNIQUE (community_id, name)
) STRICT;

CREATE TABLE household (
  id              INTEGER PRIMARY KEY,
  code            TEXT NOT NULL UNIQUE,
  community_id    INTEGER REFERENCES community(id),
  grid_id         INTEGER REFERENCES grid(id),
  address         TEXT,
  head_name       TEXT,
  head_id_number  TEXT,
  phone           TEXT,
  members         INTEGER CHECK (members IS NULL OR members >= 0),
  housing_type    TEXT CHECK (housing_type IN ('private', 'public', 'shop', 'other')),
  floor_area      REAL CHECK (floor_area IS NULL OR floor_area >= 0),
  note            TEXT,
  extra           TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX household_community ON household (community_id);
CREATE INDEX household_grid ON household (grid_id);

CREATE TABLE person (
  id              INTEGER PRIMARY KEY,
  id_number       TEXT NOT NULL UNIQUE,
  name            TEXT NOT NULL,
  household_id    INTEGER REFERENCES household(id),
  community_id    INTEGER REFERENCES community(id),
  relation        TEXT,
  residence_type  TEXT CHECK (residence_type IN ('registered', 'resident', 'floating')),
  gender          TEXT CHECK (gender IN ('male', 'female')),
  birth_date      TEXT,
  phone           TEXT,
  tags            TEXT,
  extra           TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX person_household ON person (household_id);

CREATE TABLE organisation (
  id             INTEGER PRIMARY KEY,
  credit_code    TEXT UNIQUE,
  name           TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('institution', 'market', 'enterprise', 'individual')),
  community_id   INTEGER REFERENCES community(id),
  address        TEXT,
  contact        TEXT,
  phone          TEXT,
  key_taxpayer   INTEGER NOT NULL DEFAULT 0 CHECK (key_taxpayer IN (0, 1)),
  extra          TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;
-- Without a credit code (many 个体户 have none on the ledger) the registered name is the key.
CREATE UNIQUE INDEX organisation_name_without_code ON organisation (name) WHERE credit_code IS NULL;

CREATE TABLE project (
  id                 INTEGER PRIMARY KEY,
  code               TEXT NOT NULL UNIQUE,
  name               TEXT NOT NULL,
  kind               TEXT NOT NULL CHECK (kind IN ('expropriation', 'shantytown', 'buyout', 'renovation', 'construction', 'remediation')),
  mode               TEXT,
  community_id       INTEGER REFERENCES community(id),
  start_date         TEXT,
  due_date           TEXT,
  target_households  INTEGER CHECK (target_households IS NULL OR target_households >= 0),
  investment_cents   INTEGER,
  status             TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('planned', 'active', 'completed', 'suspended')),
  note               TEXT,
  extra              TEXT,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
) STRICT;

CREATE TABLE enrollment (
  id                  INTEGER PRIMARY KEY,
  project_id          INTEGER NOT NULL REFERENCES project(id),
  household_id        INTEGER NOT NULL REFERENCES household(id),
  stage               TEXT NOT NULL CHECK (stage IN ('surveyed', 'assessed', 'negotiating', 'signed', 'vacated', 'demolished', 'withdrawn')),
  stage_date          TEXT,
  compensation_cents  INTEGER,
  agreement_no        TEXT,
  consent             TEXT CHECK (consent IN ('agree', 'disagree', 'pending')),
  extra               TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  UNIQUE (project_id, household_id)
) STRICT;
CREATE INDEX enrollment_household ON enrollment (household_id);

-- Every stage change with its effective date: "signed this month" is counted from here.
CREATE TABLE stage_event (
  id              INTEGER PRIMARY KEY,
  enrollment_id   INTEGER NOT NULL REFERENCES enrollment(id) ON DELETE CASCADE,
  stage           TEXT NOT NULL CHECK (stage IN ('surveyed', 'assessed', 'negotiating', 'signed', 'vacated', 'demolished', 'withdrawn')),
  effective_date  TEXT NOT NULL,
  operator        TEXT NOT NULL,
  note            TEXT,
  import_run_id   INTEGER REFERENCES import_run(id),
  recorded_at     TEXT NOT NULL
) STRICT;
CREATE INDEX stage_event_enrollment ON stage_event (enrollment_id, effective_date);
CREATE INDEX stage_event_date ON stage_event (stage, effective_date);

CREATE TABLE milestone (
  id          INTEGER PRIMARY KEY,
  project_id  INTEGER NOT NULL REFERENCES project(id),
  name        TEXT NOT NULL,
  seq         INTEGER NOT NULL DEFAULT 0,
  due_date    TEXT,
  done_date   TEXT,
  note        TEXT,
  UNIQUE (project_id, name)
) STRICT;

CREATE TABLE petition (
  id              INTEGER PRIMARY KEY,
  case_no         TEXT NOT NULL UNIQUE,
  received_date   TEXT NOT NULL,
  channel         TEXT NOT NULL CHECK (channel IN ('online', 'letter', 'visit', 'phone')),
  people_count    INTEGER NOT NULL DEFAULT 1 CHECK (people_count >= 1),
  category        TEXT NOT NULL,
  summary         TEXT,
  community_id    INTEGER REFERENCES community(id),
  project_id      INTEGER REFERENCES project(id),
  household_id    INTEGER REFERENCES household(id),
  repeat_of       INTEGER REFERENCES petition(id),
  escalated       INTEGER NOT NULL DEFAULT 0 CHECK (escalated IN (0, 1)),
  status          TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'accepted', 'declined', 'answered', 'reviewing', 'rechecking', 'closed')),
  accepted_date   TEXT,
  answered_date   TEXT,
  closed_date     TEXT,
  extension_days  INTEGER NOT NULL DEFAULT 0 CHECK (extension_days BETWEEN 0 AND 30),
  outcome         TEXT CHECK (outcome IN ('supported', 'explained', 'not_supported')),
  assignee        TEXT,
  reported_at     TEXT,
  handled_at      TEXT,
  extra           TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX petition_received ON petition (received_date);
CREATE INDEX petition_status ON petition (status);

CREATE TABLE petitioner (
  id                 INTEGER PRIMARY KEY,
  petition_id        INTEGER NOT NULL REFERENCES petition(id) ON DELETE CASCADE,
  name               TEXT NOT NULL,
  id_number          TEXT,
  phone              TEXT,
  is_representative  INTEGER NOT NULL DEFAULT 0 CHECK (is_representative IN (0, 1))
) STRICT;
CREATE INDEX petitioner_petition ON petitioner (petition_id);

CREATE TABLE petition_event (
  id           INTEGER PRIMARY KEY,
  petition_id  INTEGER NOT NULL REFERENCES petition(id) ON DELETE CASCADE,
  action       TEXT NOT NULL CHECK (action IN ('register', 'accept', 'decline', 'extend', 'answer', 'review', 'recheck', 'close', 'reopen')),
  event_date   TEXT NOT NULL,
  operator     TEXT NOT NULL,
  note         TEXT,
  detail       TEXT,
  recorded_at  TEXT NOT NULL
) STRICT;
CREATE INDEX petition_event_petition ON petition_event (petition_id, event_date);

CREATE TABLE indicator (
  id           INTEGER PRIMARY KEY,
  code         TEXT UNIQUE,
  name         TEXT NOT NULL UNIQUE,
  unit         TEXT,
  aggregation  TEXT NOT NULL DEFAULT 'sum' CHECK (aggregation IN ('sum', 'last', 'max'))
) STRICT;

-- community_id 0 would break the foreign key, so the sub-district-wide figure has NULL and
-- uniqueness goes through an expression index.
CREATE TABLE metric_value (
  id            INTEGER PRIMARY KEY,
  indicator_id  INTEGER NOT NULL REFERENCES indicator(id),
  community_id  INTEGER REFERENCES community(id),
  month         TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  value         REAL NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX metric_value_key ON metric_value (indicator_id, IFNULL(community_id, 0), month);

CREATE TABLE import_run (
  id           INTEGER PRIMARY KEY,
  entity       TEXT NOT NULL,
  file_name    TEXT NOT NULL,
  sha256       TEXT NOT NULL,
  sheet        TEXT,
  operator     TEXT NOT NULL,
  started_at   TEXT NOT NULL,
  finished_at  TEXT,
  rows_read    INTEGER NOT NULL DEFAULT 0,
  inserted     INTEGER NOT NULL DEFAULT 0,
  updated      INTEGER NOT NULL DEFAULT 0,
  unchanged    INTEGER NOT NULL DEFAULT 0,
  rejected     INTEGER NOT NULL DEFAULT 0,
  status       TEXT NOT NULL CHECK (status IN ('running', 'committed', 'failed', 'dry_run'))
) STRICT;

CREATE TABLE audit_log (
  id             INTEGER PRIMARY KEY,
  at             TEXT NOT NULL,
  operator       TEXT NOT NULL,
  action         TEXT NOT NULL,
  entity         TEXT NOT NULL,
  entity_key     TEXT,
  changes        TEXT,
  import_run_id  INTEGER REFERENCES import_run(id)
) STRICT;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_key);
