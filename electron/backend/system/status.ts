import { sql } from 'kysely'
import type { ServiceContext } from '../context'
import type { Storage } from '../db/connection'
import { schemaVersion } from '../db/migrate'
import { auditHead, countAudit, verifyAudit } from '../audit/audit-repo'

/** What `capstan status` reports. */
export interface DataStatus {
  engine: Storage['engine']
  /** The file or database URL (never with its password). */
  location: string
  schemaVersion: number
  tables: Record<string, number>
  auditEntries: number
  auditIntact: boolean
  /** The newest audit entry: what an exported document or backup anchors to. */
  auditHead: { seq: number; hash: string } | null
}

// Bookkeeping of one engine only (PostgreSQL's schema version and audit counter).
const ENGINE_TABLES = new Set(['capstan_schema', 'audit_issued'])

/** The application's tables on either engine, by name. */
export async function dataTables(ctx: ServiceContext): Promise<string[]> {
  const tables = await ctx.db.introspection.getTables()
  return tables
    .filter((t) => !t.isView && !t.name.startsWith('sqlite_') && !ENGINE_TABLES.has(t.name))
    .map((t) => t.name)
    .sort()
}

/** Row count of one table (the name must come from `dataTables`, never from input). */
export async function rowCount(ctx: ServiceContext, table: string): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(ctx.db)
  return Number(r.rows[0]?.n ?? 0)
}

/** Schema version, row counts per table and the audit trail's size, head and state. */
/**
 * `startupVerified`: the start-up check has just verified the trail up to its head (from its
 * checkpoint on), so the whole chain need not be walked again.
 */
export async function dataStatus(
  ctx: ServiceContext,
  storage: Storage,
  startupVerified = false,
): Promise<DataStatus> {
  const tables: Record<string, number> = {}
  for (const name of await dataTables(ctx)) tables[name] = await rowCount(ctx, name)
  return {
    engine: storage.engine,
    location: storage.location,
    schemaVersion: await schemaVersion(storage),
    tables,
    auditEntries: await countAudit(ctx),
    auditIntact: startupVerified || (await verifyAudit(ctx)).intact,
    auditHead: (await auditHead(ctx)) ?? null,
  }
}
