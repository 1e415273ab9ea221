// Shipped migration: never edit. Add a new numbered file instead (a test hashes these).
export const migration002 = {
  version: 2,
  name: 'template-packs',
  sql: `
CREATE TABLE packs (
  id INTEGER PRIMARY KEY,
  urn TEXT NOT NULL UNIQUE,
  version INTEGER NOT NULL CHECK (version >= 1),
  title_json TEXT NOT NULL,
  publisher_json TEXT NOT NULL,
  description_json TEXT,
  issued TEXT NOT NULL,
  languages_json TEXT NOT NULL,
  licence_json TEXT,
  source_notes_json TEXT,
  dependencies_json TEXT NOT NULL DEFAULT '[]',
  builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  installed_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE library_items (
  id INTEGER PRIMARY KEY,
  pack_id INTEGER NOT NULL REFERENCES packs (id),
  kind TEXT NOT NULL CHECK (kind IN ('scale','framework','framework_item','indicator','risk_matrix','risk_template','document_text')),
  item_key TEXT NOT NULL,
  code TEXT NOT NULL,
  scope TEXT NOT NULL DEFAULT '',
  parent_key TEXT,
  position INTEGER NOT NULL,
  data_json TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  origin_hash TEXT NOT NULL,
  origin_version INTEGER NOT NULL,
  confirmed INTEGER NOT NULL DEFAULT 1 CHECK (confirmed IN (0, 1)),
  archived_at TEXT,
  archived_reason TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  UNIQUE (pack_id, kind, item_key)
) STRICT;

CREATE INDEX library_items_kind ON library_items (kind, archived_at);

CREATE TABLE pack_conflicts (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES library_items (id),
  pack_version INTEGER NOT NULL,
  theirs_json TEXT NOT NULL,
  theirs_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  resolved_at TEXT,
  resolution TEXT CHECK (resolution IN ('ours','theirs','superseded'))
) STRICT;

CREATE INDEX pack_conflicts_open ON pack_conflicts (item_id) WHERE resolved_at IS NULL;

CREATE TABLE pack_exports (
  id INTEGER PRIMARY KEY,
  urn TEXT NOT NULL,
  version INTEGER NOT NULL,
  item_count INTEGER NOT NULL,
  exported_at TEXT NOT NULL
) STRICT;
`,
}
