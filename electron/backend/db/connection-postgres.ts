// The PostgreSQL half of the storage layer, apart so that a command on an SQLite data folder never
// loads the pg driver (open-storage.ts imports this module only for a postgres:// target).
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { redactUrl, type Storage } from './connection'
import type { Database as Schema } from './database'

// bigint (int8) and numeric come back from pg as strings; Capstan's integers fit in a double.
const INT8 = 20
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
}

/** A pool on a PostgreSQL database; connection problems surface on first use. */
export function openPostgresPool(url: string, max = 10, readOnly = false): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    types,
    connectionTimeoutMillis: 10_000,
    // Read-only after a failed start-up check: the server itself refuses every write.
    ...(readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
  })
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => undefined)
  return pool
}

/** Wraps a PostgreSQL pool in the typed query layer. */
export function postgresStorage(pool: pg.Pool, url: string, readOnly = false): Storage {
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) })
  return {
    engine: 'postgres',
    db,
    location: redactUrl(url),
    pool,
    readOnly: readOnly || undefined,
    close: async () => {
      await db.destroy()
    },
  }
}
