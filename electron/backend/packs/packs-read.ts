// The packs domain's read API for the other domains: installed packs and their library items,
// with data_json already parsed and typed by kind. Other domains read library_items and packs only
// through these functions. Nothing here writes.
import type { LibraryItem, LibraryItemKind, LocalText } from '../../../shared/contract'
import { inBatches } from '../db/batches'
import type { Db } from '../db/database'
import { contentOf, ITEM_META, ITEM_META_I, type ItemMeta } from './library-content'
import { withData } from './pack-repo'
import type {
  DocumentText,
  Framework,
  FrameworkItem,
  IndicatorTemplate,
  MaturityScale,
  RiskMatrix,
  RiskTemplate,
} from './pack-types'

/** The parsed content of an item of each kind, as its pack wrote it (the code is a column). */
export interface LibraryDataByKind {
  scale: Omit<MaturityScale, 'code'>
  framework: Omit<Framework, 'code' | 'items'>
  framework_item: Omit<FrameworkItem, 'code'>
  indicator: Omit<IndicatorTemplate, 'code'>
  risk_matrix: Omit<RiskMatrix, 'code'>
  risk_template: Omit<RiskTemplate, 'code'>
  document_text: Omit<DocumentText, 'code'>
}

/**
 * One library item with its data parsed. `key` is unique within the pack and kind; a framework
 * item's `scope` is its framework's code and `parentKey` the key of its parent item (null at the
 * top). `archivedAt` is set once an upgrade dropped the item: records that use it keep it.
 */
export type LibraryEntry<K extends LibraryItemKind = LibraryItemKind> = Omit<
  LibraryItem,
  'kind' | 'data'
> & {
  kind: K
  data: LibraryDataByKind[K]
}

/** An item of any kind; checking `kind` narrows `data`. */
export type AnyLibraryEntry = { [K in LibraryItemKind]: LibraryEntry<K> }[LibraryItemKind]

/** An installed pack, as other domains name it. */
export interface InstalledPack {
  id: number
  urn: string
  version: number
  title: LocalText
  builtin: boolean
}

// Ids per IN list, well below both engines' limits on bound parameters.
const ID_BATCH = 1000

/** Library entries for rows read without their content (cached, see library-content.ts). */
async function entries(db: Db, rows: readonly ItemMeta[]): Promise<AnyLibraryEntry[]> {
  const content = await contentOf(db, rows)
  return rows.map((r, i) => withData(r, content[i]!) as unknown as AnyLibraryEntry)
}

const one = async (db: Db, row: ItemMeta | undefined) => row && (await entries(db, [row]))[0]!

/** Installed packs in library order: the built-in pack first, then in the order installed. */
export async function listInstalledPacks(db: Db): Promise<InstalledPack[]> {
  const rows = await db
    .selectFrom('packs')
    .select(['id', 'urn', 'version', 'title_json', 'builtin'])
    .orderBy('builtin', 'desc')
    .orderBy('installed_at')
    .orderBy('id')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    urn: r.urn,
    version: r.version,
    title: JSON.parse(r.title_json) as LocalText,
    builtin: r.builtin === 1,
  }))
}

/** One library item by id, archived or not; with `kind`, only an item of that kind. */
export async function libraryItem(db: Db, id: number): Promise<AnyLibraryEntry | undefined>
export async function libraryItem<K extends LibraryItemKind>(
  db: Db,
  id: number,
  kind: K,
): Promise<LibraryEntry<K> | undefined>
export async function libraryItem(
  db: Db,
  id: number,
  kind?: LibraryItemKind,
): Promise<AnyLibraryEntry | undefined> {
  let q = db.selectFrom('library_items').select(ITEM_META).where('id', '=', id)
  if (kind) q = q.where('kind', '=', kind)
  const row = await q.executeTakeFirst()
  return one(db, row)
}

/** Library items by id, archived ones included (ids that name no item are left out). */
export async function libraryItemsByIds(
  db: Db,
  ids: readonly number[],
): Promise<Map<number, AnyLibraryEntry>> {
  const rows: ItemMeta[] = []
  for (const part of inBatches([...new Set(ids)], ID_BATCH))
    rows.push(
      ...(await db.selectFrom('library_items').select(ITEM_META).where('id', 'in', part).execute()),
    )
  return new Map((await entries(db, rows)).map((e) => [e.id, e]))
}

/** Which items of a kind `libraryItemsOfKind` returns. */
export interface KindFilter {
  /** Archived items too (records made before an upgrade still point at them). Default false. */
  includeArchived?: boolean
  /** Only this pack's items. */
  packId?: number
  /** Only items with this scope (framework items: their framework's code). */
  scope?: string
  /** Only items with this code. */
  code?: string
  /** Only top-level items (no parent). */
  topLevel?: boolean
}

/**
 * Items of one kind in library order: the built-in pack first, then packs in the order installed,
 * each in pack order.
 */
export async function libraryItemsOfKind<K extends LibraryItemKind>(
  db: Db,
  kind: K,
  filter: KindFilter = {},
): Promise<LibraryEntry<K>[]> {
  let q = db
    .selectFrom('library_items as i')
    .innerJoin('packs as p', 'p.id', 'i.pack_id')
    .select(ITEM_META_I)
    .where('i.kind', '=', kind)
  if (!filter.includeArchived) q = q.where('i.archived_at', 'is', null)
  if (filter.packId !== undefined) q = q.where('i.pack_id', '=', filter.packId)
  if (filter.scope !== undefined) q = q.where('i.scope', '=', filter.scope)
  if (filter.code !== undefined) q = q.where('i.code', '=', filter.code)
  if (filter.topLevel) q = q.where('i.parent_key', 'is', null)
  const rows = await q
    .orderBy('p.builtin', 'desc')
    .orderBy('p.installed_at')
    .orderBy('p.id')
    .orderBy('i.position')
    .orderBy('i.id')
    .execute()
  return (await entries(db, rows)) as LibraryEntry<K>[]
}

/** Every item of one pack in pack order (archived ones only when asked). */
export async function libraryItemsOfPack(
  db: Db,
  packId: number,
  opts: { includeArchived?: boolean } = {},
): Promise<AnyLibraryEntry[]> {
  let q = db.selectFrom('library_items').select(ITEM_META).where('pack_id', '=', packId)
  if (!opts.includeArchived) q = q.where('archived_at', 'is', null)
  return entries(db, await q.orderBy('position').orderBy('id').execute())
}

/** The items of a framework (its tree, flattened) in pack order. */
export function frameworkItems(
  db: Db,
  framework: { packId: number; code: string },
  opts: { includeArchived?: boolean; topLevel?: boolean } = {},
): Promise<LibraryEntry<'framework_item'>[]> {
  return libraryItemsOfKind(db, 'framework_item', {
    ...opts,
    packId: framework.packId,
    scope: framework.code,
  })
}

/** The framework a framework item belongs to (archived or not), if `itemId` is a framework item. */
export async function frameworkOfItem(
  db: Db,
  itemId: number,
): Promise<LibraryEntry<'framework'> | undefined> {
  const item = await libraryItem(db, itemId, 'framework_item')
  if (!item) return undefined
  const row = await db
    .selectFrom('library_items')
    .select(ITEM_META)
    .where('kind', '=', 'framework')
    .where('pack_id', '=', item.packId)
    .where('item_key', '=', item.scope)
    .executeTakeFirst()
  return (await one(db, row)) as LibraryEntry<'framework'> | undefined
}

/**
 * The live (not archived) scale with this code: from `preferPackId` when that pack has one (a
 * framework's own pack), else the earliest installed.
 */
export async function findScale(
  db: Db,
  code: string,
  preferPackId?: number,
): Promise<LibraryEntry<'scale'> | undefined> {
  const row = await db
    .selectFrom('library_items')
    .select(ITEM_META)
    .where('kind', '=', 'scale')
    .where('code', '=', code)
    .where('archived_at', 'is', null)
    .orderBy((eb) =>
      eb
        .case()
        .when('pack_id', '=', preferPackId ?? -1)
        .then(0)
        .else(1)
        .end(),
    )
    .orderBy('id')
    .limit(1)
    .executeTakeFirst()
  return (await one(db, row)) as LibraryEntry<'scale'> | undefined
}
