import { sql } from 'kysely'
import type { PackImportResult, PackPreview } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import type { Db } from '../db/database'
import { inTransaction } from '../db/transaction'
import { AppFailure } from '../errors'
import {
  checkPackFile,
  planPack,
  requireConfirmation,
  type Analysis,
  type CheckedFile,
} from './pack-analysis'
import type { FlatItem } from './pack-flatten'
import { auditSignature } from './pack-identity'
import {
  archiveItems,
  findPackByUrn,
  insertConflicts,
  insertItems,
  supersedeConflicts,
  takeTheirs,
  touchItems,
  upsertPack,
  type ItemRow,
} from './pack-repo'
import { english } from './pack-types'

/** Read → parse → schema → signature → publisher → dependencies → rules → dry-run plan. */
export async function analysePack(db: Db, bytes: Uint8Array): Promise<Analysis> {
  return planPack(db, await checkPackFile(db, bytes))
}

/** Dry run: what importing these bytes would do. */
export async function previewPack(ctx: ServiceContext, bytes: Uint8Array): Promise<PackPreview> {
  return (await analysePack(ctx.db, bytes)).preview
}

// Any constant shared by every Capstan process: imports on PostgreSQL take this lock in turn, so two
// processes installing the same pack at once never both see it missing.
const IMPORT_LOCK = 7_240_102

/** Options of an import: the built-in pack at first start, and the user's confirmation. */
export interface ImportOptions {
  builtin?: boolean
  /** The user confirmed an upgrade that archives more than ARCHIVE_CONFIRM_SHARE of the items. */
  confirmArchive?: boolean
}

/**
 * Before the write transaction: refuses an unconfirmed upgrade that archives many items, and
 * takes a backup before any upgrade that archives items at all. Returns the installed version
 * the decision was made on.
 */
async function beforeUpgrade(
  ctx: ServiceContext,
  file: CheckedFile,
  opts: ImportOptions,
): Promise<number | null> {
  const installed = await findPackByUrn(ctx.db, file.pack.id)
  // Nothing to upgrade; or joined a caller's transaction, where no backup can run.
  if (!installed || installed.version >= file.pack.version || ctx.db.isTransaction)
    return installed?.version ?? null
  const a = await planPack(ctx.db, file)
  requireConfirmation(a, opts.confirmArchive)
  if (a.plan && a.plan.removed.length > 0)
    await ctx.backupNow?.(
      `before pack upgrade ${file.pack.id} ${installed.version}→${file.pack.version}`,
    )
  return installed.version
}

/** Imports or upgrades a pack in one transaction with one audit entry. */
export async function importPack(
  ctx: ServiceContext,
  bytes: Uint8Array,
  opts: ImportOptions = {},
): Promise<PackImportResult> {
  const file = await checkPackFile(ctx.db, bytes)
  const seenVersion = await beforeUpgrade(ctx, file, opts)
  return inTransaction(ctx, async (tx) => {
    if (tx.engine === 'postgres')
      await sql`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(tx.db)
    const a = await planPack(tx.db, file)
    if (a.preview.status === 'older') throw new AppFailure('conflict', a.preview.message)
    if (!a.plan) return { ...a.preview, applied: false }
    requireConfirmation(a, opts.confirmArchive)
    // Another process upgraded the pack since the backup was decided on: decide again.
    if (a.plan.removed.length > 0 && (a.installed?.version ?? null) !== seenVersion)
      throw new AppFailure(
        'conflict',
        `"${english(a.pack.title)}" was changed by someone else while this file was being imported; import the file again.`,
      )
    const at = tx.now()
    const signerKey = a.signer.kind === 'signed' ? a.signer.publicKey : null
    const packId = await upsertPack(tx.db, a.pack, opts.builtin ?? false, signerKey, at)
    const v = a.pack.version
    const added: FlatItem[] = []
    const replaced: { row: ItemRow; item: FlatItem }[] = []
    const touched: { row: ItemRow; item: FlatItem }[] = []
    const conflicts: { id: number; item: FlatItem }[] = []
    for (const p of a.plan.items) {
      if (p.action === 'add') added.push(p.item)
      else if (p.action === 'restore' || p.action === 'update') replaced.push(p)
      else if (p.action === 'keep') touched.push(p)
      else {
        touched.push(p)
        conflicts.push({ id: p.row.id, item: p.item })
      }
    }
    // A newer version supersedes any conflict still open on the items it replaces or contests.
    await supersedeConflicts(
      tx.db,
      [...replaced.map((p) => p.row.id), ...conflicts.map((c) => c.id)],
      at,
    )
    await insertItems(tx.db, packId, v, added, at)
    for (const p of replaced) await takeTheirs(tx.db, p.row.id, v, p.item, at)
    await touchItems(tx.db, v, touched)
    await insertConflicts(tx.db, v, conflicts, at)
    await archiveItems(
      tx.db,
      a.plan.removed.map((r) => r.id),
      `Removed from the pack in version ${v}.`,
      at,
    )
    const keys = (list: { kind: string; key: string }[]) => list.map((e) => `${e.kind}:${e.key}`)
    await appendAudit(tx, {
      entityType: 'pack',
      entityId: a.pack.id,
      action: a.installed ? 'upgrade' : 'install',
      before: a.installed ? { version: a.installed.version } : undefined,
      after: {
        version: v,
        publisher: english(a.pack.publisher),
        signature: auditSignature(a.signer),
        ...(a.preview.archiveConfirmation ? { archiveConfirmed: true } : {}),
        added: a.preview.added.length,
        changed: keys(a.preview.changed),
        archived: keys(a.preview.removed),
        conflicts: keys(a.preview.conflicts),
        unchanged: a.preview.unchanged,
      },
    })
    return { ...a.preview, applied: true }
  })
}
