// Library content (data_json, 1–6 KB an item) is read on nearly every call, for risk matrices,
// frameworks and templates, and changes only when a pack is installed, upgraded or edited. The
// read API therefore reads items without it, and takes the parsed content from a cache keyed by
// the item's id and version stamps, reading the text only for items it has not seen in that
// version. Cached content is frozen: no caller can change what the next one reads.
import { inBatches } from '../db/batches'
import type { Db } from '../db/database'
import type { ItemRow } from './pack-repo'

/** Every column of library_items but the content. */
export const ITEM_META = [
  'id',
  'pack_id',
  'kind',
  'item_key',
  'code',
  'scope',
  'parent_key',
  'position',
  'content_hash',
  'origin_hash',
  'origin_version',
  'confirmed',
  'archived_at',
  'archived_reason',
  'version',
  'updated_at',
] as const

/** The same columns, of the table aliased `i`. */
export const ITEM_META_I = ITEM_META.map((c) => `i.${c}` as const)

/** An item row read without its content. */
export type ItemMeta = Omit<ItemRow, 'data_json'>

type Content = Readonly<Record<string, unknown>>
const cache = new Map<string, Content>()
const LIMIT = 20_000
const BATCH = 500

// Any change to an item's content bumps its version or its update time (local edits, upgrades,
// taking the pack's side of a conflict), and changes its hash: all three name the text.
const keyOf = (r: ItemMeta) => `${r.id}:${r.version}:${r.updated_at}:${r.content_hash}`

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

/** The parsed content of each row (in order), read from the database only where not cached. */
export async function contentOf(db: Db, rows: readonly ItemMeta[]): Promise<Content[]> {
  const missing = rows.filter((r) => !cache.has(keyOf(r)))
  if (missing.length > 0) {
    if (cache.size + missing.length > LIMIT) cache.clear()
    const byId = new Map(missing.map((r) => [r.id, r]))
    for (const part of inBatches([...byId.keys()], BATCH)) {
      const texts = await db
        .selectFrom('library_items')
        .select(['id', 'data_json'])
        .where('id', 'in', part)
        .execute()
      for (const t of texts)
        cache.set(keyOf(byId.get(t.id)!), deepFreeze(JSON.parse(t.data_json) as Content))
    }
  }
  return rows.map((r) => cache.get(keyOf(r))!)
}
