import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type {
  DocumentOptions,
  DocumentOutline,
  ExportRecord,
  SnapshotSummary,
} from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { AppFailure } from '../errors'
import { canonicalJson } from '../packs/pack-flatten'
import { readSettings } from '../settings/settings-repo'
import { collectPlan } from './collect-plan'
import { collectRisks } from './collect-risks'
import { outlineOf } from './doc-ir'
import { makeTranslator, packTexts } from './doc-text'
import { collectDocument, composeDocument, type DocumentData } from './document-data'
import { renderDocx, type DocumentFrame } from './docx-render'
import { planChanges } from './plan-changes'
import {
  baselineSnapshot,
  findSnapshotRow,
  listExports,
  snapshotSummary,
  type SnapshotRow,
} from './signoff-repo'

const KIND_CODE: Record<DocumentOptions['kind'], string> = {
  status: 'STATUS',
  plan: 'PLAN',
  risks: 'RISK',
  integrity: 'INTEG',
  assessment: 'ASSESS',
  submission: 'SUB',
  changes: 'CHG',
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(
      (w) =>
        /^[A-Za-zÀ-ÿ]/.test(w) &&
        !['of', 'the', 'and', 'de', 'du', 'des', 'la', 'le', 'y', 'del'].includes(w.toLowerCase()),
    )
    .map((w) => w[0]!.toUpperCase())
    .join('')
    .slice(0, 6) || 'ADM'

/** The administration's profile, the marking chosen and its rank (1 = least restricted). */
function context(ctx: ServiceContext, opts: DocumentOptions) {
  const settings = readSettings(ctx.db)
  if (!settings)
    throw new AppFailure(
      'conflict',
      'Finish the setup wizard first: documents need the administration’s name, markings and signatories.',
    )
  const classification = opts.classification ?? settings.classifications[0]!
  const rank = settings.classifications.findIndex(
    (c) => c.toUpperCase() === classification.toUpperCase(),
  )
  if (rank < 0) {
    const message = `Classification must be one of: ${settings.classifications.join(', ')}.`
    throw new AppFailure('validation', message, [
      { path: 'classification', code: 'not_allowed', message },
    ])
  }
  return { settings, classification: settings.classifications[rank]!, maxSensitivity: rank + 1 }
}

/** Collects the live data of a document (changes reports compare with the approved baseline). */
function liveData(
  ctx: ServiceContext,
  opts: DocumentOptions,
  administration: string,
  maxSensitivity: number,
): DocumentData {
  const today = ctx.now().slice(0, 10)
  const data = collectDocument(ctx.db, opts.kind, {
    today,
    administration,
    maxSensitivity,
    subjectId: opts.subjectId,
  })
  if (opts.kind === 'changes') data.changes = changesSinceBaseline(ctx)
  return data
}

/** What changed since the approved plan (the baseline snapshot). */
export function changesSinceBaseline(ctx: ServiceContext) {
  const base = baselineSnapshot(ctx.db)
  if (!base) return { baseline: null, entries: [] }
  const frozen = JSON.parse(base.data_json) as DocumentData
  const today = ctx.now().slice(0, 10)
  const entries = planChanges(frozen, {
    plan: collectPlan(ctx.db),
    // Compare like with like: the register as it was visible at the snapshot's classification.
    risks: collectRisks(ctx.db, today, frozen.maxSensitivity ?? 1),
  })
  return { baseline: { reference: base.reference, createdAt: base.created_at }, entries }
}

/** The headings a document will have, without writing it. */
export function documentOutline(ctx: ServiceContext, opts: DocumentOptions): DocumentOutline {
  const c = context(ctx, opts)
  const data = liveData(ctx, opts, c.settings.administrationName, c.maxSensitivity)
  const composed = composeDocument(data, makeTranslator(opts.language, packTexts(ctx.db)))
  return {
    kind: opts.kind,
    title: composed.title,
    classification: c.classification,
    headings: outlineOf(composed),
    excludedRecords: data.excluded,
  }
}

/** Writes the Word file (from live data, or from a snapshot's frozen data) and records its SHA-256. */
export async function exportDocument(
  ctx: ServiceContext,
  opts: DocumentOptions,
  snapshot?: SnapshotRow,
): Promise<ExportRecord> {
  if (!ctx.dataDir)
    throw new AppFailure('conflict', 'Documents can only be exported from a data folder.')
  const c = context(ctx, opts)
  const data = snapshot
    ? (JSON.parse(snapshot.data_json) as DocumentData)
    : liveData(ctx, opts, c.settings.administrationName, c.maxSensitivity)
  const tr = makeTranslator(opts.language, packTexts(ctx.db))
  const composed = composeDocument(data, tr)
  if (snapshot) composed.decisionsSought = JSON.parse(snapshot.decisions_sought_json) as string[]
  const reference =
    (data.kind === 'submission' && data.submission?.reference) ||
    `${initials(c.settings.administrationName)}/${KIND_CODE[opts.kind]}/${ctx.now().slice(0, 4)}${opts.subjectId ? `-${opts.subjectId}` : ''}`
  const earlier = listExports(ctx.db)
    .filter((e) => e.reference === reference)
    .reverse()
  const version = earlier.length + 1
  const logo = ctx.db.prepare('SELECT mime, data FROM settings_logo WHERE id = 1').get() as
    { mime: 'image/png' | 'image/jpeg'; data: Buffer } | undefined
  const fingerprint = snapshot ? snapshot.fingerprint.slice(0, 12) : null
  const notices = [
    ...(data.excluded > 0
      ? [tr.t('notice.excluded', { count: data.excluded, classification: c.classification })]
      : []),
    ...(data.usesUnconfirmed ? [tr.t('notice.unconfirmed')] : []),
  ]
  const frame: DocumentFrame = {
    administration: c.settings.administrationName,
    logo: logo ? { mime: logo.mime, data: new Uint8Array(logo.data) } : null,
    reference,
    version,
    date: ctx.now(),
    classification: c.classification,
    paper: opts.paper,
    author: ctx.actor,
    reviewers: opts.reviewers,
    history: [
      ...earlier.slice(-8).map((e) => ({
        version: e.docVersion,
        date: e.exportedAt,
        by: e.exportedBy,
        change: e.snapshotReference
          ? tr.t('control.signoff', { snapshot: e.snapshotReference })
          : tr.t('control.exported'),
      })),
      {
        version,
        date: ctx.now(),
        by: ctx.actor,
        change: snapshot
          ? tr.t('control.signoff', { snapshot: snapshot.reference })
          : tr.t('control.thisVersion'),
      },
    ],
    signatories: c.settings.signatories,
    snapshot: snapshot && fingerprint ? { reference: snapshot.reference, fingerprint } : null,
    notices,
  }
  const bytes = await renderDocx(composed, frame, tr)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const dir = path.join(ctx.dataDir, 'exports')
  fs.mkdirSync(dir, { recursive: true })
  const fileName = `${reference.replace(/[^A-Za-z0-9-]+/g, '-')}-v${version}-${opts.language}.docx`
  const file = path.join(dir, fileName)
  fs.writeFileSync(file, bytes)
  try {
    return ctx.db.transaction(() => {
      const r = ctx.db
        .prepare(
          `INSERT INTO document_exports (kind, snapshot_id, reference, doc_version, file_name, sha256, size, language,
             classification, paper, excluded_records, exported_at, exported_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          opts.kind,
          snapshot?.id ?? null,
          reference,
          version,
          fileName,
          sha256,
          bytes.length,
          opts.language,
          c.classification,
          opts.paper,
          data.excluded,
          ctx.now(),
          ctx.actor,
        )
      const record = listExports(ctx.db).find((e) => e.id === Number(r.lastInsertRowid))!
      appendAudit(ctx, {
        entityType: 'document',
        entityId: record.id,
        action: 'export',
        after: { reference, version, fileName, sha256, snapshot: snapshot?.reference ?? null },
      })
      return record
    })()
  } catch (e) {
    fs.rmSync(file, { force: true })
    throw e
  }
}

/** Freezes the document's data in a snapshot and exports the document bound to it. */
export async function prepareSignoff(
  ctx: ServiceContext,
  opts: DocumentOptions,
): Promise<{ snapshot: SnapshotSummary; export: ExportRecord }> {
  const c = context(ctx, opts)
  const data = liveData(ctx, opts, c.settings.administrationName, c.maxSensitivity)
  const composed = composeDocument(data, makeTranslator(opts.language, packTexts(ctx.db)))
  const json = canonicalJson(data)
  const fingerprint = createHash('sha256').update(json).digest('hex')
  const snapshotId = ctx.db.transaction(() => {
    const year = ctx.now().slice(0, 4)
    const { n } = ctx.db
      .prepare('SELECT count(*) AS n FROM snapshots WHERE reference LIKE ?')
      .get(`SNAP-${year}-%`) as { n: number }
    const reference = `SNAP-${year}-${String(n + 1).padStart(4, '0')}`
    const r = ctx.db
      .prepare(
        `INSERT INTO snapshots (reference, kind, title, submission_id, data_json, fingerprint, decisions_sought_json, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        reference,
        opts.kind,
        composed.title,
        data.submission?.id ?? null,
        json,
        fingerprint,
        JSON.stringify(composed.decisionsSought),
        ctx.now(),
        ctx.actor,
      )
    appendAudit(ctx, {
      entityType: 'snapshot',
      entityId: reference,
      action: 'prepare_signoff',
      after: { kind: opts.kind, title: composed.title, fingerprint },
    })
    return Number(r.lastInsertRowid)
  })()
  const row = findSnapshotRow(ctx.db, snapshotId)!
  const exported = await exportDocument(ctx, opts, row)
  return { snapshot: snapshotSummary(ctx.db, row), export: exported }
}
