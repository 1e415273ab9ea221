import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type {
  DocumentHistory,
  RecordedDecision,
  SnapshotSummary,
  VerifyResult,
} from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { inTransaction } from '../db/transaction'
import { AppFailure } from '../errors'
import type { DocumentData } from './document-data'
import { imageMime } from './image-size'
import {
  decisionsOf,
  deleteLogo,
  exportsWithHash,
  findExport,
  findSnapshotHead,
  findSnapshotRow,
  insertDecisions,
  listExports,
  listSnapshots,
  setBaseline,
  snapshotSummary,
  writeLogo,
} from './signoff-repo'
import { markSubmissionDecided } from './submission-service'

const APPROVING = new Set(['approved', 'approved_with_amendments'])

/** Exports and sign-offs, newest first. */
export async function documentHistory(ctx: ServiceContext): Promise<DocumentHistory> {
  const [exports, snapshots] = await Promise.all([listExports(ctx.db), listSnapshots(ctx.db)])
  return { exports, snapshots }
}

/**
 * Records the decision taken on each decision sought, against the frozen snapshot. A snapshot that
 * carries the plan and is approved becomes the baseline for "changes since signature".
 */
export function recordDecisions(
  ctx: ServiceContext,
  input: { snapshotId: number; decisions: Omit<RecordedDecision, 'recordedAt' | 'recordedBy'>[] },
): Promise<SnapshotSummary> {
  return inTransaction(ctx, async (tx) => {
    const snap = await findSnapshotRow(tx.db, input.snapshotId)
    if (!snap) throw new AppFailure('not_found', 'This snapshot does not exist.')
    const sought = JSON.parse(snap.decisions_sought_json) as string[]
    const already = new Set((await decisionsOf(tx.db, snap.id)).map((d) => d.index))
    input.decisions.forEach((d, i) => {
      if (d.index > sought.length) {
        const message = `Decision ${d.index} does not exist: this document seeks ${sought.length} decision(s).`
        throw new AppFailure('validation', message, [
          { path: `decisions.${i}.index`, code: 'invalid', message },
        ])
      }
      if (already.has(d.index))
        throw new AppFailure(
          'conflict',
          `Decision ${d.index} was already recorded for ${snap.reference}; a recorded decision is never overwritten.`,
        )
      if (d.decidedOn > tx.now().slice(0, 10)) {
        const message = 'The decision date cannot be in the future.'
        throw new AppFailure('validation', message, [
          { path: `decisions.${i}.decidedOn`, code: 'invalid', message },
        ])
      }
    })
    await insertDecisions(
      tx.db,
      input.decisions.map((d) => ({
        snapshot_id: snap.id,
        decision_index: d.index,
        decision: d.decision,
        decided_by: d.decidedBy,
        decided_on: d.decidedOn,
        comments: d.comments,
        recorded_at: tx.now(),
        recorded_by: tx.actor,
      })),
    )
    const data = JSON.parse(snap.data_json) as DocumentData
    const approvesPlan =
      data.plan !== undefined && input.decisions.some((d) => APPROVING.has(d.decision))
    if (approvesPlan) await setBaseline(tx.db, snap.id, tx.now())
    if (data.submission) await markSubmissionDecided(tx.db, data.submission.id, tx.now())
    await appendAudit(tx, {
      entityType: 'snapshot',
      entityId: snap.reference,
      action: 'record_decisions',
      after: { decisions: input.decisions, baseline: approvesPlan },
    })
    return snapshotSummary(tx.db, snap)
  })
}

/** Says whether these bytes are exactly a file Capstan exported, and what it belongs to. */
export async function verifyDocument(
  ctx: ServiceContext,
  bytes: Uint8Array,
): Promise<VerifyResult> {
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const [found] = await exportsWithHash(ctx.db, sha256)
  if (!found) {
    return {
      match: false,
      sha256,
      message:
        'This file does not match any document Capstan exported. It may have been changed after export, or come from another installation.',
      export: null,
      snapshot: null,
    }
  }
  const head = found.snapshotId ? await findSnapshotHead(ctx.db, found.snapshotId) : undefined
  const snapshot = head ? await snapshotSummary(ctx.db, head) : null
  const decided = snapshot?.decisions
    .map(
      (d) =>
        `decision ${d.index}: ${d.decision.replace(/_/g, ' ')} by ${d.decidedBy} on ${d.decidedOn}`,
    )
    .join('; ')
  const message =
    `This file is exactly ${found.reference} version ${found.docVersion}, exported by ${found.exportedBy} on ${found.exportedAt.slice(0, 10)}.` +
    (snapshot
      ? ` It belongs to snapshot ${snapshot.reference}${decided ? ` (${decided})` : ' (no decision recorded yet)'}.`
      : ' It was a working copy, not prepared for sign-off.')
  return { match: true, sha256, message, export: found, snapshot }
}

/** Copies an exported file to where the user chose (desktop save dialog). */
export async function saveExportAs(
  ctx: ServiceContext,
  exportId: number,
  targetPath: string,
): Promise<{ path: string }> {
  const record = await findExport(ctx.db, exportId)
  if (!record || !ctx.dataDir)
    throw new AppFailure('not_found', 'This exported document no longer exists.')
  if (!path.isAbsolute(targetPath) || path.extname(targetPath).toLowerCase() !== '.docx') {
    throw new AppFailure('validation', 'Choose a .docx file name in a folder.', [
      { path: 'targetPath', code: 'invalid', message: 'Choose a .docx file name in a folder.' },
    ])
  }
  fs.copyFileSync(path.join(ctx.dataDir, 'exports', record.fileName), targetPath)
  return { path: targetPath }
}

/** Path of a stored export, for the browser-mode download. */
export async function exportFilePath(
  ctx: ServiceContext,
  exportId: number,
): Promise<{ path: string; fileName: string } | null> {
  const record = await findExport(ctx.db, exportId)
  if (!record || !ctx.dataDir) return null
  return { path: path.join(ctx.dataDir, 'exports', record.fileName), fileName: record.fileName }
}

/** Sets (PNG/JPEG up to 1 MB) or removes the logo printed on document covers. */
export function setLogo(
  ctx: ServiceContext,
  bytes: Uint8Array | null,
): Promise<{ hasLogo: boolean }> {
  return inTransaction(ctx, async (tx) => {
    if (!bytes) {
      await deleteLogo(tx.db)
      await appendAudit(tx, { entityType: 'settings', entityId: 'logo', action: 'remove_logo' })
      return { hasLogo: false }
    }
    const mime = imageMime(bytes)
    if (!mime)
      throw new AppFailure('validation', 'The logo must be a PNG or JPEG image.', [
        { path: 'dataBase64', code: 'invalid', message: 'The logo must be a PNG or JPEG image.' },
      ])
    if (bytes.length > 1024 * 1024)
      throw new AppFailure('validation', 'The logo must be at most 1 MB.', [
        { path: 'dataBase64', code: 'too_long', message: 'The logo must be at most 1 MB.' },
      ])
    await writeLogo(tx.db, mime, bytes, tx.now())
    await appendAudit(tx, {
      entityType: 'settings',
      entityId: 'logo',
      action: 'set_logo',
      after: { mime, bytes: bytes.length },
    })
    return { hasLogo: true }
  })
}
