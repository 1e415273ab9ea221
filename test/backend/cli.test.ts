import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DB_FILE_NAME } from '../../electron/backend/backend'
import { LATEST_SCHEMA_VERSION } from '../../electron/backend/db/migrations'
import { main } from '../../electron/host/cli'
import { tempDir, testEngine } from '../helpers/temp-backend'

async function capstan(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

// The CLI on data folders (SQLite); cli-database.test.ts covers --database and db copy.
;(testEngine === 'sqlite' ? describe : describe.skip)('capstan CLI', () => {
  it('initialises the demo administration and reports its status', async () => {
    const dir = tempDir()
    const init = await capstan('init', '--demo', '--data-dir', dir)
    expect(init).toMatchObject({ code: 0 })
    expect(init.out).toMatch(/with the demo administration/)
    const status = await capstan('status', '--data-dir', dir, '--json')
    expect(status.code).toBe(0)
    const s = JSON.parse(status.out)
    expect(s).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION, auditIntact: true })
    expect(s.tables.objectives).toBe(5)
    expect(s.tables.settings).toBe(1)
    expect(s.tables.packs).toBe(1) // the built-in pack, installed by init
    // Every demo record went through an audited service: one entry per table row at least.
    expect(s.auditEntries).toBeGreaterThanOrEqual(
      s.tables.objectives + s.tables.risks + s.tables.activities,
    )
    expect(s.tables.activities).toBeGreaterThanOrEqual(50)
    const human = await capstan('status', '--data-dir', dir)
    expect(human.out).toMatch(new RegExp(`Schema version: ${LATEST_SCHEMA_VERSION}`))
    expect(human.out).toMatch(/objectives\s+5/)
  })

  it('refuses to load the demo over existing data', async () => {
    const dir = tempDir()
    await capstan('init', '--demo', '--data-dir', dir)
    const again = await capstan('init', '--demo', '--data-dir', dir)
    expect(again.code).toBe(1)
    expect(again.err).toMatch(/already holds an administration/)
    expect(
      JSON.parse((await capstan('status', '--data-dir', dir, '--json')).out).tables.objectives,
    ).toBe(5)
  })

  it('verifies the audit trail and reports the first bad entry when broken', async () => {
    const dir = tempDir()
    await capstan('init', '--demo', '--data-dir', dir)
    const intact = await capstan('audit', 'verify', '--data-dir', dir)
    expect(intact.code).toBe(0)
    expect(intact.out).toMatch(/^Audit trail intact: \d+ entries verified\.$/)
    const db = new Database(path.join(dir, DB_FILE_NAME))
    db.exec(
      "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET after_json = '{}' WHERE seq = 3",
    )
    db.close()
    const broken = await capstan('audit', 'verify', '--data-dir', dir, '--json')
    expect(broken.code).toBe(1)
    expect(JSON.parse(broken.out)).toMatchObject({
      intact: false,
      checked: 2,
      firstBad: { seq: 3 },
    })
  })

  it('says how to create a data folder that does not exist, without creating it', async () => {
    const dir = path.join(tempDir(), 'nothing-here')
    const r = await capstan('status', '--data-dir', dir)
    expect(r.code).toBe(4)
    expect(r.err).toMatch(/There is no Capstan data in .*capstan init --data-dir/)
  })

  it('refuses a data folder from a newer Capstan with exit 4', async () => {
    const dir = tempDir()
    const db = new Database(path.join(dir, DB_FILE_NAME))
    db.pragma('user_version = 999')
    db.close()
    const r = await capstan('status', '--data-dir', dir)
    expect(r.code).toBe(4)
    expect(r.err).toMatch(/newer version of Capstan/)
  })

  it('documents every command and rejects wrong usage with exit 2', async () => {
    for (const cmd of ['init', 'serve', 'status', 'audit']) {
      const r = await capstan(cmd, '--help')
      expect(r.code).toBe(0)
      expect(r.out).toMatch(/Exit codes/)
    }
    expect((await capstan('--help')).out).toMatch(/Commands:/)
    expect((await capstan('frobnicate')).code).toBe(2)
    expect((await capstan('status', '--colour')).code).toBe(2)
    expect((await capstan('audit', 'fix', '--data-dir', tempDir())).code).toBe(2)
    expect((await capstan('serve', '--port', 'abc', '--data-dir', tempDir())).code).toBe(2)
  })
})
