// Shipped migration: never edit. Add a new numbered file instead (a test hashes these).
export const migration005 = {
  version: 5,
  name: 'indicators',
  sql: `
CREATE TABLE indicators (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  definition TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL DEFAULT '',
  direction TEXT NOT NULL CHECK (direction IN ('higher_is_better','lower_is_better')),
  frequency TEXT NOT NULL CHECK (frequency IN ('monthly','quarterly','yearly')),
  source TEXT NOT NULL DEFAULT '',
  responsible TEXT NOT NULL DEFAULT '',
  objective_id INTEGER REFERENCES objectives (id),
  result_id INTEGER REFERENCES results (id),
  library_item_id INTEGER REFERENCES library_items (id),
  baseline_value REAL,
  baseline_date TEXT,
  target_value REAL,
  target_date TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  CHECK ((objective_id IS NULL) <> (result_id IS NULL))
) STRICT;

CREATE TABLE indicator_milestones (
  id INTEGER PRIMARY KEY,
  indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  due_date TEXT NOT NULL,
  value REAL NOT NULL,
  UNIQUE (indicator_id, due_date)
) STRICT;

-- One actual per indicator and period (2026-03, 2026-Q1 or 2026, by the indicator's frequency).
CREATE TABLE indicator_actuals (
  id INTEGER PRIMARY KEY,
  indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  value REAL NOT NULL,
  explanation TEXT NOT NULL DEFAULT '',
  rag TEXT NOT NULL CHECK (rag IN ('green','amber','red','grey')),
  version INTEGER NOT NULL DEFAULT 1,
  recorded_at TEXT NOT NULL,
  UNIQUE (indicator_id, period)
) STRICT;
CREATE INDEX indicator_actuals_period ON indicator_actuals (indicator_id, period_end);
`,
}
