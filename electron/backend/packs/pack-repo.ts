import type { LibraryItem, LibraryItemKind, LocalText, PackSummary } from '../../../shared/contract'
import type { Db } from '../db/connection'
import type { FlatItem } from './pack-flatten'
import type { TemplatePack } from './pack-types'

interface PackRow {
  id: number
  urn: string
  version: number
  title_json: string
  publisher_json: string
  description_json: string | null
  issued: string
  languages_json: string
  builtin: number
  installed_at: string
  updated_at: string
}

/** A library item row. */
export interface ItemRow {
  id: number
  pack_id: number
  kind: LibraryItemKind
  item_key: string
  code: string
  scope: string
  parent_key: string | null
  position: number
  data_json: string
  content_hash: string
  origin_hash: string
  origin_version: number
  confirmed: number
  archived_at: string | null
  archived_reason: string | null
  version: number
}

const parse = <T>(s: string | null): T | null => (s === null ? null : (JSON.parse(s) as T))

/** The installed pack with this URN, if any. */
export function findPackByUrn(db: Db, urn: string): { id: number; version: number } | undefined {
  return db.prepare('SELECT id, version FROM packs WHERE urn = ?').get(urn) as
    { id: number; version: number } | undefined
}

/** Every installed pack with item statistics. */
export function listPackSummaries(db: Db): PackSummary[] {
  const rows = db
    .prepare('SELECT * FROM packs ORDER BY builtin DESC, installed_at, id')
    .all() as PackRow[]
  const counts = db
    .prepare(
      `SELECT pack_id, kind, count(*) AS n, sum(archived_at IS NOT NULL) AS archived,
              sum(confirmed = 0 AND archived_at IS NULL) AS unconfirmed
       FROM library_items GROUP BY pack_id, kind`,
    )
    .all() as {
    pack_id: number
    kind: LibraryItemKind
    n: number
    archived: number
    unconfirmed: number
  }[]
  const conflicts = db
    .prepare(
      `SELECT i.pack_id, count(*) AS n FROM pack_conflicts c JOIN library_items i ON i.id = c.item_id
       WHERE c.resolved_at IS NULL GROUP BY i.pack_id`,
    )
    .all() as { pack_id: number; n: number }[]
  return rows.map((r) => {
    const mine = counts.filter((c) => c.pack_id === r.id)
    const itemCounts: PackSummary['itemCounts'] = {}
    for (const c of mine) itemCounts[c.kind] = c.n - c.archived
    return {
      id: r.id,
      urn: r.urn,
      version: r.version,
      title: parse<LocalText>(r.title_json)!,
      publisher: parse<LocalText>(r.publisher_json)!,
      description: parse<LocalText>(r.description_json),
      issued: r.issued,
      languages: parse<string[]>(r.languages_json)!,
      builtin: r.builtin === 1,
      installedAt: r.installed_at,
      updatedAt: r.updated_at,
      itemCounts,
      archivedCount: mine.reduce((s, c) => s + c.archived, 0),
      unconfirmedCount: mine.reduce((s, c) => s + c.unconfirmed, 0),
      openConflicts: conflicts.find((c) => c.pack_id === r.id)?.n ?? 0,
    }
  })
}

/** Inserts or updates the pack's own metadata; returns its id. */
export function upsertPack(db: Db, pack: TemplatePack, builtin: boolean, at: string): number {
  const j = (v: unknown) => (v === undefined ? null : JSON.stringify(v))
  db.prepare(
    `INSERT INTO packs (urn, version, title_json, publisher_json, description_json, issued, languages_json,
       licence_json, source_notes_json, dependencies_json, builtin, installed_at, updated_at)
     VALUES (@urn, @version, @title, @publisher, @description, @issued, @languages, @licence, @sourceNotes,
       @dependencies, @builtin, @at, @at)
     ON CONFLICT (urn) DO UPDATE SET version = excluded.version, title_json = excluded.title_json,
       publisher_json = excluded.publisher_json, description_json = excluded.description_json,
       issued = excluded.issued, languages_json = excluded.languages_json, licence_json = excluded.licence_json,
       source_notes_json = excluded.source_notes_json, dependencies_json = excluded.dependencies_json,
       updated_at = excluded.updated_at`,
  ).run({
    urn: pack.id,
    version: pack.version,
    title: j(pack.title),
    publisher: j(pack.publisher),
    description: j(pack.description),
    issued: pack.issued,
    languages: j(pack.languages),
    licence: j(pack.licence),
    sourceNotes: j(pack.sourceNotes),
    dependencies: j(pack.dependencies ?? []),
    builtin: builtin ? 1 : 0,
    at,
  })
  return findPackByUrn(db, pack.id)!.id
}

/** Every item row of a pack, archived ones included. */
export function itemRowsOfPack(db: Db, packId: number): ItemRow[] {
  return db
    .prepare('SELECT * FROM library_items WHERE pack_id = ? ORDER BY position')
    .all(packId) as ItemRow[]
}

/** One item row. */
export function findItemRow(db: Db, id: number): ItemRow | undefined {
  return db.prepare('SELECT * FROM library_items WHERE id = ?').get(id) as ItemRow | undefined
}

/** Maps a row for the UI. */
export function toLibraryItem(r: ItemRow): LibraryItem {
  return {
    id: r.id,
    packId: r.pack_id,
    kind: r.kind,
    key: r.item_key,
    code: r.code,
    scope: r.scope,
    parentKey: r.parent_key,
    position: r.position,
    data: JSON.parse(r.data_json) as Record<string, unknown>,
    confirmed: r.confirmed === 1,
    locallyEdited: r.content_hash !== r.origin_hash,
    originVersion: r.origin_version,
    archivedAt: r.archived_at,
    archivedReason: r.archived_reason,
    version: r.version,
  }
}

/** Prepared statements for applying an import; prepare once per import. */
export function itemWriter(db: Db) {
  const insert = db.prepare(
    `INSERT INTO library_items (pack_id, kind, item_key, code, scope, parent_key, position, data_json,
       content_hash, origin_hash, origin_version, confirmed, updated_at)
     VALUES (@packId, @kind, @key, @code, @scope, @parentKey, @position, @data, @hash, @hash, @packVersion,
       @confirmed, @at)`,
  )
  const takeTheirs = db.prepare(
    `UPDATE library_items SET data_json = @data, content_hash = @hash, origin_hash = @hash,
       origin_version = @packVersion, scope = @scope, parent_key = @parentKey, position = @position,
       confirmed = @confirmed, archived_at = NULL, archived_reason = NULL, version = version + 1, updated_at = @at
     WHERE id = @id`,
  )
  const touch = db.prepare(
    `UPDATE library_items SET origin_version = @packVersion, position = @position, parent_key = @parentKey
     WHERE id = @id`,
  )
  const archive = db.prepare(
    `UPDATE library_items SET archived_at = @at, archived_reason = @reason, version = version + 1, updated_at = @at
     WHERE id = @id`,
  )
  const supersede = db.prepare(
    "UPDATE pack_conflicts SET resolved_at = @at, resolution = 'superseded' WHERE item_id = @id AND resolved_at IS NULL",
  )
  const conflict = db.prepare(
    `INSERT INTO pack_conflicts (item_id, pack_version, theirs_json, theirs_hash, created_at)
     VALUES (@id, @packVersion, @data, @hash, @at)`,
  )
  const row = (packId: number, packVersion: number, f: FlatItem, at: string) => ({
    packId,
    packVersion,
    kind: f.kind,
    key: f.key,
    code: f.code,
    scope: f.scope,
    parentKey: f.parentKey,
    position: f.position,
    data: JSON.stringify(f.data),
    hash: f.hash,
    confirmed: f.confirmed ? 1 : 0,
    at,
  })
  return {
    insert: (packId: number, packVersion: number, f: FlatItem, at: string) =>
      insert.run(row(packId, packVersion, f, at)),
    takeTheirs: (id: number, packVersion: number, f: FlatItem, at: string) => {
      supersede.run({ id, at })
      takeTheirs.run({ ...row(0, packVersion, f, at), id })
    },
    touch: (id: number, packVersion: number, f: FlatItem) =>
      touch.run({ id, packVersion, position: f.position, parentKey: f.parentKey }),
    archive: (id: number, reason: string, at: string) => archive.run({ id, reason, at }),
    conflict: (id: number, packVersion: number, f: FlatItem, at: string) => {
      supersede.run({ id, at })
      conflict.run({ id, packVersion, data: JSON.stringify(f.data), hash: f.hash, at })
    },
  }
}
