import Database from 'better-sqlite3'
import {
  CompiledQuery,
  Kysely,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase,
  type SqliteDialectConfig,
} from 'kysely'
import type pg from 'pg'
import type { Database as Schema } from './database'

/** Which engine holds the data: the embedded default or a unit's shared server. */
export type Engine = 'sqlite' | 'postgres'

/** An open database: the typed query handle every repository uses, plus engine-specific ends. */
export interface Storage {
  engine: Engine
  db: Kysely<Schema>
  /** Where the data lives, safe to print: a file path, or a URL without its password. */
  location: string
  /** SQLite only: the driver handle for pragmas, backups and migrations. */
  sqlite?: Database.Database
  /** PostgreSQL only: the pool, for migrations, LISTEN/NOTIFY and copying. */
  pool?: pg.Pool
  /** Opened read-only (after a failed start-up check): the engine itself refuses every write. */
  readOnly?: boolean
  close(): Promise<void>
}

// Every write transaction takes SQLite's write lock at BEGIN, so a transaction never fails
// half-way with "database is locked" when it first writes; readers are unaffected (WAL).
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
  }

  // After SQLITE_FULL, IOERR or NOMEM SQLite has already rolled the transaction back; Kysely's
  // own ROLLBACK then fails with "no transaction is active" and would hide the real fault.
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await super.rollbackTransaction(connection)
    } catch (e) {
      if (!/no transaction is active/i.test(String((e as Error).message))) throw e
    }
  }
}

class CapstanSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig
  constructor(config: SqliteDialectConfig) {
    super(config)
    this.#config = config
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config)
  }
}

// Kysely prepares every query afresh; preparing costs more than running a small query, so the
// statements are kept per SQL text (the set of distinct texts is bounded by the code).
function withStatementCache(raw: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>()
  return {
    close: () => raw.close(),
    prepare(sql: string) {
      let stmt = cache.get(sql)
      if (!stmt) {
        if (cache.size >= 1000) cache.clear()
        stmt = raw.prepare(sql)
        cache.set(sql, stmt)
      }
      return stmt as unknown as ReturnType<SqliteDatabase['prepare']>
    },
  }
}

/** Opens an SQLite file with the settings sign-offs and the audit trail rely on. */
export function openSqliteFile(file: string, opts: { readOnly?: boolean } = {}): Database.Database {
  if (opts.readOnly) {
    const ro = new Database(file, { readonly: true, fileMustExist: true })
    ro.pragma('busy_timeout = 5000')
    return ro
  }
  const raw = new Database(file)
  raw.pragma('journal_mode = WAL')
  raw.pragma('foreign_keys = ON')
  // FULL: a committed sign-off or audit entry survives a power cut.
  raw.pragma('synchronous = FULL')
  raw.pragma('busy_timeout = 5000')
  return raw
}

/** Wraps an open SQLite handle in the typed query layer. */
export function sqliteStorage(raw: Database.Database, location: string): Storage {
  const readOnly = raw.readonly || undefined
  const db = new Kysely<Schema>({
    dialect: new CapstanSqliteDialect({ database: withStatementCache(raw) }),
  })
  return {
    engine: 'sqlite',
    db,
    location,
    sqlite: raw,
    readOnly,
    close: async () => {
      await db.destroy()
    },
  }
}

/** The URL with its password replaced, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    for (const key of [...u.searchParams.keys()])
      if (/pass|secret|key/i.test(key)) u.searchParams.set(key, '***')
    return u.toString()
  } catch {
    return 'postgres://…'
  }
}

/** True for a postgres:// or postgresql:// URL. */
export const isPostgresUrl = (s: string): boolean => /^postgres(ql)?:\/\//i.test(s.trim())

export type { Db } from './database'
