import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DB_FILE_NAME } from '../../electron/backend/backend'
import { openSqliteFile, sqliteStorage, type Storage } from '../../electron/backend/db/connection'
import { migrate, sqliteSchemaVersion } from '../../electron/backend/db/migrate'
import {
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  type Migration,
} from '../../electron/backend/db/migrations'
import { DatabaseTooNewError } from '../../electron/backend/errors'
import pg from 'pg'
import { tempBackend, tempDir, tempPostgresUrl, testEngine } from '../helpers/temp-backend'

// Shipped migrations are frozen: changing one changes this hash. Add a new migration instead.
const FROZEN_HASHES: Record<number, string> = {
  1: 'dc8afcc1bdb60ee523a36743c730bd10661860719c12f9b61ca2ade516988f2f',
  2: 'd5fdffcf04dcfcb68e36bd2d6777ce26091d0399e70d9093e797304f1865378d',
  3: '9cb75729b3c2d556ef81923315a2e896a7f633d7ad5b087afb513f8a43ab41bf',
  4: '73bc5b89f16dc333b02725e7b356a837fd65a96dde1e0acb2c80e2eb63e6e0b9',
  5: '80ab7d8eaf4692491b658600e0924bd3fec5b9ebfcbd45643cce9811dcb56195',
  6: '85ef653bf5ba3dc62bceea092781114d2c3251ee906b384d29c72cc08e20147b',
  7: '91bdc3ec40272077dee740a8ae55cae62cf2195b36d7138a7f892b71df7d9898',
  8: '4f0ce6ad78ad666aaba8262289333751736012753dffcbe3d3ab4627b7e1207d',
  9: '4380b579ef37731ff928928297bf380aa4cb8b6a3d5e3fb2aaabe8094d095f38',
  10: '6d6e22d014f9da418058a75abb88846965a5d3a972d3546028f9884a161a4f3c',
}

const sqliteOnly = testEngine === 'sqlite' ? describe : describe.skip

// Opens an SQLite file through the storage layer, as the backend does.
const storageAt = (file: string): Storage => sqliteStorage(openSqliteFile(file), file)

describe('migrations on PostgreSQL', () => {
  const pgOnly = testEngine === 'postgres' ? it : it.skip
  pgOnly('refuses a database made by a newer Capstan and leaves it untouched', async () => {
    const url = await tempPostgresUrl()
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    await client.query('UPDATE capstan_schema SET version = $1', [LATEST_SCHEMA_VERSION + 5])
    await expect(tempBackend({ databaseUrl: url })).rejects.toThrow(DatabaseTooNewError)
    await expect(tempBackend({ databaseUrl: url })).rejects.toThrow(/newer version of Capstan/)
    const v = await client.query('SELECT version FROM capstan_schema')
    expect(Number(v.rows[0].version)).toBe(LATEST_SCHEMA_VERSION + 5)
    await client.end()
  })
})

sqliteOnly('migrations', () => {
  it('creates a fresh database at the latest schema with strict tables and safe settings', async () => {
    const b = await tempBackend()
    const db = b.storage.sqlite!
    expect(sqliteSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('synchronous', { simple: true })).toBe(2) // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0)
    const tables = db
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'",
      )
      .all() as { name: string; strict: number }[]
    expect(tables.length).toBeGreaterThan(3)
    for (const t of tables)
      expect({ table: t.name, strict: t.strict }).toEqual({ table: t.name, strict: 1 })
    expect(b.migration.backupFile).toBeUndefined()
  })

  it('never changes a shipped migration', () => {
    // A new migration gets its hash here when it ships; a shipped one never changes.
    expect(Object.keys(FROZEN_HASHES).map(Number)).toEqual(MIGRATIONS.map((m) => m.version))
    for (const m of MIGRATIONS) {
      const hash = createHash('sha256').update(m.sql).digest('hex')
      expect({ version: m.version, hash }).toEqual({
        version: m.version,
        hash: FROZEN_HASHES[m.version],
      })
    }
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1))
  })

  it('backs up an existing database before upgrading it', async () => {
    const dir = tempDir()
    const file = path.join(dir, DB_FILE_NAME)
    const storage = storageAt(file)
    const db = storage.sqlite!
    await migrate(storage, { backupDir: path.join(dir, 'backups') })
    db.prepare(
      "INSERT INTO objectives (code, title, status, created_at, updated_at) VALUES ('SO1','Kept','draft','t','t')",
    ).run()
    const next: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'test-step',
      sql: 'CREATE TABLE extra (id INTEGER PRIMARY KEY) STRICT;',
    }
    const report = await migrate(storage, {
      backupDir: path.join(dir, 'backups'),
      migrations: [...MIGRATIONS, next],
      now: () => new Date('2026-11-27T10:00:00Z'),
    })
    await storage.close()
    expect(report).toMatchObject({ from: LATEST_SCHEMA_VERSION, to: next.version })
    expect(fs.existsSync(report.backupFile!)).toBe(true)
    const backup = new Database(report.backupFile!, { readonly: true })
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(backup.prepare('SELECT title FROM objectives').get()).toEqual({ title: 'Kept' })
    backup.close()
  })

  it('refuses a database made by a newer Capstan and leaves it untouched', async () => {
    const dir = tempDir()
    const file = path.join(dir, DB_FILE_NAME)
    const raw = new Database(file)
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`)
    raw.exec('CREATE TABLE future (x TEXT)')
    raw.close()
    await expect(tempBackend({ dataDir: dir })).rejects.toThrow(DatabaseTooNewError)
    await expect(tempBackend({ dataDir: dir })).rejects.toThrow(/newer version of Capstan/)
    const after = new Database(file, { readonly: true })
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 5)
    expect(
      after.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'objectives'").get(),
    ).toEqual({ n: 0 })
    after.close()
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false)
  })

  it('rolls back a failing migration step entirely', async () => {
    const dir = tempDir()
    const storage = storageAt(path.join(dir, DB_FILE_NAME))
    const db = storage.sqlite!
    const broken: Migration = {
      version: 1,
      name: 'broken',
      sql: 'CREATE TABLE half (id INTEGER PRIMARY KEY) STRICT; CREATE TABLE half (id INTEGER) STRICT;',
    }
    await expect(migrate(storage, { backupDir: dir, migrations: [broken] })).rejects.toThrow()
    expect(sqliteSchemaVersion(db)).toBe(0)
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half'").get()).toEqual(
      { n: 0 },
    )
    await storage.close()
  })
})
