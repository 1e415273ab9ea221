import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import type { Backend } from '../../electron/backend/backend'
import { DB_FILE_NAME } from '../../electron/backend/backend'
import { classifyFault } from '../../electron/backend/faults'
import {
  count,
  pgAdminUrl,
  reopenBackend,
  tempBackend,
  tempPostgresUrl,
  testEngine,
} from '../helpers/temp-backend'

// Faults of the database itself: busy, damaged, read-only, unreachable. Each comes back under its
// own code with a sentence naming the database, and nothing is written.

const objective = (code: string) => ({
  code,
  title: 'Faster clearance',
  description: 'd'.repeat(3000),
})
const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

async function withObjectives(n: number): Promise<Backend> {
  const b = await tempBackend()
  for (let i = 1; i <= n; i++)
    expect((await b.call('objectives:create', objective(`SO${i}`))).ok).toBe(true)
  return b
}

const REASON =
  'The start-up check found that the audit trail no longer matches entry 41, so the data may have been altered.'

describe.runIf(testEngine === 'sqlite')('SQLite database faults', () => {
  it('a database another process keeps busy answers "locked", and nothing is written', async () => {
    const b = await withObjectives(1)
    const file = path.join(b.dataDir, DB_FILE_NAME)
    const other = new Database(file)
    other.pragma('busy_timeout = 0')
    other.exec('BEGIN EXCLUSIVE')
    try {
      b.storage.sqlite!.pragma('busy_timeout = 100')
      const r = await b.call('objectives:create', objective('SO2'))
      expect(r).toEqual({
        ok: false,
        error: {
          code: 'locked',
          message: `${file} is busy: another Capstan window or command is using it. Try again in a moment; nothing was changed.`,
        },
      })
    } finally {
      other.exec('ROLLBACK')
      other.close()
    }
    expect(await count(b, 'objectives')).toBe(1)
  })

  it('a write to data open read-only says why it is read-only and that nothing changed', async () => {
    const b = await withObjectives(1)
    // What the start-up check does when it fails: the engine refuses writes, the reason is kept.
    b.storage.sqlite!.pragma('query_only = ON')
    b.ctx.readOnlyReason = REASON
    const r = await b.call('objectives:create', objective('SO2'))
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'read_only',
        message: `${REASON} Capstan opened the data read-only until this is resolved, so nothing was changed.`,
      },
    })
    expect(await count(b, 'objectives')).toBe(1)
  })

  it('a damaged file: every answer says so in words, and not one byte of it is written', async () => {
    const first = await withObjectives(60)
    await first.close()
    const file = path.join(first.dataDir, DB_FILE_NAME)
    // Garbage over the page that holds the objectives, wherever the schema has put it.
    const peek = new Database(file, { readonly: true })
    const pageSize = peek.pragma('page_size', { simple: true }) as number
    const { rootpage } = peek
      .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'objectives'")
      .get() as { rootpage: number }
    peek.close()
    const fd = fs.openSync(file, 'r+')
    fs.writeSync(fd, randomBytes(pageSize), 0, pageSize, (rootpage - 1) * pageSize)
    fs.closeSync(fd)
    const damaged = sha(file)
    const b = await reopenBackend(first)
    const read = await b.call('objectives:list', undefined)
    expect(read).toEqual({
      ok: false,
      error: {
        code: 'corrupt',
        message: `${file} is damaged or is not a Capstan database: restore the newest good backup (Settings → Data safety, or "capstan restore"). Nothing was changed.`,
      },
    })
    // Refused either on meeting the damage or because the start-up check opened it read-only.
    const write = await b.call('objectives:create', objective('SO61'))
    expect(write).toMatchObject({ ok: false })
    expect(!write.ok && write.error.code).toMatch(/^(corrupt|read_only)$/)
    expect(!write.ok && write.error.message).toMatch(/[Nn]othing was changed\.$/)
    await b.close()
    expect(sha(file)).toBe(damaged)
  })
})

describe.runIf(testEngine === 'postgres')('PostgreSQL database faults', () => {
  it('a database that accepts no changes answers "read_only", and nothing is written', async () => {
    const url = await tempPostgresUrl()
    const name = new URL(url).pathname.slice(1)
    const admin = new pg.Client({ connectionString: pgAdminUrl() })
    await admin.connect()
    try {
      await admin.query(`ALTER DATABASE "${name}" SET default_transaction_read_only = on`)
      const b = await tempBackend({ databaseUrl: url })
      const r = await b.call('objectives:create', objective('SO1'))
      expect(r).toMatchObject({ ok: false, error: { code: 'read_only' } })
      expect(!r.ok && r.error.message).toMatch(
        /^the PostgreSQL database accepts no changes at the moment \(it is read-only\): ask IT/i,
      )
      b.ctx.readOnlyReason = REASON
      const again = await b.call('objectives:create', objective('SO1'))
      expect(!again.ok && again.error.message).toBe(
        `${REASON} Capstan opened the data read-only until this is resolved, so nothing was changed.`,
      )
      expect(await count(b, 'objectives')).toBe(0)
    } finally {
      await admin.query(`ALTER DATABASE "${name}" RESET default_transaction_read_only`)
      await admin.end()
    }
  })

  it('a connection cut by the server or refused is "unavailable", without the password', async () => {
    const url = await tempPostgresUrl()
    const victim = new pg.Client({ connectionString: url })
    await victim.connect()
    victim.on('error', () => undefined)
    const pid = (await victim.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid
    const sleeping = victim.query('SELECT pg_sleep(30)').then(
      () => undefined,
      (e: unknown) => e,
    )
    const admin = new pg.Client({ connectionString: pgAdminUrl() })
    await admin.connect()
    await admin.query('SELECT pg_terminate_backend($1)', [pid])
    await admin.end()
    const place = { engine: 'postgres' as const, databaseUrl: url }
    const cut = classifyFault(await sleeping, place)
    expect(cut?.code).toBe('unavailable')
    expect(cut?.message).toMatch(
      /^Capstan cannot reach the PostgreSQL database postgres:\/\/.+: check the network, or ask IT whether the server is running, then try again\.$/,
    )
    const closed = new URL(url)
    closed.port = '1'
    closed.password = 'secret-pw'
    const refusing = new pg.Client({ connectionString: closed.toString() })
    const refused = await refusing.connect().then(
      () => undefined,
      (e: unknown) => e,
    )
    const r = classifyFault(refused, { engine: 'postgres', databaseUrl: closed.toString() })
    expect(r?.code).toBe('unavailable')
    expect(r?.message).not.toContain('secret-pw')
    expect(r?.message).toContain('***')
    await victim.end().catch(() => undefined)
  })
})
