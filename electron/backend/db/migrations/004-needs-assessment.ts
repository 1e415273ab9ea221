// Shipped migration: never edit. Add a new numbered file instead (a test hashes these).
export const migration004 = {
  version: 4,
  name: 'needs-assessment',
  sql: `
CREATE TABLE assessments (
  id INTEGER PRIMARY KEY,
  framework_id INTEGER NOT NULL REFERENCES library_items (id),
  type TEXT NOT NULL CHECK (type IN ('full_diagnostic','partial_diagnostic','self_assessment','peer_review','integrity_self','tfa_scoping','thematic','other')),
  title TEXT NOT NULL,
  start_date TEXT,
  end_date TEXT,
  lead TEXT NOT NULL CHECK (lead IN ('self','wco','regional_office','donor')),
  status TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('planned','in_progress','completed')),
  previous_id INTEGER REFERENCES assessments (id),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
) STRICT;

-- The areas (top-level framework items) an assessment covers.
CREATE TABLE assessment_scope (
  assessment_id INTEGER NOT NULL REFERENCES assessments (id),
  area_item_id INTEGER NOT NULL REFERENCES library_items (id),
  PRIMARY KEY (assessment_id, area_item_id)
) STRICT;

-- One row per assessable item in scope: scores, evidence, findings.
CREATE TABLE assessment_items (
  id INTEGER PRIMARY KEY,
  assessment_id INTEGER NOT NULL REFERENCES assessments (id),
  item_id INTEGER NOT NULL REFERENCES library_items (id),
  current_level INTEGER,
  target_level INTEGER,
  not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
  evidence TEXT NOT NULL DEFAULT '',
  current_state TEXT NOT NULL DEFAULT '',
  desired_state TEXT NOT NULL DEFAULT '',
  carried_from_id INTEGER REFERENCES assessment_items (id),
  carried_unchanged INTEGER NOT NULL DEFAULT 0 CHECK (carried_unchanged IN (0, 1)),
  deferred_reason TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  UNIQUE (assessment_id, item_id)
) STRICT;

CREATE TABLE recommendations (
  id INTEGER PRIMARY KEY,
  assessment_item_id INTEGER NOT NULL REFERENCES assessment_items (id),
  text TEXT NOT NULL,
  priority TEXT NOT NULL CHECK (priority IN ('high','medium','low')),
  horizon TEXT NOT NULL CHECK (horizon IN ('short','medium','long')),
  responsible_unit TEXT NOT NULL DEFAULT '',
  accepted TEXT NOT NULL DEFAULT 'pending' CHECK (accepted IN ('pending','yes','no','partly')),
  deferred_reason TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX recommendations_item ON recommendations (assessment_item_id);

-- Traceability: a recommendation or a gap (assessment item) addressed by part of the plan.
CREATE TABLE trace_links (
  id INTEGER PRIMARY KEY,
  source_type TEXT NOT NULL CHECK (source_type IN ('recommendation','gap')),
  source_id INTEGER NOT NULL,
  target_type TEXT NOT NULL CHECK (target_type IN ('objective','result','activity')),
  target_id INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (source_type, source_id, target_type, target_id)
) STRICT;
CREATE INDEX trace_links_target ON trace_links (target_type, target_id);

-- Targets live in several tables, so no foreign key can guard them. When part of the plan is
-- deleted, its links go with it: a later row reusing the id must never inherit them.
CREATE TRIGGER trace_links_objective_gone AFTER DELETE ON objectives BEGIN
  DELETE FROM trace_links WHERE target_type = 'objective' AND target_id = OLD.id;
END;
CREATE TRIGGER trace_links_result_gone AFTER DELETE ON results BEGIN
  DELETE FROM trace_links WHERE target_type = 'result' AND target_id = OLD.id;
END;
CREATE TRIGGER trace_links_activity_gone AFTER DELETE ON activities BEGIN
  DELETE FROM trace_links WHERE target_type = 'activity' AND target_id = OLD.id;
END;
`,
}
