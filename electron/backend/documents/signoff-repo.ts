import type {
  DocumentKind,
  ExportRecord,
  RecordedDecision,
  SnapshotSummary,
} from '../../../shared/contract'
import type { Db } from '../db/connection'

/** A stored snapshot. */
export interface SnapshotRow {
  id: number
  reference: string
  kind: DocumentKind
  title: string
  submission_id: number | null
  data_json: string
  fingerprint: string
  decisions_sought_json: string
  created_at: string
  created_by: string
}

type Row = Record<string, unknown>

/** Maps an export row, with its snapshot's reference. */
export function toExportRecord(r: Row): ExportRecord {
  return {
    id: Number(r.id),
    kind: r.kind as DocumentKind,
    reference: String(r.reference),
    docVersion: Number(r.doc_version),
    fileName: String(r.file_name),
    sha256: String(r.sha256),
    size: Number(r.size),
    language: String(r.language),
    classification: String(r.classification),
    paper: r.paper as 'a4' | 'letter',
    excludedRecords: Number(r.excluded_records),
    exportedAt: String(r.exported_at),
    exportedBy: String(r.exported_by),
    snapshotId: (r.snapshot_id as number | null) ?? null,
    snapshotReference: (r.snapshot_reference as string | null) ?? null,
  }
}

const EXPORTS = `SELECT e.*, s.reference AS snapshot_reference FROM document_exports e
  LEFT JOIN snapshots s ON s.id = e.snapshot_id`

/** Every export, newest first. */
export function listExports(db: Db): ExportRecord[] {
  return (db.prepare(`${EXPORTS} ORDER BY e.id DESC`).all() as Row[]).map(toExportRecord)
}

/** Exports whose bytes hash to `sha256`. */
export function exportsWithHash(db: Db, sha256: string): ExportRecord[] {
  return (db.prepare(`${EXPORTS} WHERE e.sha256 = ? ORDER BY e.id`).all(sha256) as Row[]).map(
    toExportRecord,
  )
}

/** One export. */
export function findExport(db: Db, id: number): ExportRecord | undefined {
  const r = db.prepare(`${EXPORTS} WHERE e.id = ?`).get(id) as Row | undefined
  return r && toExportRecord(r)
}

/** One snapshot row. */
export function findSnapshotRow(db: Db, id: number): SnapshotRow | undefined {
  return db.prepare('SELECT * FROM snapshots WHERE id = ?').get(id) as SnapshotRow | undefined
}

/** The snapshot of the approved plan, if one was approved. */
export function baselineSnapshot(db: Db): SnapshotRow | undefined {
  return db
    .prepare(
      'SELECT s.* FROM plan_baseline b JOIN snapshots s ON s.id = b.snapshot_id WHERE b.id = 1',
    )
    .get() as SnapshotRow | undefined
}

/** Decisions recorded against a snapshot, by decision number. */
export function decisionsOf(db: Db, snapshotId: number): RecordedDecision[] {
  return (
    db
      .prepare('SELECT * FROM decisions WHERE snapshot_id = ? ORDER BY decision_index')
      .all(snapshotId) as Row[]
  ).map((d) => ({
    index: Number(d.decision_index),
    decision: d.decision as RecordedDecision['decision'],
    decidedBy: String(d.decided_by),
    decidedOn: String(d.decided_on),
    comments: String(d.comments),
    recordedAt: String(d.recorded_at),
    recordedBy: String(d.recorded_by),
  }))
}

/** A snapshot as the UI shows it. */
export function snapshotSummary(db: Db, s: SnapshotRow): SnapshotSummary {
  return {
    id: s.id,
    reference: s.reference,
    kind: s.kind,
    title: s.title,
    fingerprint: s.fingerprint,
    createdAt: s.created_at,
    createdBy: s.created_by,
    decisionsSought: JSON.parse(s.decisions_sought_json) as string[],
    decisions: decisionsOf(db, s.id),
    isBaseline: baselineSnapshot(db)?.id === s.id,
  }
}

/** Every snapshot, newest first. */
export function listSnapshots(db: Db): SnapshotSummary[] {
  return (db.prepare('SELECT * FROM snapshots ORDER BY id DESC').all() as SnapshotRow[]).map((s) =>
    snapshotSummary(db, s),
  )
}
