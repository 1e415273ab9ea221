// Shipped migration: never edit. Add a new numbered file instead (a test hashes these).
export const migration008 = {
  version: 8,
  name: 'documents',
  sql: `
-- Ministerial submissions authored in Capstan.
CREATE TABLE submissions (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  reference TEXT NOT NULL DEFAULT '',
  addressee TEXT NOT NULL DEFAULT '',
  issue TEXT NOT NULL DEFAULT '',
  recommendation TEXT NOT NULL DEFAULT '',
  timing TEXT NOT NULL DEFAULT '',
  background TEXT NOT NULL DEFAULT '',
  options TEXT NOT NULL DEFAULT '',
  impl_financial TEXT NOT NULL DEFAULT '',
  impl_legal TEXT NOT NULL DEFAULT '',
  impl_staffing TEXT NOT NULL DEFAULT '',
  impl_risk TEXT NOT NULL DEFAULT '',
  impl_integrity TEXT NOT NULL DEFAULT '',
  decisions_json TEXT NOT NULL DEFAULT '[]',
  annexes_json TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','cleared','submitted','decided')),
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- A frozen copy of the data a document covers, prepared for sign-off.
CREATE TABLE snapshots (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  submission_id INTEGER REFERENCES submissions (id),
  data_json TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  decisions_sought_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
) STRICT;

-- Every file Capstan wrote, with the SHA-256 of its exact bytes.
CREATE TABLE document_exports (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  snapshot_id INTEGER REFERENCES snapshots (id),
  reference TEXT NOT NULL,
  doc_version INTEGER NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  language TEXT NOT NULL,
  classification TEXT NOT NULL,
  paper TEXT NOT NULL CHECK (paper IN ('a4','letter')),
  excluded_records INTEGER NOT NULL DEFAULT 0,
  exported_at TEXT NOT NULL,
  exported_by TEXT NOT NULL
) STRICT;
CREATE INDEX document_exports_sha ON document_exports (sha256);

-- Decisions recorded against a snapshot, one per decision sought.
CREATE TABLE decisions (
  id INTEGER PRIMARY KEY,
  snapshot_id INTEGER NOT NULL REFERENCES snapshots (id),
  decision_index INTEGER NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('approved','noted','not_approved','approved_with_amendments')),
  decided_by TEXT NOT NULL,
  decided_on TEXT NOT NULL,
  comments TEXT NOT NULL DEFAULT '',
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  UNIQUE (snapshot_id, decision_index)
) STRICT;

-- The approved plan that "changes since signature" compares with.
CREATE TABLE plan_baseline (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  snapshot_id INTEGER NOT NULL REFERENCES snapshots (id),
  set_at TEXT NOT NULL
) STRICT;

-- Optional logo for document covers (PNG or JPEG).
CREATE TABLE settings_logo (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  mime TEXT NOT NULL CHECK (mime IN ('image/png','image/jpeg')),
  data BLOB NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`,
}
