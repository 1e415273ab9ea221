import { createHash } from 'node:crypto'
import type {
  ChangeEntry,
  ChangesReport,
  DocumentOptions,
  DocumentOutline,
  ExportRecord,
  SnapshotSummary,
} from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { AppFailure } from '../errors'
import { canonicalJson } from '../packs/pack-flatten'
import { inTransaction } from '../db/transaction'
import { getSettings } from '../settings/settings-service'
import { collectPlan } from './collect-plan'
import { collectRisks } from './collect-risks'
import { outlineOf } from './doc-ir'
import { makeTranslator, packTexts } from './doc-text'
import { collectDocument, composeDocument, type DocumentData } from './document-data'
import type { DocumentFrame } from './docx-render'
import { planChanges } from './plan-changes'
import { lockDocumentNumbering, writeExport, type ExportState } from './export-write'
import {
  baselineSnapshot,
  countSnapshotsWithPrefix,
  insertSnapshot,
  readLogo,
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
async function context(ctx: ServiceContext, opts: DocumentOptions) {
  const settings = await getSettings(ctx)
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
async function liveData(
  ctx: ServiceContext,
  opts: DocumentOptions,
  administration: string,
  maxSensitivity: number,
): Promise<DocumentData> {
  const today = ctx.now().slice(0, 10)
  const data = await collectDocument(ctx.db, opts.kind, {
    today,
    administration,
    maxSensitivity,
    subjectId: opts.subjectId,
  })
  if (opts.kind === 'changes') data.changes = await changesSinceBaseline(ctx)
  return data
}

/** What changed since the approved plan (the baseline snapshot). */
export async function changesSinceBaseline(ctx: ServiceContext): Promise<{
  baseline: { reference: string; createdAt: string } | null
  entries: ChangeEntry[]
}> {
  return (await baselineChanges(ctx)).changes
}

// The baseline snapshot (if any) and what changed since.
async function baselineChanges(ctx: ServiceContext) {
  const base = await baselineSnapshot(ctx.db)
  if (!base) return { base, changes: { baseline: null, entries: [] } }
  const frozen = JSON.parse(base.data_json) as DocumentData
  const today = ctx.now().slice(0, 10)
  const [plan, risks] = await Promise.all([
    collectPlan(ctx.db),
    // Compare like with like: the register as it was visible at the snapshot's classification.
    collectRisks(ctx.db, today, frozen.maxSensitivity ?? 1),
  ])
  const entries = planChanges(frozen, { plan, risks })
  return {
    base,
    changes: { baseline: { reference: base.reference, createdAt: base.created_at }, entries },
  }
}

/** The changes report: the baseline snapshot as the UI shows it, and what changed since. */
export async function changesReport(ctx: ServiceContext): Promise<ChangesReport> {
  const { base, changes } = await baselineChanges(ctx)
  return {
    baseline: base ? await snapshotSummary(ctx.db, base) : null,
    entries: changes.entries,
  }
}

/** The headings a document will have, without writing it. */
export async function documentOutline(
  ctx: ServiceContext,
  opts: DocumentOptions,
): Promise<DocumentOutline> {
  const c = await context(ctx, opts)
  const data = await liveData(ctx, opts, c.settings.administrationName, c.maxSensitivity)
  const composed = composeDocument(data, makeTranslator(opts.language, await packTexts(ctx.db)))
  return {
    kind: opts.kind,
    title: composed.title,
    classification: c.classification,
    headings: outlineOf(composed),
    excludedRecords: data.excluded,
  }
}

/**
 * Writes the Word file (from live data, or from a snapshot's frozen data) and records its version
 * and SHA-256; the file carries the audit head at export time in its custom properties.
 */
export async function exportDocument(
  ctx: ServiceContext,
  opts: DocumentOptions,
  snapshot?: SnapshotRow,
): Promise<ExportRecord> {
  if (!ctx.dataDir)
    throw new AppFailure('conflict', 'Documents can only be exported from a data folder.')
  const c = await context(ctx, opts)
  const data = snapshot
    ? (JSON.parse(snapshot.data_json) as DocumentData)
    : await liveData(ctx, opts, c.settings.administrationName, c.maxSensitivity)
  const tr = makeTranslator(opts.language, await packTexts(ctx.db))
  const composed = composeDocument(data, tr)
  if (snapshot) composed.decisionsSought = JSON.parse(snapshot.decisions_sought_json) as string[]
  const reference =
    (data.kind === 'submission' && data.submission?.reference) ||
    `${initials(c.settings.administrationName)}/${KIND_CODE[opts.kind]}/${ctx.now().slice(0, 4)}${opts.subjectId ? `-${opts.subjectId}` : ''}`
  const logo = await readLogo(ctx.db)
  const fingerprint = snapshot ? snapshot.fingerprint.slice(0, 12) : null
  const notices = [
    ...(data.excluded > 0
      ? [tr.t('notice.excluded', { count: data.excluded, classification: c.classification })]
      : []),
    ...(data.usesUnconfirmed ? [tr.t('notice.unconfirmed')] : []),
  ]
  const frameFor = ({ earlier, version, auditHead }: ExportState): DocumentFrame => ({
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
    auditHead,
  })
  return writeExport(ctx, {
    reference,
    language: opts.language,
    // The Word writer (docx) loads with the first export, not with every start of Capstan.
    render: async (state) =>
      (await import('./docx-render')).renderDocx(composed, frameFor(state), tr),
    record: {
      kind: opts.kind,
      snapshot_id: snapshot?.id ?? null,
      classification: c.classification,
      paper: opts.paper,
      excluded_records: data.excluded,
    },
    snapshotReference: snapshot?.reference ?? null,
  })
}

/** Freezes the document's data in a snapshot and exports the document bound to it. */
export async function prepareSignoff(
  ctx: ServiceContext,
  opts: DocumentOptions,
): Promise<{ snapshot: SnapshotSummary; export: ExportRecord }> {
  const c = await context(ctx, opts)
  const data = await liveData(ctx, opts, c.settings.administrationName, c.maxSensitivity)
  const composed = composeDocument(data, makeTranslator(opts.language, await packTexts(ctx.db)))
  const json = canonicalJson(data)
  const fingerprint = createHash('sha256').update(json).digest('hex')
  const row = await inTransaction(ctx, async (tx) => {
    await lockDocumentNumbering(tx)
    const year = tx.now().slice(0, 4)
    const n = await countSnapshotsWithPrefix(tx.db, `SNAP-${year}-`)
    const reference = `SNAP-${year}-${String(n + 1).padStart(4, '0')}`
    const snap = {
      reference,
      kind: opts.kind,
      title: composed.title,
      submission_id: data.submission?.id ?? null,
      data_json: json,
      fingerprint,
      decisions_sought_json: JSON.stringify(composed.decisionsSought),
      created_at: tx.now(),
      created_by: tx.actor,
    }
    const id = await insertSnapshot(tx.db, snap)
    await appendAudit(tx, {
      entityType: 'snapshot',
      entityId: reference,
      action: 'prepare_signoff',
      after: { kind: opts.kind, title: composed.title, fingerprint },
    })
    return { id, ...snap }
  })
  const exported = await exportDocument(ctx, opts, row)
  return { snapshot: await snapshotSummary(ctx.db, row), export: exported }
}
