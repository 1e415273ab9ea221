import path from 'node:path'
import type Database from 'better-sqlite3'
import type pg from 'pg'
import { DatabaseTooNewError } from '../errors'
import { makePrivateDir, makePrivateFile } from '../files'
import type { Storage } from './connection'
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations'
import { PG_MIGRATIONS } from './migrations/postgres'

/** What a migration run did. */
export interface MigrationReport {
  from: number
  to: number
  backupFile?: string
}

/** Options for a migration run. */
export interface MigrateOptions {
  /** Where an SQLite file is copied before an upgrade. */
  backupDir?: string
  now?: () => Date
  /** Replaces the shipped list (tests). */
  migrations?: readonly Migration[]
}

/** Reads the schema version stored in an SQLite file. */
export function sqliteSchemaVersion(raw: Database.Database): number {
  return raw.pragma('user_version', { simple: true }) as number
}

// PostgreSQL keeps the version in a one-row table that migration 1 creates.
async function pgSchemaVersion(client: pg.PoolClient | pg.Pool): Promise<number> {
  const exists = await client.query<{ t: string | null }>(
    "SELECT to_regclass('capstan_schema')::text AS t",
  )
  if (!exists.rows[0]?.t) return 0
  const r = await client.query<{ version: number }>(
    'SELECT version FROM capstan_schema WHERE id = 1',
  )
  return Number(r.rows[0]?.version ?? 0)
}

/** The schema version of an open database. */
export async function schemaVersion(storage: Storage): Promise<number> {
  if (storage.sqlite) return sqliteSchemaVersion(storage.sqlite)
  return pgSchemaVersion(storage.pool!)
}

/**
 * Brings the database up to the latest schema. Refuses a newer database; backs up an existing
 * SQLite file before touching it; each step and its version bump commit together.
 */
export async function migrate(
  storage: Storage,
  opts: MigrateOptions = {},
): Promise<MigrationReport> {
  if (storage.sqlite) return migrateSqlite(storage.sqlite, opts)
  return migratePostgres(storage.pool!, opts.migrations ?? PG_MIGRATIONS)
}

function migrateSqlite(db: Database.Database, opts: MigrateOptions): MigrationReport {
  const list = opts.migrations ?? MIGRATIONS
  const latest = list.at(-1)?.version ?? 0
  const from = sqliteSchemaVersion(db)
  if (from > latest) throw new DatabaseTooNewError(from, latest)
  if (from === latest) return { from, to: from }

  let backupFile: string | undefined
  if (from > 0 && opts.backupDir)
    backupFile = backupBeforeMigration(db, from, opts.backupDir, opts.now?.() ?? new Date())

  for (const step of list) {
    if (step.version <= from) continue
    db.transaction(() => {
      db.exec(step.sql)
      db.pragma(`user_version = ${step.version}`)
    })()
  }
  return { from, to: latest, backupFile }
}

// Two servers starting together on one database take turns; the second finds nothing to do.
const MIGRATION_LOCK = 7_240_102

async function migratePostgres(
  pool: pg.Pool,
  list: readonly Migration[],
): Promise<MigrationReport> {
  const latest = list.at(-1)?.version ?? 0
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
    const from = await pgSchemaVersion(client)
    if (from > latest) throw new DatabaseTooNewError(from, latest)
    for (const step of list) {
      if (step.version <= from) continue
      await client.query('BEGIN')
      try {
        await client.query(step.sql)
        await client.query(
          `INSERT INTO capstan_schema (id, version) VALUES (1, $1)
           ON CONFLICT (id) DO UPDATE SET version = excluded.version`,
          [step.version],
        )
        await client.query('COMMIT')
      } catch (e) {
        await client.query('ROLLBACK')
        throw e
      }
    }
    return { from, to: Math.max(from, latest) }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined)
    client.release()
  }
}

function backupBeforeMigration(
  db: Database.Database,
  from: number,
  dir: string,
  now: Date,
): string {
  makePrivateDir(dir)
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const file = path.join(dir, `before-migration-v${from}-${stamp}.sqlite`)
  // VACUUM INTO writes a consistent, self-contained copy (WAL content included).
  db.prepare('VACUUM INTO ?').run(file)
  makePrivateFile(file)
  return file
}

export { LATEST_SCHEMA_VERSION }
