// Shipped migration: never edit. Add a new numbered file instead (a test hashes these).
export const migration001 = {
  version: 1,
  name: 'foundation',
  sql: `
CREATE TABLE settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  administration_name TEXT NOT NULL,
  country TEXT NOT NULL,
  working_languages TEXT NOT NULL,
  fiscal_year_start_month INTEGER NOT NULL CHECK (fiscal_year_start_month BETWEEN 1 AND 12),
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  interface_language TEXT NOT NULL DEFAULT 'en' CHECK (interface_language IN ('en','fr','es')),
  notes TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE classification_levels (
  position INTEGER PRIMARY KEY,
  marking TEXT NOT NULL UNIQUE COLLATE NOCASE
) STRICT;

CREATE TABLE signatories (
  position INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  title TEXT NOT NULL
) STRICT;

CREATE TABLE objectives (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE COLLATE NOCASE,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('draft','active','on_hold','completed','cancelled')),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
) STRICT;

CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only: entries cannot be changed.'); END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only: entries cannot be deleted.'); END;
`,
}
