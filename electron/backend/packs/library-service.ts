import type {
  LibraryItem,
  LocalText,
  PackConflict,
  PackContents,
  PackSummary,
} from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { AppFailure } from '../errors'
import { labelOf } from './pack-diff'
import { contentHash } from './pack-flatten'
import { findItemRow, itemRowsOfPack, listPackSummaries, toLibraryItem } from './pack-repo'

/** Installed packs, built-in first. */
export function listPacks(ctx: ServiceContext): PackSummary[] {
  return listPackSummaries(ctx.db)
}

/** One pack with all its items (archived ones flagged). */
export function packContents(ctx: ServiceContext, packId: number): PackContents {
  const pack = listPackSummaries(ctx.db).find((p) => p.id === packId)
  if (!pack) throw new AppFailure('not_found', 'This template pack is not installed.')
  return { pack, items: itemRowsOfPack(ctx.db, packId).map(toLibraryItem) }
}

interface ConflictRow {
  id: number
  item_id: number
  pack_version: number
  theirs_json: string
  created_at: string
}

/** Open upgrade conflicts, optionally for one pack. */
export function listConflicts(ctx: ServiceContext, packId?: number): PackConflict[] {
  const rows = ctx.db
    .prepare(
      `SELECT c.* FROM pack_conflicts c JOIN library_items i ON i.id = c.item_id
       WHERE c.resolved_at IS NULL AND (@packId IS NULL OR i.pack_id = @packId) ORDER BY i.position`,
    )
    .all({ packId: packId ?? null }) as ConflictRow[]
  return rows.map((c) => {
    const item = toLibraryItem(findItemRow(ctx.db, c.item_id)!)
    return {
      id: c.id,
      itemId: item.id,
      packId: item.packId,
      kind: item.kind,
      key: item.key,
      code: item.code,
      label: labelOf(item.data, item.code),
      packVersion: c.pack_version,
      ours: item.data,
      theirs: JSON.parse(c.theirs_json) as Record<string, unknown>,
      createdAt: c.created_at,
    }
  })
}

/** Keep our edited item or take the pack's new content. */
export function resolveConflict(
  ctx: ServiceContext,
  conflictId: number,
  choice: 'ours' | 'theirs',
): LibraryItem {
  return ctx.db.transaction(() => {
    const c = ctx.db.prepare('SELECT * FROM pack_conflicts WHERE id = ?').get(conflictId) as
      (ConflictRow & { theirs_hash: string; resolved_at: string | null }) | undefined
    if (!c) throw new AppFailure('not_found', 'This conflict does not exist.')
    if (c.resolved_at) throw new AppFailure('conflict', 'This conflict was already resolved.')
    const before = toLibraryItem(findItemRow(ctx.db, c.item_id)!)
    const at = ctx.now()
    if (choice === 'ours') {
      // Our text stays; the pack's new content becomes the base, so it stays marked as edited here.
      ctx.db
        .prepare(
          'UPDATE library_items SET origin_hash = ?, origin_version = ?, version = version + 1, updated_at = ? WHERE id = ?',
        )
        .run(c.theirs_hash, c.pack_version, at, c.item_id)
    } else {
      ctx.db
        .prepare(
          `UPDATE library_items SET data_json = ?, content_hash = ?, origin_hash = ?, origin_version = ?,
             version = version + 1, updated_at = ? WHERE id = ?`,
        )
        .run(c.theirs_json, c.theirs_hash, c.theirs_hash, c.pack_version, at, c.item_id)
    }
    ctx.db
      .prepare('UPDATE pack_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?')
      .run(at, choice, conflictId)
    const after = toLibraryItem(findItemRow(ctx.db, c.item_id)!)
    appendAudit(ctx, {
      entityType: 'library_item',
      entityId: c.item_id,
      action: choice === 'ours' ? 'conflict_keep_ours' : 'conflict_take_theirs',
      before: before.data,
      after: after.data,
    })
    return after
  })()
}

/** Edits one translation of one text field of an imported item (the administration owns its copy). */
export function editItemText(
  ctx: ServiceContext,
  input: { itemId: number; version: number; field: string; language: string; text: string },
): LibraryItem {
  return ctx.db.transaction(() => {
    const row = findItemRow(ctx.db, input.itemId)
    if (!row) throw new AppFailure('not_found', 'This item no longer exists.')
    if (row.archived_at)
      throw new AppFailure('conflict', 'This item is archived and can no longer be edited.')
    if (row.version !== input.version) {
      throw new AppFailure(
        'conflict',
        'Someone changed this item after you opened it. Reload, then edit again.',
      )
    }
    const data = JSON.parse(row.data_json) as Record<string, unknown>
    const current = data[input.field] as LocalText | undefined
    if (current === undefined && input.field !== 'guidance' && input.field !== 'description') {
      throw new AppFailure(
        'validation',
        `A ${row.kind.replace('_', ' ')} has no "${input.field}" text.`,
        [
          {
            path: 'field',
            code: 'invalid',
            message: `A ${row.kind.replace('_', ' ')} has no "${input.field}" text.`,
          },
        ],
      )
    }
    const translations = typeof current === 'string' ? { en: current } : { ...(current ?? {}) }
    if (input.language !== 'en' && !translations.en) {
      throw new AppFailure(
        'validation',
        'Write the English text first; other languages translate it.',
      )
    }
    const next = { ...data, [input.field]: { ...translations, [input.language]: input.text } }
    const at = ctx.now()
    ctx.db
      .prepare(
        'UPDATE library_items SET data_json = ?, content_hash = ?, version = version + 1, updated_at = ? WHERE id = ?',
      )
      .run(JSON.stringify(next), contentHash(next), at, row.id)
    appendAudit(ctx, {
      entityType: 'library_item',
      entityId: row.id,
      action: 'edit_text',
      before: { [input.field]: current ?? null },
      after: { [input.field]: next[input.field] },
    })
    return toLibraryItem(findItemRow(ctx.db, row.id)!)
  })()
}
