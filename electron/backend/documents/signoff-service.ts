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
import { AppFailure } from '../errors'
import type { DocumentData } from './document-data'
import { imageMime } from './image-size'
import {
  exportsWithHash,
  findExport,
  findSnapshotRow,
  listExports,
  listSnapshots,
  snapshotSummary,
} from './signoff-repo'

const APPROVING = new Set(['approved', 'approved_with_amendments'])

/** Exports and sign-offs, newest first. */
export function documentHistory(ctx: ServiceContext): DocumentHistory {
  return { exports: listExports(ctx.db), snapshots: listSnapshots(ctx.db) }
}

/**
 * Records the decision taken on each decision sought, against the frozen snapshot. A snapshot that
 * carries the plan and is approved becomes the baseline for "changes since signature".
 */
export function recordDecisions(
  ctx: ServiceContext,
  input: { snapshotId: number; decisions: Omit<RecordedDecision, 'recordedAt' | 'recordedBy'>[] },
): SnapshotSummary {
  return ctx.db.transaction(() => {
    const snap = findSnapshotRow(ctx.db, input.snapshotId)
    if (!snap) throw new AppFailure('not_found', 'This snapshot does not exist.')
    const sought = JSON.parse(snap.decisions_sought_json) as string[]
    const already = new Set(
      ctx.db
        .prepare('SELECT decision_index FROM decisions WHERE snapshot_id = ?')
        .pluck()
        .all(snap.id) as number[],
    )
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
      if (d.decidedOn > ctx.now().slice(0, 10)) {
        const message = 'The decision date cannot be in the future.'
        throw new AppFailure('validation', message, [
          { path: `decisions.${i}.decidedOn`, code: 'invalid', message },
        ])
      }
    })
    const insert = ctx.db.prepare(
      `INSERT INTO decisions (snapshot_id, decision_index, decision, decided_by, decided_on, comments, recorded_at, recorded_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    for (const d of input.decisions)
      insert.run(
        snap.id,
        d.index,
        d.decision,
        d.decidedBy,
        d.decidedOn,
        d.comments,
        ctx.now(),
        ctx.actor,
      )
    const data = JSON.parse(snap.data_json) as DocumentData
    const approvesPlan =
      data.plan !== undefined && input.decisions.some((d) => APPROVING.has(d.decision))
    if (approvesPlan) {
      ctx.db
        .prepare(
          'INSERT INTO plan_baseline (id, snapshot_id, set_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET snapshot_id = excluded.snapshot_id, set_at = excluded.set_at',
        )
        .run(snap.id, ctx.now())
    }
    if (data.submission)
      ctx.db
        .prepare("UPDATE submissions SET status = 'decided', updated_at = ? WHERE id = ?")
        .run(ctx.now(), data.submission.id)
    appendAudit(ctx, {
      entityType: 'snapshot',
      entityId: snap.reference,
      action: 'record_decisions',
      after: { decisions: input.decisions, baseline: approvesPlan },
    })
    return snapshotSummary(ctx.db, snap)
  })()
}

/** Says whether these bytes are exactly a file Capstan exported, and what it belongs to. */
export function verifyDocument(ctx: ServiceContext, bytes: Uint8Array): VerifyResult {
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const [found] = exportsWithHash(ctx.db, sha256)
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
  const snapRow = found.snapshotId ? findSnapshotRow(ctx.db, found.snapshotId) : undefined
  const snapshot = snapRow ? snapshotSummary(ctx.db, snapRow) : null
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
export function saveExportAs(
  ctx: ServiceContext,
  exportId: number,
  targetPath: string,
): { path: string } {
  const record = findExport(ctx.db, exportId)
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
export function exportFilePath(
  ctx: ServiceContext,
  exportId: number,
): { path: string; fileName: string } | null {
  const record = findExport(ctx.db, exportId)
  if (!record || !ctx.dataDir) return null
  return { path: path.join(ctx.dataDir, 'exports', record.fileName), fileName: record.fileName }
}

/** Sets (PNG/JPEG up to 1 MB) or removes the logo printed on document covers. */
export function setLogo(ctx: ServiceContext, bytes: Uint8Array | null): { hasLogo: boolean } {
  return ctx.db.transaction(() => {
    if (!bytes) {
      ctx.db.prepare('DELETE FROM settings_logo').run()
      appendAudit(ctx, { entityType: 'settings', entityId: 'logo', action: 'remove_logo' })
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
    ctx.db
      .prepare(
        'INSERT INTO settings_logo (id, mime, data, updated_at) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET mime = excluded.mime, data = excluded.data, updated_at = excluded.updated_at',
      )
      .run(mime, Buffer.from(bytes), ctx.now())
    appendAudit(ctx, {
      entityType: 'settings',
      entityId: 'logo',
      action: 'set_logo',
      after: { mime, bytes: bytes.length },
    })
    return { hasLogo: true }
  })()
}
