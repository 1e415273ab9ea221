// Shipped migration: never edit. Add a new numbered file instead (a test hashes these).
export const migration006 = {
  version: 6,
  name: 'risk-register',
  sql: `
CREATE TABLE risks (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE COLLATE NOCASE,
  title TEXT NOT NULL,
  cause TEXT NOT NULL DEFAULT '',
  event TEXT NOT NULL DEFAULT '',
  consequence TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL,
  catalogue_item_id INTEGER REFERENCES library_items (id),
  matrix_item_id INTEGER NOT NULL REFERENCES library_items (id),
  scope_type TEXT NOT NULL CHECK (scope_type IN ('programme','objective','project','result')),
  objective_id INTEGER REFERENCES objectives (id),
  project_id INTEGER REFERENCES projects (id),
  result_id INTEGER REFERENCES results (id),
  framework_item_id INTEGER REFERENCES library_items (id),
  owner TEXT NOT NULL DEFAULT '',
  raised_on TEXT NOT NULL,
  inherent_likelihood INTEGER NOT NULL CHECK (inherent_likelihood >= 1),
  inherent_impact INTEGER NOT NULL CHECK (inherent_impact >= 1),
  existing_controls TEXT NOT NULL DEFAULT '',
  response TEXT NOT NULL CHECK (response IN ('avoid','mitigate','transfer','accept')),
  residual_likelihood INTEGER NOT NULL CHECK (residual_likelihood >= 1),
  residual_impact INTEGER NOT NULL CHECK (residual_impact >= 1),
  status TEXT NOT NULL CHECK (status IN ('open','monitoring','closed','materialised')),
  next_review TEXT NOT NULL,
  review_overridden INTEGER NOT NULL DEFAULT 0 CHECK (review_overridden IN (0, 1)),
  integrity INTEGER NOT NULL DEFAULT 0 CHECK (integrity IN (0, 1)),
  integrity_factor_item_id INTEGER REFERENCES library_items (id),
  accepted_by TEXT,
  acceptance_reason TEXT,
  accepted_until TEXT,
  -- Position of the classification marking (settings) at or above which the record may be shown.
  sensitivity INTEGER NOT NULL DEFAULT 1 CHECK (sensitivity >= 1),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((scope_type = 'objective') = (objective_id IS NOT NULL)),
  CHECK ((scope_type = 'project') = (project_id IS NOT NULL)),
  CHECK ((scope_type = 'result') = (result_id IS NOT NULL))
) STRICT;

-- Every rating a risk has had, with who and why: the history and the trend.
CREATE TABLE risk_ratings (
  id INTEGER PRIMARY KEY,
  risk_id INTEGER NOT NULL REFERENCES risks (id),
  -- The date the rating applies from (a review meeting may be recorded days later) …
  rated_on TEXT NOT NULL,
  -- … and when it was recorded, by whom.
  rated_at TEXT NOT NULL,
  rated_by TEXT NOT NULL,
  inherent_likelihood INTEGER NOT NULL,
  inherent_impact INTEGER NOT NULL,
  residual_likelihood INTEGER NOT NULL,
  residual_impact INTEGER NOT NULL,
  reason TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX risk_ratings_risk ON risk_ratings (risk_id, rated_on, id);

CREATE TABLE risk_actions (
  id INTEGER PRIMARY KEY,
  risk_id INTEGER NOT NULL REFERENCES risks (id),
  action TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT '',
  due_date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('planned','in_progress','done','cancelled')),
  completed_on TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX risk_actions_risk ON risk_actions (risk_id);
`,
}
