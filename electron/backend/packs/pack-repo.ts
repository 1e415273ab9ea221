import type { Selectable } from 'kysely'
import type { LibraryItem, LocalText, PackSummary } from '../../../shared/contract'
import { inBatches } from '../db/batches'
import type { Db } from '../db/database'
import type { FlatItem } from './pack-flatten'
import type { TemplatePack } from './pack-types'
import type { LibraryItemsTable } from './packs-tables'

/** A library item row. */
export type ItemRow = Selectable<LibraryItemsTable>

const parse = <T>(s: string | null): T | null => (s === null ? null : (JSON.parse(s) as T))

/** Rows per multi-row INSERT: 13 columns × 500 stays far below both engines' parameter limits. */
const INSERT_BATCH = 500
/** Ids per `IN (…)` list. */
const ID_BATCH = 1000

/** An installed pack as imports need it: its version and who published it. */
export interface InstalledPack {
  id: number
  version: number
  builtin: boolean
  /** Base64 Ed25519 key that signed the installed version; null when unsigned. */
  signerKey: string | null
  publisher: LocalText
}

/** The installed pack with this URN, if any. */
export async function findPackByUrn(db: Db, urn: string): Promise<InstalledPack | undefined> {
  const r = await db
    .selectFrom('packs')
    .select(['id', 'version', 'builtin', 'signer_key', 'publisher_json'])
    .where('urn', '=', urn)
    .executeTakeFirst()
  if (!r) return undefined
  return {
    id: r.id,
    version: Number(r.version),
    builtin: Number(r.builtin) === 1,
    signerKey: r.signer_key,
    publisher: parse<LocalText>(r.publisher_json)!,
  }
}

/** Every installed pack with item statistics, built-in first, then in install order. */
export async function listPackSummaries(
  db: Db,
  signatureOf: (r: { builtin: boolean; signerKey: string | null }) => PackSummary['signature'],
): Promise<PackSummary[]> {
  const rows = await db
    .selectFrom('packs')
    .selectAll()
    .orderBy('builtin', 'desc')
    .orderBy('installed_at')
    .orderBy('id')
    .execute()
  const counts = await db
    .selectFrom('library_items')
    .select((eb) => [
      'pack_id',
      'kind',
      eb.fn.countAll<number>().as('n'),
      eb.fn
        .sum<number>(eb.case().when('archived_at', 'is not', null).then(1).else(0).end())
        .as('archived'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.and([eb('confirmed', '=', 0), eb('archived_at', 'is', null)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('unconfirmed'),
    ])
    .groupBy(['pack_id', 'kind'])
    .execute()
  const conflicts = await db
    .selectFrom('pack_conflicts as c')
    .innerJoin('library_items as i', 'i.id', 'c.item_id')
    .select((eb) => ['i.pack_id', eb.fn.countAll<number>().as('n')])
    .where('c.resolved_at', 'is', null)
    .groupBy('i.pack_id')
    .execute()
  return rows.map((r) => {
    const mine = counts
      .filter((c) => c.pack_id === r.id)
      .map((c) => ({
        kind: c.kind,
        n: Number(c.n),
        archived: Number(c.archived),
        unconfirmed: Number(c.unconfirmed),
      }))
    const itemCounts: PackSummary['itemCounts'] = {}
    for (const c of mine) itemCounts[c.kind] = c.n - c.archived
    const open = conflicts.find((c) => c.pack_id === r.id)
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
      signature: signatureOf({ builtin: r.builtin === 1, signerKey: r.signer_key }),
      installedAt: r.installed_at,
      updatedAt: r.updated_at,
      itemCounts,
      archivedCount: mine.reduce((s, c) => s + c.archived, 0),
      unconfirmedCount: mine.reduce((s, c) => s + c.unconfirmed, 0),
      openConflicts: open ? Number(open.n) : 0,
    }
  })
}

/** Inserts or updates the pack's own metadata; returns its id. */
export async function upsertPack(
  db: Db,
  pack: TemplatePack,
  builtin: boolean,
  signerKey: string | null,
  at: string,
): Promise<number> {
  const j = (v: unknown) => (v === undefined ? null : JSON.stringify(v))
  const meta = {
    version: pack.version,
    title_json: JSON.stringify(pack.title),
    publisher_json: JSON.stringify(pack.publisher),
    description_json: j(pack.description),
    issued: pack.issued,
    languages_json: JSON.stringify(pack.languages),
    licence_json: j(pack.licence),
    source_notes_json: j(pack.sourceNotes),
    dependencies_json: JSON.stringify(pack.dependencies ?? []),
    signer_key: signerKey,
    updated_at: at,
  }
  const r = await db
    .insertInto('packs')
    .values({ urn: pack.id, ...meta, builtin: builtin ? 1 : 0, installed_at: at })
    .onConflict((oc) => oc.column('urn').doUpdateSet(meta))
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

/** Every item row of a pack, archived ones included, in pack order. */
export async function itemRowsOfPack(db: Db, packId: number): Promise<ItemRow[]> {
  return db
    .selectFrom('library_items')
    .selectAll()
    .where('pack_id', '=', packId)
    .orderBy('position')
    .orderBy('id')
    .execute()
}

/** One item row. */
export async function findItemRow(db: Db, id: number): Promise<ItemRow | undefined> {
  return db.selectFrom('library_items').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Item rows by id (missing ids are left out). */
export async function itemRowsByIds(db: Db, ids: readonly number[]): Promise<ItemRow[]> {
  const out: ItemRow[] = []
  for (const part of inBatches([...new Set(ids)], ID_BATCH)) {
    out.push(
      ...(await db.selectFrom('library_items').selectAll().where('id', 'in', part).execute()),
    )
  }
  return out
}

/** Maps a row for the UI. */
export function toLibraryItem(r: ItemRow): LibraryItem {
  return withData(r, JSON.parse(r.data_json) as Record<string, unknown>)
}

/** Maps a row read without its content, given the content parsed. */
export function withData(
  r: Omit<ItemRow, 'data_json'>,
  data: Record<string, unknown>,
): LibraryItem {
  return {
    id: r.id,
    packId: r.pack_id,
    kind: r.kind,
    key: r.item_key,
    code: r.code,
    scope: r.scope,
    parentKey: r.parent_key,
    position: r.position,
    data,
    confirmed: r.confirmed === 1,
    locallyEdited: r.content_hash !== r.origin_hash,
    originVersion: r.origin_version,
    archivedAt: r.archived_at,
    archivedReason: r.archived_reason,
    version: r.version,
  }
}

// ---- Applying an import: batched, so a pack of thousands of items takes a handful of statements.

/** Inserts new items, several hundred rows per statement. */
export async function insertItems(
  db: Db,
  packId: number,
  packVersion: number,
  items: readonly FlatItem[],
  at: string,
): Promise<void> {
  for (const part of inBatches(items, INSERT_BATCH)) {
    await db
      .insertInto('library_items')
      .values(
        part.map((f) => ({
          pack_id: packId,
          kind: f.kind,
          item_key: f.key,
          code: f.code,
          scope: f.scope,
          parent_key: f.parentKey,
          position: f.position,
          data_json: JSON.stringify(f.data),
          content_hash: f.hash,
          origin_hash: f.hash,
          origin_version: packVersion,
          confirmed: f.confirmed ? 1 : 0,
          updated_at: at,
        })),
      )
      .execute()
  }
}

/** Replaces an item's content with the pack's (and brings an archived item back). */
export async function takeTheirs(
  db: Db,
  id: number,
  packVersion: number,
  f: FlatItem,
  at: string,
): Promise<void> {
  await db
    .updateTable('library_items')
    .set((eb) => ({
      data_json: JSON.stringify(f.data),
      content_hash: f.hash,
      origin_hash: f.hash,
      origin_version: packVersion,
      scope: f.scope,
      parent_key: f.parentKey,
      position: f.position,
      confirmed: f.confirmed ? 1 : 0,
      archived_at: null,
      archived_reason: null,
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', id)
    .execute()
}

/**
 * Records that unchanged (or conflicting) items are now at `packVersion`; moves the few whose
 * place in the tree changed.
 */
export async function touchItems(
  db: Db,
  packVersion: number,
  entries: readonly { row: ItemRow; item: FlatItem }[],
): Promise<void> {
  const stale = entries.filter((e) => e.row.origin_version !== packVersion).map((e) => e.row.id)
  for (const part of inBatches(stale, ID_BATCH)) {
    await db
      .updateTable('library_items')
      .set({ origin_version: packVersion })
      .where('id', 'in', part)
      .execute()
  }
  for (const { row, item } of entries) {
    if (row.position === item.position && row.parent_key === item.parentKey) continue
    await db
      .updateTable('library_items')
      .set({ position: item.position, parent_key: item.parentKey })
      .where('id', '=', row.id)
      .execute()
  }
}

/** Archives items the pack no longer carries. */
export async function archiveItems(
  db: Db,
  ids: readonly number[],
  reason: string,
  at: string,
): Promise<void> {
  for (const part of inBatches(ids, ID_BATCH)) {
    await db
      .updateTable('library_items')
      .set((eb) => ({
        archived_at: at,
        archived_reason: reason,
        version: eb('version', '+', 1),
        updated_at: at,
      }))
      .where('id', 'in', part)
      .execute()
  }
}

/** Closes the open conflicts of these items: a newer pack version replaces them. */
export async function supersedeConflicts(
  db: Db,
  itemIds: readonly number[],
  at: string,
): Promise<void> {
  for (const part of inBatches(itemIds, ID_BATCH)) {
    await db
      .updateTable('pack_conflicts')
      .set({ resolved_at: at, resolution: 'superseded' })
      .where('item_id', 'in', part)
      .where('resolved_at', 'is', null)
      .execute()
  }
}

/** Opens a conflict per item: the pack's new content waits beside the local edit. */
export async function insertConflicts(
  db: Db,
  packVersion: number,
  entries: readonly { id: number; item: FlatItem }[],
  at: string,
): Promise<void> {
  for (const part of inBatches(entries, INSERT_BATCH)) {
    await db
      .insertInto('pack_conflicts')
      .values(
        part.map((e) => ({
          item_id: e.id,
          pack_version: packVersion,
          theirs_json: JSON.stringify(e.item.data),
          theirs_hash: e.item.hash,
          created_at: at,
        })),
      )
      .execute()
  }
}
