import type {
  LibraryItem,
  LocalText,
  PackConflict,
  PackContents,
  PackSummary,
} from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { inTransaction } from '../db/transaction'
import { AppFailure } from '../errors'
import { labelOf } from './pack-diff'
import { contentHash } from './pack-flatten'
import { installedSigner, signatureCheckOf } from './pack-identity'
import {
  findItemRow,
  itemRowsByIds,
  itemRowsOfPack,
  listPackSummaries,
  toLibraryItem,
} from './pack-repo'
import { trustedNames } from './pack-trust'

/** Installed packs, built-in first, each with who vouched for it. */
export async function listPacks(ctx: ServiceContext): Promise<PackSummary[]> {
  const trusted = await trustedNames(ctx.db)
  return listPackSummaries(ctx.db, (p) => signatureCheckOf(installedSigner(p, trusted)))
}

/** One pack with all its items (archived ones flagged). */
export async function packContents(ctx: ServiceContext, packId: number): Promise<PackContents> {
  const pack = (await listPacks(ctx)).find((p) => p.id === packId)
  if (!pack) throw new AppFailure('not_found', 'This template pack is not installed.')
  return { pack, items: (await itemRowsOfPack(ctx.db, packId)).map(toLibraryItem) }
}

/** Open upgrade conflicts, optionally for one pack. */
export async function listConflicts(ctx: ServiceContext, packId?: number): Promise<PackConflict[]> {
  let q = ctx.db
    .selectFrom('pack_conflicts as c')
    .innerJoin('library_items as i', 'i.id', 'c.item_id')
    .selectAll('c')
    .where('c.resolved_at', 'is', null)
  if (packId !== undefined) q = q.where('i.pack_id', '=', packId)
  const rows = await q.orderBy('i.position').orderBy('c.id').execute()
  const items = new Map(
    (
      await itemRowsByIds(
        ctx.db,
        rows.map((c) => c.item_id),
      )
    ).map((r) => [r.id, toLibraryItem(r)]),
  )
  return rows.map((c) => {
    const item = items.get(c.item_id)!
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
): Promise<LibraryItem> {
  return inTransaction(ctx, async (tx) => {
    const { db } = tx
    const c = await db
      .selectFrom('pack_conflicts')
      .selectAll()
      .where('id', '=', conflictId)
      .executeTakeFirst()
    if (!c) throw new AppFailure('not_found', 'This conflict does not exist.')
    if (c.resolved_at) throw new AppFailure('conflict', 'This conflict was already resolved.')
    const before = toLibraryItem((await findItemRow(db, c.item_id))!)
    const at = tx.now()
    // Our text stays ("ours"): the pack's new content becomes the base, so it stays marked as
    // edited here. "theirs": the pack's content replaces ours.
    const content =
      choice === 'ours' ? {} : { data_json: c.theirs_json, content_hash: c.theirs_hash }
    await db
      .updateTable('library_items')
      .set((eb) => ({
        ...content,
        origin_hash: c.theirs_hash,
        origin_version: c.pack_version,
        version: eb('version', '+', 1),
        updated_at: at,
      }))
      .where('id', '=', c.item_id)
      .execute()
    // Only an open conflict is closed: a second resolution racing this one changes nothing.
    const closed = await db
      .updateTable('pack_conflicts')
      .set({ resolved_at: at, resolution: choice })
      .where('id', '=', conflictId)
      .where('resolved_at', 'is', null)
      .executeTakeFirst()
    if (Number(closed.numUpdatedRows) !== 1)
      throw new AppFailure('conflict', 'This conflict was already resolved.')
    const after = toLibraryItem((await findItemRow(db, c.item_id))!)
    await appendAudit(tx, {
      entityType: 'library_item',
      entityId: c.item_id,
      action: choice === 'ours' ? 'conflict_keep_ours' : 'conflict_take_theirs',
      before: before.data,
      after: after.data,
    })
    return after
  })
}

/** Edits one translation of one text field of an imported item (the administration owns its copy). */
export function editItemText(
  ctx: ServiceContext,
  input: { itemId: number; version: number; field: string; language: string; text: string },
): Promise<LibraryItem> {
  return inTransaction(ctx, async (tx) => {
    const { db } = tx
    const row = await findItemRow(db, input.itemId)
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
    const at = tx.now()
    const saved = await db
      .updateTable('library_items')
      .set((eb) => ({
        data_json: JSON.stringify(next),
        content_hash: contentHash(next),
        version: eb('version', '+', 1),
        updated_at: at,
      }))
      .where('id', '=', row.id)
      .where('version', '=', input.version)
      .executeTakeFirst()
    if (Number(saved.numUpdatedRows) !== 1) {
      throw new AppFailure(
        'conflict',
        'Someone changed this item after you opened it. Reload, then edit again.',
      )
    }
    await appendAudit(tx, {
      entityType: 'library_item',
      entityId: row.id,
      action: 'edit_text',
      before: { [input.field]: current ?? null },
      after: { [input.field]: next[input.field] },
    })
    return toLibraryItem((await findItemRow(db, row.id))!)
  })
}
