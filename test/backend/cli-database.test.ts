import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../electron/host/cli'
import { createTestDatabase, dropTestDatabase } from '../helpers/postgres-server'
import { pgAdminUrl, tempDir, testEngine } from '../helpers/temp-backend'

async function capstan(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

// An empty database, as IT creates it for Capstan (no tables yet).
const empty: string[] = []
async function emptyDatabase(): Promise<string> {
  const url = await createTestDatabase(pgAdminUrl())
  empty.push(url)
  return url
}
afterAll(async () => {
  for (const url of empty.splice(0)) await dropTestDatabase(pgAdminUrl(), url)
})

const statusOf = async (...where: string[]) => {
  const r = await capstan('status', ...where, '--json')
  expect(r).toMatchObject({ code: 0 })
  const s = JSON.parse(r.out)
  return {
    tables: s.tables,
    auditEntries: s.auditEntries,
    head: s.auditHead,
    intact: s.auditIntact,
  }
}

// Needs both engines, so it runs in the PostgreSQL project only.
;(testEngine === 'postgres' ? describe : describe.skip)('one administration on two engines', () => {
  it('copies the demo to PostgreSQL and back with the same status, audit head and documents', async () => {
    const first = tempDir()
    expect((await capstan('init', '--demo', '--data-dir', first)).code).toBe(0)
    const doc = path.join(tempDir(), 'status.docx')
    expect((await capstan('export', 'status', '--data-dir', first, '--out', doc)).code).toBe(0)
    const before = await statusOf('--data-dir', first)
    expect(before.intact).toBe(true)

    const url = await emptyDatabase()
    const dry = await capstan('db', 'copy', '--from', first, '--to', url, '--dry-run', '--json')
    expect(dry.code).toBe(0)
    expect(JSON.parse(dry.out)).toMatchObject({ dryRun: true, tables: before.tables })

    const copy = await capstan('db', 'copy', '--from', first, '--to', url)
    expect(copy.code).toBe(0)
    expect(copy.out).toMatch(/The audit trail verifies there with the same head entry/)
    expect(copy.out).not.toMatch(/password/)
    const onPostgres = await statusOf('--database', url)
    expect(onPostgres).toEqual(before)
    expect((await capstan('verify-doc', doc, '--database', url)).code).toBe(0)
    expect((await capstan('audit', 'verify', '--database', url)).code).toBe(0)

    // A second copy into the now full database is refused and changes nothing.
    const again = await capstan('db', 'copy', '--from', first, '--to', url)
    expect(again.code).toBe(1)
    expect(again.err).toMatch(/already holds Capstan data/)
    expect(await statusOf('--database', url)).toEqual(before)

    // New records on PostgreSQL get fresh ids after the copied ones, and chain onto the trail.
    const back = tempDir()
    const copyBack = await capstan('db', 'copy', '--from', url, '--to', back)
    expect(copyBack.code).toBe(0)
    expect(await statusOf('--data-dir', back)).toEqual(before)
    expect((await capstan('verify-doc', doc, '--data-dir', back)).code).toBe(0)
  })

  it('works on a PostgreSQL database through --database and CAPSTAN_DATABASE_URL', async () => {
    const url = await emptyDatabase()
    const missing = await capstan('status', '--database', url)
    expect(missing.code).toBe(4)
    expect(missing.err).toMatch(/There is no Capstan data in .*capstan init --database URL/)
    expect((await capstan('init', '--database', url)).code).toBe(0)
    process.env.CAPSTAN_DATABASE_URL = url
    try {
      const s = await capstan('status', '--json')
      expect(JSON.parse(s.out)).toMatchObject({ engine: 'postgres', auditIntact: true })
      expect(JSON.parse(s.out).tables.packs).toBe(1)
    } finally {
      delete process.env.CAPSTAN_DATABASE_URL
    }
  })

  it('says in one sentence what is wrong with a database URL, with exit 4 and no password shown', async () => {
    const admin = new URL(pgAdminUrl())
    const refused = `postgres://capstan:s3cret-word@127.0.0.1:1/capstan`
    const r1 = await capstan('status', '--database', refused)
    expect(r1.code).toBe(4)
    expect(r1.err).toMatch(/^The PostgreSQL server at 127\.0\.0\.1:1 refused the connection/)
    expect(r1.err).not.toMatch(/s3cret/)

    const noDb = new URL(admin)
    noDb.pathname = '/no_such_capstan_db'
    noDb.password = 's3cret-word'
    const r2 = await capstan('init', '--database', noDb.toString())
    expect(r2.code).toBe(4)
    expect(r2.err).toMatch(/^The database named in .* does not exist/)
    expect(r2.err).not.toMatch(/s3cret/)

    // A user who may connect but not create tables (PostgreSQL 15 default for a non-owner).
    const target = new URL(await emptyDatabase())
    const superuser = new pg.Client({ connectionString: pgAdminUrl() })
    await superuser.connect()
    await superuser.query('DROP ROLE IF EXISTS capstan_reader')
    await superuser.query('CREATE ROLE capstan_reader LOGIN')
    await superuser.end()
    target.username = 'capstan_reader'
    const r4 = await capstan('init', '--database', target.toString())
    expect(r4.code).toBe(4)
    expect(r4.err).toMatch(/lacks the privileges Capstan needs/)
    const check = new pg.Client({ connectionString: target.toString() })
    await check.connect()
    const tables = await check.query(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'",
    )
    await check.end()
    expect(tables.rows[0].n).toBe(0) // nothing half-created

    const r3 = await capstan('status', '--database', 'postgres://[bad')
    expect(r3.code).toBe(4)
    expect(r3.err.split('\n')).toHaveLength(1)
    expect(fs.existsSync(path.join(process.cwd(), 'capstan.sqlite'))).toBe(false)
  })
})
