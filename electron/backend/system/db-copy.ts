import Database from 'better-sqlite3'
import { sql } from 'kysely'
import type { ServiceContext } from '../context'
import { auditHead, highestIssued, verifyAudit } from '../audit/audit-repo'
import { inBatches } from '../db/batches'
import { inTransaction } from '../db/transaction'
import { MIGRATIONS } from '../db/migrations'
import { AppFailure } from '../errors'
import { dataTables, rowCount } from './status'

/** What a copy did (or, dry, would do). */
export interface CopyReport {
  dryRun: boolean
  tables: Record<string, number>
  rows: number
  auditHead: { seq: number; hash: string } | null
}

interface TableShape {
  name: string
  primaryKey: string[]
  /** Columns referring to the same table (a parent must be copied before its children). */
  selfReferences: string[]
  dependsOn: string[]
}

// The shape of every table, read once from the SQLite migrations (the reference schema; the
// PostgreSQL schema is kept equal to it by a test).
let shapes: Map<string, TableShape> | undefined
function tableShapes(): Map<string, TableShape> {
  if (shapes) return shapes
  const db = new Database(':memory:')
  try {
    for (const m of MIGRATIONS) db.exec(m.sql)
    const names = (
      db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .all() as { name: string }[]
    ).map((r) => r.name)
    shapes = new Map()
    for (const name of names) {
      const pk = db
        .prepare('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk')
        .all(name) as { name: string }[]
      const fks = db
        .prepare('SELECT "from", "table" FROM pragma_foreign_key_list(?)')
        .all(name) as {
        from: string
        table: string
      }[]
      shapes.set(name, {
        name,
        primaryKey: pk.map((c) => c.name),
        selfReferences: fks.filter((f) => f.table === name).map((f) => f.from),
        dependsOn: [...new Set(fks.filter((f) => f.table !== name).map((f) => f.table))],
      })
    }
    return shapes
  } finally {
    db.close()
  }
}

/** Tables ordered so that every table comes after the tables it refers to. */
export function copyOrder(tables: readonly string[]): string[] {
  const all = tableShapes()
  const done = new Set<string>()
  const order: string[] = []
  const visit = (t: string) => {
    if (done.has(t)) return
    done.add(t)
    for (const dep of all.get(t)?.dependsOn ?? []) visit(dep)
    if (tables.includes(t)) order.push(t)
  }
  for (const t of [...tables].sort()) visit(t)
  return order
}

// Parents before children within a self-referencing table (results under results, …).
function parentsFirst(rows: Record<string, unknown>[], refs: string[]): Record<string, unknown>[] {
  if (refs.length === 0) return rows
  const byId = new Map(rows.map((r) => [r.id, r]))
  const placed = new Set<unknown>()
  const out: Record<string, unknown>[] = []
  const place = (r: Record<string, unknown>, depth: number) => {
    if (placed.has(r.id) || depth > rows.length) return
    for (const col of refs) {
      const parent = r[col] === null ? undefined : byId.get(r[col])
      if (parent) place(parent, depth + 1)
    }
    placed.add(r.id)
    out.push(r)
  }
  for (const r of rows) place(r, 0)
  return out
}

const PAGE = 2000
// PostgreSQL accepts at most 65,535 bound parameters per statement.
const MAX_PARAMS = 30_000

async function readAll(ctx: ServiceContext, table: string): Promise<Record<string, unknown>[]> {
  const shape = tableShapes().get(table)
  const pk = shape?.primaryKey.length ? shape.primaryKey : []
  const rows: Record<string, unknown>[] = []
  for (let offset = 0; ; offset += PAGE) {
    let q = ctx.db.selectFrom(table as never).selectAll()
    for (const c of pk) q = q.orderBy(sql.ref(c))
    const page = (await q.limit(PAGE).offset(offset).execute()) as Record<string, unknown>[]
    rows.push(...page)
    if (page.length < PAGE) return rows
  }
}

async function writeAll(
  tx: ServiceContext,
  table: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return
  const perRow = Object.keys(rows[0]!).length
  const batch = Math.max(1, Math.min(500, Math.floor(MAX_PARAMS / perRow)))
  for (const part of inBatches(rows, batch))
    await tx.db
      .insertInto(table as never)
      .values(part as never)
      .execute()
}

// New ids on PostgreSQL come from identity sequences: move them past the copied rows.
async function resetIdentities(tx: ServiceContext, tables: string[]): Promise<void> {
  for (const t of tables) {
    const shape = tableShapes().get(t)
    if (shape?.primaryKey.length !== 1 || shape.primaryKey[0] !== 'id') continue
    await sql`SELECT setval(seq, coalesce((SELECT max(id) FROM ${sql.table(t)}), 1),
        (SELECT max(id) FROM ${sql.table(t)}) IS NOT NULL)
      FROM pg_get_serial_sequence(${t}, 'id') AS seq WHERE seq IS NOT NULL`.execute(tx.db)
  }
}

async function setAuditIssued(tx: ServiceContext, seq: number): Promise<void> {
  if (tx.engine === 'postgres') {
    await tx.db
      .insertInto('audit_issued')
      .values({ id: 1, seq })
      .onConflict((oc) => oc.column('id').doUpdateSet({ seq }))
      .execute()
    return
  }
  if (seq === 0) return
  await sql`UPDATE sqlite_sequence SET seq = ${seq} WHERE name = 'audit_log'`.execute(tx.db)
  await sql`INSERT INTO sqlite_sequence (name, seq) SELECT 'audit_log', ${seq}
    WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'audit_log')`.execute(tx.db)
}

/**
 * Copies every row of every table from one administration to another (possibly on the other
 * engine) in one transaction on the target. Refuses a target that holds any data.
 */
export async function copyDatabase(
  from: ServiceContext,
  to: ServiceContext | undefined,
  opts: { dryRun: boolean },
): Promise<CopyReport> {
  const tables = copyOrder(await dataTables(from))
  const counts: Record<string, number> = {}
  for (const t of tables) counts[t] = await rowCount(from, t)
  const rows = Object.values(counts).reduce((s, n) => s + n, 0)
  const head = (await auditHead(from)) ?? null
  if (opts.dryRun || !to) return { dryRun: true, tables: counts, rows, auditHead: head }

  const occupied: string[] = []
  for (const t of await dataTables(to)) if ((await rowCount(to, t)) > 0) occupied.push(t)
  if (occupied.length > 0)
    throw new AppFailure(
      'conflict',
      `The target already holds Capstan data (${occupied.slice(0, 3).join(', ')}${occupied.length > 3 ? ', …' : ''}): copy only into a new folder or an empty database. Nothing was copied.`,
    )
  await inTransaction(to, (tx) => copyRows(from, tx, tables))
  await checkCopiedTrail(to, head)
  return { dryRun: false, tables: counts, rows, auditHead: head }
}

async function copyRows(from: ServiceContext, tx: ServiceContext, tables: string[]): Promise<void> {
  for (const t of tables) {
    const shape = tableShapes().get(t)
    await writeAll(tx, t, parentsFirst(await readAll(from, t), shape?.selfReferences ?? []))
  }
  if (tx.engine === 'postgres') await resetIdentities(tx, tables)
  await setAuditIssued(tx, await highestIssued(from))
}

async function checkCopiedTrail(
  to: ServiceContext,
  head: { seq: number; hash: string } | null,
): Promise<void> {
  const verified = await verifyAudit(to)
  const targetHead = (await auditHead(to)) ?? null
  if (!verified.intact || targetHead?.hash !== head?.hash)
    throw new AppFailure(
      'internal',
      `The copy was written but its audit trail does not match the source (${verified.firstBad?.problem ?? 'different head entry'}).`,
    )
}

/**
 * Replaces every row of a PostgreSQL administration with those of another (a restore), in one
 * transaction: the trail's append-only triggers are lifted only inside it.
 */
export async function replaceDatabase(from: ServiceContext, to: ServiceContext): Promise<void> {
  if (to.engine !== 'postgres') throw new Error('replaceDatabase is for PostgreSQL targets')
  const tables = copyOrder(await dataTables(from))
  const present = await dataTables(to)
  const head = (await auditHead(from)) ?? null
  await inTransaction(to, async (tx) => {
    const all = sql.join(present.map((t) => sql.table(t)))
    for (const t of present)
      await sql`ALTER TABLE ${sql.table(t)} DISABLE TRIGGER USER`.execute(tx.db)
    await sql`TRUNCATE ${all} RESTART IDENTITY`.execute(tx.db)
    for (const t of present)
      await sql`ALTER TABLE ${sql.table(t)} ENABLE TRIGGER USER`.execute(tx.db)
    await copyRows(from, tx, tables)
  })
  await checkCopiedTrail(to, head)
}
