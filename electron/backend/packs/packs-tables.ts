// Generated from the SQLite schema (migrations 001-009); the packs domain owns these tables.
import type { Generated } from 'kysely'
import type { LibraryItemKind } from '../../../shared/contract'

/** Table `packs`. */
export interface PacksTable {
  id: Generated<number>
  urn: string
  version: number
  title_json: string
  publisher_json: string
  description_json: string | null
  issued: string
  languages_json: string
  licence_json: string | null
  source_notes_json: string | null
  dependencies_json: Generated<string>
  builtin: Generated<number>
  installed_at: string
  updated_at: string
  /** Base64 Ed25519 public key that signed the installed version; null when unsigned. */
  signer_key: string | null
}

/** Table `library_items`. */
export interface LibraryItemsTable {
  id: Generated<number>
  pack_id: number
  kind: LibraryItemKind
  item_key: string
  code: string
  scope: Generated<string>
  parent_key: string | null
  position: number
  data_json: string
  content_hash: string
  origin_hash: string
  origin_version: number
  confirmed: Generated<number>
  archived_at: string | null
  archived_reason: string | null
  version: Generated<number>
  updated_at: string
}

/** Table `pack_conflicts`. */
export interface PackConflictsTable {
  id: Generated<number>
  item_id: number
  pack_version: number
  theirs_json: string
  theirs_hash: string
  created_at: string
  resolved_at: string | null
  resolution: 'ours' | 'theirs' | 'superseded' | null
}

/** Table `pack_exports`. */
export interface PackExportsTable {
  id: Generated<number>
  urn: string
  version: number
  item_count: number
  exported_at: string
}

/** Table `pack_trusted_keys`: publisher keys the administrator added. */
export interface PackTrustedKeysTable {
  id: Generated<number>
  public_key: string
  name: string
  added_at: string
}

/** The packs domain's tables, by name. */
export interface PacksTables {
  packs: PacksTable
  library_items: LibraryItemsTable
  pack_conflicts: PackConflictsTable
  pack_exports: PackExportsTable
  pack_trusted_keys: PackTrustedKeysTable
}
