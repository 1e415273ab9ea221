import fs from 'node:fs'
import Database from 'better-sqlite3'
import { sql } from 'kysely'
import type { AuditEntry, AuditPage, AuditVerification } from '../../../shared/contract'
import type { ServiceContext } from '../context'
import {
  findChainBreak,
  GENESIS_HASH,
  hashEntry,
  type AuditAnchor,
  type AuditRow,
} from './audit-chain'

/** What a service records about one change. */
export interface AuditRecord {
  entityType: string
  entityId: string | number
  action: string
  before?: unknown
  after?: unknown
}

const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v))

// Any constant shared by every Capstan process: appends to the chain take this lock in turn.
const AUDIT_LOCK = 7_240_101

/**
 * Appends one entry. Call inside the service's transaction so it commits with the change.
 * Appends serialise: SQLite's write lock (taken at BEGIN) on one engine, a transaction-scoped
 * advisory lock on PostgreSQL, so two writers never chain onto the same previous entry.
 */
export async function appendAudit(ctx: ServiceContext, rec: AuditRecord): Promise<void> {
  const { db } = ctx
  if (!db.isTransaction) throw new Error('appendAudit must run inside the mutation transaction')
  if (ctx.engine === 'postgres') await sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK})`.execute(db)
  const last = await db
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst()
  const seq = (await highestIssued(ctx)) + 1
  const row: Omit<AuditRow, 'hash'> = {
    seq,
    at: ctx.now(),
    actor: ctx.actor,
    entity_type: rec.entityType,
    entity_id: String(rec.entityId),
    action: rec.action,
    before_json: json(rec.before),
    after_json: json(rec.after),
    prev_hash: last?.hash ?? GENESIS_HASH,
  }
  await db
    .insertInto('audit_log')
    .values({ ...row, hash: hashEntry(row) })
    .execute()
  if (ctx.engine === 'postgres')
    await db.updateTable('audit_issued').set({ seq }).where('id', '=', 1).execute()
  ctx.written?.add(rec.entityType)
}

/** The highest entry number ever issued, kept apart from the trail so deleting its tail shows:
  SQLite's AUTOINCREMENT counter, or PostgreSQL's one-row audit_issued table. */
export async function highestIssued(ctx: ServiceContext): Promise<number> {
  if (ctx.engine === 'postgres') {
    const r = await ctx.db.selectFrom('audit_issued').select('seq').executeTakeFirst()
    return r?.seq ?? 0
  }
  const r = await sql<{
    seq: number
  }>`SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'`.execute(ctx.db)
  return r.rows[0]?.seq ?? 0
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
export async function listAudit(
  ctx: ServiceContext,
  q: { limit: number; offset: number; entityType?: string },
): Promise<AuditPage> {
  let total = ctx.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n'))
  if (q.entityType) total = total.where('entity_type', '=', q.entityType)
  const n = Number((await total.executeTakeFirstOrThrow()).n)
  let page = ctx.db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(q.limit)
  const head = await auditHead(ctx)
  if (q.entityType) {
    page = page.where('entity_type', '=', q.entityType).offset(q.offset)
  } else if (head && head.seq === n) {
    // An unbroken trail numbers its entries 1…n, so a page starts at a known number: no need
    // to step over every newer entry as OFFSET would (the last page of a long trail).
    page = page.where('seq', '<=', head.seq - q.offset)
  } else {
    page = page.offset(q.offset)
  }
  const rows = await page.execute()
  return { entries: rows.map(toEntry), total: n }
}

const PAGE = 2000

// The trail in order, a page at a time, so a long trail never sits in memory whole.
async function* entriesInOrder(ctx: ServiceContext): AsyncGenerator<AuditRow> {
  let after = 0
  for (;;) {
    const rows = await ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(PAGE)
      .execute()
    yield* rows
    if (rows.length < PAGE) return
    after = rows.at(-1)!.seq
  }
}

/** Walks the whole chain. */
export async function verifyAudit(ctx: ServiceContext): Promise<AuditVerification> {
  const result = await findChainBreak(entriesInOrder(ctx), () => highestIssued(ctx))
  return result.firstBad
    ? { intact: false, checked: result.checked, firstBad: result.firstBad }
    : { intact: true, checked: result.checked }
}

/** Number of entries in the trail. */
export async function countAudit(ctx: ServiceContext): Promise<number> {
  const r = await ctx.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(r.n)
}

/** The newest entry's number and hash, or undefined for an empty trail. */
export async function auditHead(
  ctx: ServiceContext,
): Promise<{ seq: number; hash: string } | undefined> {
  return ctx.db
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst()
}

/** What the current trail says about an entry that was recorded outside it. */
export type AnchorState =
  | { state: 'intact'; checked: number }
  | { state: 'rewritten'; currentHash: string }
  | { state: 'missing'; headSeq: number }
  | { state: 'broken'; checked: number; problem: string }

/**
 * Checks that the trail still holds this exact entry (same number, same hash) and that the chain
 * verifies from the first entry to the head. A trail rewritten with every hash recomputed passes
 * `verifyAudit`, but not this check against a copy of an entry taken before the rewrite.
 */
export async function checkAnchor(
  ctx: ServiceContext,
  anchor: Pick<AuditAnchor, 'seq' | 'hash'>,
): Promise<AnchorState> {
  const entry = await ctx.db
    .selectFrom('audit_log')
    .select('hash')
    .where('seq', '=', anchor.seq)
    .executeTakeFirst()
  if (!entry) return { state: 'missing', headSeq: (await auditHead(ctx))?.seq ?? 0 }
  if (entry.hash !== anchor.hash) return { state: 'rewritten', currentHash: entry.hash }
  const v = await verifyAudit(ctx)
  return v.firstBad
    ? { state: 'broken', checked: v.checked, problem: v.firstBad.problem }
    : { state: 'intact', checked: v.checked }
}

/**
 * The newest entry of the trail inside another SQLite file (a backup, a copied database), opened
 * read-only so the file is never changed; null when its trail is empty. Throws when the file is
 * not a database or holds no audit trail.
 */
export function auditHeadOfDatabaseFile(file: string): AuditAnchor | null {
  // A read-only connection to a WAL-mode file still creates its -wal and -shm companions; remove
  // those this call created, so checking a backup leaves its folder as it was.
  const created = ['-wal', '-shm'].map((s) => file + s).filter((f) => !fs.existsSync(f))
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const row = db
      .prepare('SELECT seq, hash, at FROM audit_log ORDER BY seq DESC LIMIT 1')
      .get() as { seq: number; hash: string; at: string } | undefined
    return row ? { seq: row.seq, hash: row.hash, recordedAt: row.at } : null
  } finally {
    db.close()
    for (const f of created) fs.rmSync(f, { force: true })
  }
}
