// Shipped migration: never edit. Add a new numbered file instead (a test hashes these).
export const migration007 = {
  version: 7,
  name: 'integrity',
  sql: `
-- sensitivity: position of the classification marking (settings) at or above which a record may
-- appear in a document; exports for a wider audience leave more sensitive records out.

CREATE TABLE integrity_assessments (
  id INTEGER PRIMARY KEY,
  framework_id INTEGER NOT NULL REFERENCES library_items (id),
  title TEXT NOT NULL,
  assessed_on TEXT NOT NULL,
  method TEXT NOT NULL CHECK (method IN ('self_assessment','peer_review','expert_mission')),
  participants TEXT NOT NULL DEFAULT '',
  participant_count INTEGER CHECK (participant_count IS NULL OR participant_count >= 0),
  sensitivity INTEGER NOT NULL DEFAULT 1 CHECK (sensitivity >= 1),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE integrity_ratings (
  id INTEGER PRIMARY KEY,
  assessment_id INTEGER NOT NULL REFERENCES integrity_assessments (id),
  factor_item_id INTEGER NOT NULL REFERENCES library_items (id),
  rating INTEGER,
  strengths TEXT NOT NULL DEFAULT '',
  weaknesses TEXT NOT NULL DEFAULT '',
  evidence TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  UNIQUE (assessment_id, factor_item_id)
) STRICT;

CREATE TABLE integrity_actions (
  id INTEGER PRIMARY KEY,
  factor_item_id INTEGER NOT NULL REFERENCES library_items (id),
  action TEXT NOT NULL,
  horizon TEXT NOT NULL CHECK (horizon IN ('short','medium','long')),
  owner TEXT NOT NULL DEFAULT '',
  start_date TEXT,
  due_date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('planned','in_progress','done','cancelled')),
  completed_on TEXT,
  indicator_id INTEGER REFERENCES indicators (id),
  sensitivity INTEGER NOT NULL DEFAULT 1 CHECK (sensitivity >= 1),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (start_date IS NULL OR due_date >= start_date)
) STRICT;
CREATE INDEX integrity_actions_factor ON integrity_actions (factor_item_id);

CREATE TABLE survey_waves (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  conducted_on TEXT NOT NULL,
  population TEXT NOT NULL CHECK (population IN ('staff','private_sector')),
  respondents INTEGER NOT NULL CHECK (respondents >= 0),
  framework_id INTEGER NOT NULL REFERENCES library_items (id),
  sensitivity INTEGER NOT NULL DEFAULT 1 CHECK (sensitivity >= 1),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE survey_scores (
  wave_id INTEGER NOT NULL REFERENCES survey_waves (id),
  factor_item_id INTEGER NOT NULL REFERENCES library_items (id),
  score REAL NOT NULL,
  PRIMARY KEY (wave_id, factor_item_id)
) STRICT;
CREATE INDEX integrity_assessments_framework ON integrity_assessments (framework_id, assessed_on);
CREATE INDEX survey_waves_framework ON survey_waves (framework_id, population, conducted_on);
`,
}
