// Shipped migration: never edit. Add a new numbered file instead (a test hashes these).
export const migration003 = {
  version: 3,
  name: 'strategic-plan',
  sql: `
CREATE TABLE plan (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  vision TEXT NOT NULL DEFAULT '',
  mission TEXT NOT NULL DEFAULT '',
  impact TEXT NOT NULL DEFAULT '',
  impact_assumptions TEXT NOT NULL DEFAULT '',
  period_start TEXT,
  period_end TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  CHECK (period_start IS NULL OR period_end IS NULL OR period_end > period_start)
) STRICT;

ALTER TABLE objectives ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE objectives ADD COLUMN assumptions TEXT NOT NULL DEFAULT '';
UPDATE objectives SET position = id;

CREATE TABLE projects (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE COLLATE NOCASE,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('pipeline','active','completed','on_hold','cancelled')),
  planned_start TEXT,
  planned_end TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Outcomes (under an objective) and outputs (under an outcome).
CREATE TABLE results (
  id INTEGER PRIMARY KEY,
  objective_id INTEGER NOT NULL REFERENCES objectives (id),
  parent_id INTEGER REFERENCES results (id),
  level TEXT NOT NULL CHECK (level IN ('outcome','output')),
  position INTEGER NOT NULL,
  statement TEXT NOT NULL,
  assumptions TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  project_id INTEGER REFERENCES projects (id),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((level = 'outcome') = (parent_id IS NULL))
) STRICT;
CREATE INDEX results_parent ON results (objective_id, parent_id, position);

CREATE TABLE activities (
  id INTEGER PRIMARY KEY,
  output_id INTEGER NOT NULL REFERENCES results (id),
  project_id INTEGER REFERENCES projects (id),
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  responsible_unit TEXT NOT NULL DEFAULT '',
  planned_start TEXT NOT NULL,
  planned_end TEXT NOT NULL,
  actual_start TEXT,
  actual_end TEXT,
  status TEXT NOT NULL CHECK (status IN ('not_started','in_progress','completed','on_hold','cancelled')),
  percent_complete INTEGER NOT NULL DEFAULT 0 CHECK (percent_complete BETWEEN 0 AND 100),
  assumptions TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (planned_end >= planned_start),
  CHECK (actual_start IS NULL OR actual_end IS NULL OR actual_end >= actual_start)
) STRICT;
CREATE INDEX activities_output ON activities (output_id, position);

CREATE TABLE activity_dependencies (
  activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
  depends_on_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
  PRIMARY KEY (activity_id, depends_on_id),
  CHECK (activity_id <> depends_on_id)
) STRICT;

CREATE TABLE milestones (
  id INTEGER PRIMARY KEY,
  activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  due_date TEXT NOT NULL,
  achieved_date TEXT,
  created_at TEXT NOT NULL
) STRICT;
`,
}
