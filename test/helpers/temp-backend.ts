import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import pg from 'pg'
import { afterAll, afterEach, inject } from 'vitest'
import { openBackend, type Backend, type BackendOptions } from '../../electron/backend/backend'
import { MIGRATIONS } from '../../electron/backend/db/migrations'

/** The engine this test run exercises: `CAPSTAN_TEST_ENGINE=postgres` (a vitest project) or SQLite. */
export const testEngine: 'sqlite' | 'postgres' =
  process.env.CAPSTAN_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite'

const dirs: string[] = []
const open: Backend[] = []
const databases: string[] = []

afterEach(async () => {
  for (const b of open.splice(0)) {
    try {
      await b.close()
    } catch {
      // already closed by the test
    }
  }
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})

afterAll(async () => {
  if (databases.length === 0) return
  const admin = new pg.Client({ connectionString: pgAdminUrl() })
  await admin.connect()
  for (const name of databases.splice(0))
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined)
  await admin.end()
})

/** A fresh empty folder, removed after the test. */
export function tempDir(prefix = 'capstan-test-'): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  dirs.push(d)
  return d
}

/** The test PostgreSQL server's administrative URL (started by the global setup). */
export function pgAdminUrl(): string {
  const url =
    process.env.CAPSTAN_PG_ADMIN_URL ?? (inject('pgAdminUrl' as never) as string | undefined)
  if (!url)
    throw new Error('The PostgreSQL test server was not started (CAPSTAN_TEST_POSTGRES=0?).')
  return url
}

const withDatabase = (adminUrl: string, name: string): string => {
  const u = new URL(adminUrl)
  u.pathname = `/${name}`
  return u.toString()
}

// Migrated template databases, made once per schema (and with or without the built-in pack), so
// each test's fresh database is a quick copy instead of a run of every migration.
const schemaHash = createHash('sha256')
  .update(MIGRATIONS.map((m) => m.sql).join('\n'))
  .digest('hex')
  .slice(0, 12)

// Copying a template needs it free of other sessions, so workers make and copy in turn.
async function copyOfTemplate(admin: pg.Client, withPack: boolean, copy: string): Promise<void> {
  const name = `capstan_tpl_${schemaHash}_${withPack ? 'pack' : 'bare'}`
  await admin.query('SELECT pg_advisory_lock(7240199)')
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (found.rowCount === 0) {
      await admin.query(`CREATE DATABASE "${name}"`)
      const b = await openBackend({
        dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'capstan-tpl-')),
        databaseUrl: withDatabase(pgAdminUrl(), name),
        mode: 'browser',
        actor: 'test.officer',
        installBuiltinPack: withPack,
        now: () => '2026-11-27T09:00:00.000Z',
      })
      await b.close()
    }
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${copy}" TEMPLATE "${name}"`)
        return
      } catch (e) {
        // A session of the template's maker may take a moment to end.
        if (attempt > 50 || !/being accessed by other users/.test(String(e))) throw e
        await new Promise((r) => setTimeout(r, 100))
      }
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock(7240199)')
  }
}

/** A fresh PostgreSQL database for one test, migrated (and with the built-in pack if asked). */
export async function tempPostgresUrl(withPack = false): Promise<string> {
  const adminUrl = pgAdminUrl()
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    const name = `capstan_t_${randomBytes(6).toString('hex')}`
    await copyOfTemplate(admin, withPack, name)
    databases.push(name)
    return withDatabase(adminUrl, name)
  } finally {
    await admin.end()
  }
}

/**
 * A backend in a fresh folder, on the engine of this test run (a real SQLite file, or a fresh
 * PostgreSQL database), with a fixed actor and a ticking clock.
 */
export async function tempBackend(opts: Partial<BackendOptions> = {}): Promise<Backend> {
  let tick = 0
  const withPack = opts.installBuiltinPack ?? false
  const databaseUrl =
    opts.databaseUrl ??
    (testEngine === 'postgres' && !opts.inMemory && !opts.dataDir
      ? await tempPostgresUrl(withPack)
      : undefined)
  const b = await openBackend({
    dataDir: opts.dataDir ?? tempDir(),
    mode: 'browser',
    actor: 'test.officer',
    now: () => new Date(Date.UTC(2026, 10, 27, 9, 0, tick++)).toISOString(),
    ...opts,
    installBuiltinPack: withPack,
    databaseUrl,
  })
  open.push(b)
  if (databaseUrl) urls.set(b, databaseUrl)
  return b
}

const urls = new WeakMap<Backend, string>()

/** Opens the same data (folder or PostgreSQL database) again, e.g. after closing it. */
export async function reopenBackend(
  b: Backend,
  opts: Partial<BackendOptions> = {},
): Promise<Backend> {
  return tempBackend({ dataDir: b.dataDir, databaseUrl: urls.get(b), ...opts })
}

/** The PostgreSQL URL of a test backend, or undefined on SQLite. */
export const databaseUrlOf = (b: Backend): string | undefined => urls.get(b)

/** Valid settings for the setup wizard. */
export const sampleSettings = {
  administrationName: 'Numeria Customs',
  country: 'Numeria',
  workingLanguages: ['en', 'fr'],
  fiscalYearStartMonth: 7,
  currency: 'NMD',
  classifications: ['OFFICIAL', 'RESTRICTED'],
  signatories: [{ name: 'A. Director', title: 'Director General' }],
}

/** Row count of a table. */
export async function count(b: Backend, table: string): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(
    b.ctx.db,
  )
  return Number(r.rows[0]!.n)
}
