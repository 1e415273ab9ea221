import type { AuditEntry, AuditPage, AuditVerification } from '../../../shared/contract'
import type { ServiceContext } from '../context'
import type { Db } from '../db/connection'
import { findChainBreak, GENESIS_HASH, hashEntry, type AuditRow } from './audit-chain'

/** What a service records about one change. */
export interface AuditRecord {
  entityType: string
  entityId: string | number
  action: string
  before?: unknown
  after?: unknown
}

const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v))

/** Appends one entry. Call inside the service's transaction so it commits with the change. */
export function appendAudit(ctx: ServiceContext, rec: AuditRecord): void {
  const { db } = ctx
  if (!db.inTransaction) throw new Error('appendAudit must run inside the mutation transaction')
  const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined
  const row: Omit<AuditRow, 'hash'> = {
    seq: highestIssued(db) + 1,
    at: ctx.now(),
    actor: ctx.actor,
    entity_type: rec.entityType,
    entity_id: String(rec.entityId),
    action: rec.action,
    before_json: json(rec.before),
    after_json: json(rec.after),
    prev_hash: last?.hash ?? GENESIS_HASH,
  }
  db.prepare(
    `INSERT INTO audit_log (seq, at, actor, entity_type, entity_id, action, before_json, after_json, prev_hash, hash)
     VALUES (@seq, @at, @actor, @entity_type, @entity_id, @action, @before_json, @after_json, @prev_hash, @hash)`,
  ).run({ ...row, hash: hashEntry(row) })
}

function highestIssued(db: Db): number {
  const r = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").get() as
    { seq: number } | undefined
  return r?.seq ?? 0
}

const toEntry = (r: AuditRow): AuditEntry => ({
  seq: r.seq,
  at: r.at,
  actor: r.actor,
  entityType: r.entity_type,
  entityId: r.entity_id,
  action: r.action,
  before: r.before_json === null ? null : JSON.parse(r.before_json),
  after: r.after_json === null ? null : JSON.parse(r.after_json),
  hash: r.hash,
})

/** Newest first. */
export function listAudit(
  db: Db,
  q: { limit: number; offset: number; entityType?: string },
): AuditPage {
  const where = q.entityType ? 'WHERE entity_type = @entityType' : ''
  const rows = db
    .prepare(`SELECT * FROM audit_log ${where} ORDER BY seq DESC LIMIT @limit OFFSET @offset`)
    .all(q) as AuditRow[]
  const { n } = db.prepare(`SELECT count(*) AS n FROM audit_log ${where}`).get(q) as { n: number }
  return { entries: rows.map(toEntry), total: n }
}

/** Walks the whole chain, streaming rows so large trails use little memory. */
export function verifyAudit(db: Db): AuditVerification {
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<AuditRow>
  const result = findChainBreak(rows, highestIssued(db))
  return result.firstBad
    ? { intact: false, checked: result.checked, firstBad: result.firstBad }
    : { intact: true, checked: result.checked }
}

/** Number of entries in the trail. */
export function countAudit(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n
}
