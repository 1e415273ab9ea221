import type { Selectable } from 'kysely'
import type { ExportRecord, RecordedDecision, SnapshotSummary } from '../../../shared/contract'
import type { Db } from '../db/database'
import type { DecisionsTable, DocumentExportsTable, SnapshotsTable } from './documents-tables'

/** A stored snapshot, with its frozen data. */
export type SnapshotRow = Selectable<SnapshotsTable>

/** A snapshot without its frozen data (which can weigh megabytes). */
export type SnapshotHead = Omit<SnapshotRow, 'data_json'>

const HEAD = [
  'id',
  'reference',
  'kind',
  'title',
  'submission_id',
  'fingerprint',
  'decisions_sought_json',
  'created_at',
  'created_by',
] as const

const exportsQuery = (db: Db) =>
  db
    .selectFrom('document_exports as e')
    .leftJoin('snapshots as s', 's.id', 'e.snapshot_id')
    .selectAll('e')
    .select('s.reference as snapshot_reference')

type ExportRow = Awaited<ReturnType<ReturnType<typeof exportsQuery>['executeTakeFirstOrThrow']>>

/** Maps an export row, with its snapshot's reference. */
export function toExportRecord(r: ExportRow): ExportRecord {
  return {
    id: r.id,
    kind: r.kind,
    reference: r.reference,
    docVersion: Number(r.doc_version),
    fileName: r.file_name,
    sha256: r.sha256,
    size: Number(r.size),
    language: r.language,
    classification: r.classification,
    paper: r.paper,
    excludedRecords: Number(r.excluded_records),
    exportedAt: r.exported_at,
    exportedBy: r.exported_by,
    snapshotId: r.snapshot_id ?? null,
    snapshotReference: r.snapshot_reference ?? null,
  }
}

/** Every export, newest first. */
export async function listExports(db: Db): Promise<ExportRecord[]> {
  const rows = await exportsQuery(db).orderBy('e.id', 'desc').execute()
  return rows.map(toExportRecord)
}

/** Exports of one document reference, oldest first. */
export async function exportsOfReference(db: Db, reference: string): Promise<ExportRecord[]> {
  const rows = await exportsQuery(db).where('e.reference', '=', reference).orderBy('e.id').execute()
  return rows.map(toExportRecord)
}

/** Exports whose bytes hash to `sha256`. */
export async function exportsWithHash(db: Db, sha256: string): Promise<ExportRecord[]> {
  const rows = await exportsQuery(db).where('e.sha256', '=', sha256).orderBy('e.id').execute()
  return rows.map(toExportRecord)
}

/** One export. */
export async function findExport(db: Db, id: number): Promise<ExportRecord | undefined> {
  const r = await exportsQuery(db).where('e.id', '=', id).executeTakeFirst()
  return r && toExportRecord(r)
}

/** Records a written file; returns its id. */
export async function insertExport(
  db: Db,
  row: Omit<Selectable<DocumentExportsTable>, 'id'>,
): Promise<number> {
  const r = await db
    .insertInto('document_exports')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return r.id
}

/** One snapshot row, with its frozen data. */
export function findSnapshotRow(db: Db, id: number): Promise<SnapshotRow | undefined> {
  return db.selectFrom('snapshots').selectAll().where('id', '=', id).executeTakeFirst()
}

/** One snapshot without its frozen data. */
export function findSnapshotHead(db: Db, id: number): Promise<SnapshotHead | undefined> {
  return db.selectFrom('snapshots').select(HEAD).where('id', '=', id).executeTakeFirst()
}

/** How many snapshot references start with `prefix`. */
export async function countSnapshotsWithPrefix(db: Db, prefix: string): Promise<number> {
  const r = await db
    .selectFrom('snapshots')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('reference', 'like', `${prefix}%`)
    .executeTakeFirstOrThrow()
  return Number(r.n)
}

/** Stores a snapshot; returns its id. */
export async function insertSnapshot(db: Db, row: Omit<SnapshotRow, 'id'>): Promise<number> {
  const r = await db.insertInto('snapshots').values(row).returning('id').executeTakeFirstOrThrow()
  return r.id
}

/** Id of the approved plan's snapshot, if a plan was approved. */
export async function baselineSnapshotId(db: Db): Promise<number | undefined> {
  const r = await db
    .selectFrom('plan_baseline')
    .select('snapshot_id')
    .where('id', '=', 1)
    .executeTakeFirst()
  return r?.snapshot_id
}

/** The snapshot of the approved plan, with its frozen data, if one was approved. */
export async function baselineSnapshot(db: Db): Promise<SnapshotRow | undefined> {
  const id = await baselineSnapshotId(db)
  return id === undefined ? undefined : findSnapshotRow(db, id)
}

/** Makes a snapshot the approved baseline. */
export async function setBaseline(db: Db, snapshotId: number, at: string): Promise<void> {
  await db
    .insertInto('plan_baseline')
    .values({ id: 1, snapshot_id: snapshotId, set_at: at })
    .onConflict((oc) => oc.column('id').doUpdateSet({ snapshot_id: snapshotId, set_at: at }))
    .execute()
}

const toDecision = (d: Selectable<DecisionsTable>): RecordedDecision => ({
  index: Number(d.decision_index),
  decision: d.decision,
  decidedBy: d.decided_by,
  decidedOn: d.decided_on,
  comments: d.comments,
  recordedAt: d.recorded_at,
  recordedBy: d.recorded_by,
})

/** Decisions recorded against a snapshot, by decision number. */
export async function decisionsOf(db: Db, snapshotId: number): Promise<RecordedDecision[]> {
  const rows = await db
    .selectFrom('decisions')
    .selectAll()
    .where('snapshot_id', '=', snapshotId)
    .orderBy('decision_index')
    .orderBy('id')
    .execute()
  return rows.map(toDecision)
}

/** Records decisions against a snapshot. */
export async function insertDecisions(
  db: Db,
  rows: Omit<Selectable<DecisionsTable>, 'id'>[],
): Promise<void> {
  if (rows.length > 0) await db.insertInto('decisions').values(rows).execute()
}

function toSummary(
  s: SnapshotHead,
  decisions: RecordedDecision[],
  baselineId: number | undefined,
): SnapshotSummary {
  return {
    id: s.id,
    reference: s.reference,
    kind: s.kind,
    title: s.title,
    fingerprint: s.fingerprint,
    createdAt: s.created_at,
    createdBy: s.created_by,
    decisionsSought: JSON.parse(s.decisions_sought_json) as string[],
    decisions,
    isBaseline: baselineId === s.id,
  }
}

/** A snapshot as the UI shows it. */
export async function snapshotSummary(db: Db, s: SnapshotHead): Promise<SnapshotSummary> {
  const [decisions, baselineId] = await Promise.all([decisionsOf(db, s.id), baselineSnapshotId(db)])
  return toSummary(s, decisions, baselineId)
}

/** Every snapshot, newest first (three queries, whatever the number of snapshots). */
export async function listSnapshots(db: Db): Promise<SnapshotSummary[]> {
  const [heads, decisions, baselineId] = await Promise.all([
    db.selectFrom('snapshots').select(HEAD).orderBy('id', 'desc').execute(),
    db
      .selectFrom('decisions')
      .selectAll()
      .orderBy('snapshot_id')
      .orderBy('decision_index')
      .orderBy('id')
      .execute(),
    baselineSnapshotId(db),
  ])
  const bySnapshot = new Map<number, RecordedDecision[]>()
  for (const d of decisions) {
    const list = bySnapshot.get(d.snapshot_id) ?? []
    list.push(toDecision(d))
    bySnapshot.set(d.snapshot_id, list)
  }
  return heads.map((s) => toSummary(s, bySnapshot.get(s.id) ?? [], baselineId))
}

/** The logo printed on document covers, if one was set. */
export function readLogo(
  db: Db,
): Promise<{ mime: 'image/png' | 'image/jpeg'; data: Uint8Array } | undefined> {
  return db
    .selectFrom('settings_logo')
    .select(['mime', 'data'])
    .where('id', '=', 1)
    .executeTakeFirst()
}

/** Sets the logo. */
export async function writeLogo(
  db: Db,
  mime: 'image/png' | 'image/jpeg',
  data: Uint8Array,
  at: string,
): Promise<void> {
  const values = { mime, data: Buffer.from(data), updated_at: at }
  await db
    .insertInto('settings_logo')
    .values({ id: 1, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute()
}

/** Removes the logo. */
export async function deleteLogo(db: Db): Promise<void> {
  await db.deleteFrom('settings_logo').execute()
}
