import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { MIGRATIONS } from '../../electron/backend/db/migrations'
import { PG_MIGRATIONS } from '../../electron/backend/db/migrations/postgres'
import { describeSqliteSchema, type SchemaShape } from '../helpers/schema-describe'
import { describePostgresSchema } from '../helpers/schema-describe-postgres'
import { createTestDatabase, dropTestDatabase } from '../helpers/postgres-server'

// The PostgreSQL migrations are a hand translation of the SQLite ones; this keeps them in step.

const adminUrl = inject('pgAdminUrl') ?? process.env.CAPSTAN_PG_ADMIN_URL

const CHANGED = 'The audit trail is append-only: entries cannot be changed.'
const DELETED = 'The audit trail is append-only: entries cannot be deleted.'

describe('PostgreSQL migrations', () => {
  it('have the same versions and names as the SQLite ones, in the same order', () => {
    expect(PG_MIGRATIONS.map((m) => [m.version, m.name])).toEqual(
      MIGRATIONS.map((m) => [m.version, m.name]),
    )
  })
})

describe.skipIf(!adminUrl)('schema parity with PostgreSQL', () => {
  let dir: string
  let sqlite: Database.Database
  let dbUrl: string
  let client: pg.Client
  let sqliteShape: SchemaShape

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capstan-parity-'))
    sqlite = new Database(path.join(dir, 'capstan.sqlite'))
    sqlite.pragma('foreign_keys = ON')
    for (const m of MIGRATIONS) sqlite.transaction(() => sqlite.exec(m.sql))()
    sqliteShape = describeSqliteSchema(sqlite)

    dbUrl = await createTestDatabase(adminUrl!)
    client = new pg.Client({ connectionString: dbUrl })
    await client.connect()
    // As the migration runner does: each step commits with its version.
    for (const m of PG_MIGRATIONS) {
      await client.query('BEGIN')
      await client.query(m.sql)
      await client.query(
        `INSERT INTO capstan_schema (id, version) VALUES (1, $1)
         ON CONFLICT (id) DO UPDATE SET version = excluded.version`,
        [m.version],
      )
      await client.query('COMMIT')
    }
  })

  afterAll(async () => {
    await client?.end()
    if (dbUrl) await dropTestDatabase(adminUrl!, dbUrl)
    sqlite?.close()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('describes the SQLite schema in full (the comparison is not vacuous)', () => {
    const tables = Object.keys(sqliteShape.tables)
    expect(tables.length).toBeGreaterThanOrEqual(35)
    expect(tables).not.toContain('capstan_schema')
    expect(sqliteShape.tables.objectives!.unique).toEqual([
      { columns: ['code'], nocase: true, partial: false },
    ])
    expect(sqliteShape.tables.objectives!.columns[0]).toMatchObject({ name: 'id', generated: true })
    expect(sqliteShape.tables.settings!.columns[0]).toMatchObject({ name: 'id', generated: false })
    expect(sqliteShape.tables.pack_conflicts!.indexes).toEqual({
      pack_conflicts_open: { columns: ['item_id'], partial: true },
    })
    expect(sqliteShape.tables.activities!.checks).toBe(4)
    expect(sqliteShape.triggers).toHaveLength(5)
    expect(sqliteShape.counters).toEqual(['audit_log'])
  })

  it('builds the same tables, columns, keys, checks, indexes and triggers on both engines', async () => {
    const pgShape = await describePostgresSchema(client)
    expect(Object.keys(pgShape.tables)).toEqual(Object.keys(sqliteShape.tables))
    for (const table of Object.keys(sqliteShape.tables))
      expect(pgShape.tables[table], table).toEqual(sqliteShape.tables[table])
    expect(pgShape).toEqual(sqliteShape)
  })

  it('records the schema version in capstan_schema', async () => {
    const r = await client.query<{ version: number }>('SELECT version FROM capstan_schema')
    expect(r.rows).toEqual([{ version: MIGRATIONS.at(-1)!.version }])
  })

  it('keeps the audit trail append-only on PostgreSQL, as on SQLite', async () => {
    const row = [1, '2026-11-27T09:00:00.000Z', 'test', 'settings', '1', 'update']
    await client.query(
      `INSERT INTO audit_log (seq, at, actor, entity_type, entity_id, action, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, '', 'h')`,
      row,
    )
    await expect(client.query("UPDATE audit_log SET actor = 'x'")).rejects.toThrow(CHANGED)
    await expect(client.query('DELETE FROM audit_log')).rejects.toThrow(DELETED)
    await expect(client.query('TRUNCATE audit_log')).rejects.toThrow(DELETED)
    expect((await client.query('SELECT count(*)::int AS n FROM audit_log')).rows).toEqual([
      { n: 1 },
    ])

    sqlite
      .prepare(
        `INSERT INTO audit_log (at, actor, entity_type, entity_id, action, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, '', 'h')`,
      )
      .run(...row.slice(1))
    expect(() => sqlite.exec("UPDATE audit_log SET actor = 'x'")).toThrow(CHANGED)
    expect(() => sqlite.exec('DELETE FROM audit_log')).toThrow(DELETED)
  })

  it('drops trace links with the plan element they point at, and compares codes without case', async () => {
    const now = '2026-11-27T09:00:00.000Z'
    for (const code of ['OBJ-1', 'obj-1']) {
      const insert = `INSERT INTO objectives (code, title, status, created_at, updated_at)
                      VALUES ('${code}', 't', 'draft', '${now}', '${now}')`
      if (code === 'OBJ-1') {
        const id = (await client.query<{ id: string }>(`${insert} RETURNING id`)).rows[0]!.id
        await client.query(
          `INSERT INTO trace_links (source_type, source_id, target_type, target_id, created_at)
           VALUES ('gap', 1, 'objective', $1, $2), ('gap', 1, 'result', $1, $2)`,
          [id, now],
        )
        sqlite.exec(insert)
      } else {
        await expect(client.query(insert)).rejects.toThrow(/objectives_code_nocase/)
        expect(() => sqlite.exec(insert)).toThrow(/UNIQUE constraint failed: objectives.code/)
      }
    }
    await client.query('DELETE FROM objectives')
    const left = await client.query<{ target_type: string }>('SELECT target_type FROM trace_links')
    expect(left.rows).toEqual([{ target_type: 'result' }])
  })
})
