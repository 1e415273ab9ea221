import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import type { BackupInfo, DataSafetyOverview, Result } from '../../shared/contract'
import { GENESIS_HASH, hashEntry, type AuditRow } from '../../electron/backend/audit/audit-chain'
import { DB_FILE_NAME, type Backend } from '../../electron/backend/backend'
import {
  databaseUrlOf,
  reopenBackend,
  sampleSettings,
  tempBackend,
  testEngine,
} from '../helpers/temp-backend'

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}
const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

// Rewrites one audit entry's text behind Capstan's back, as someone with the file would.
async function alterEntry(b: Backend, seq: number): Promise<void> {
  const url = databaseUrlOf(b)
  if (url) {
    const c = new pg.Client({ connectionString: url })
    await c.connect()
    await c.query('ALTER TABLE audit_log DISABLE TRIGGER USER')
    await c.query(`UPDATE audit_log SET actor = 'someone else' WHERE seq = $1`, [seq])
    await c.query('ALTER TABLE audit_log ENABLE TRIGGER USER')
    await c.end()
    return
  }
  const db = new Database(path.join(b.dataDir, DB_FILE_NAME))
  const triggers = db
    .prepare(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'",
    )
    .all() as { name: string; sql: string }[]
  for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`)
  db.prepare(`UPDATE audit_log SET actor = 'someone else' WHERE seq = ?`).run(seq)
  for (const t of triggers) db.exec(t.sql)
  db.close()
}

// Rewrites the whole chain from entry 2 on with fresh hashes: what a careful forger would do.
function rewriteChain(file: string): void {
  const db = new Database(file)
  const triggers = db
    .prepare(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'",
    )
    .all() as { name: string; sql: string }[]
  for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`)
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as AuditRow[]
  let prev = GENESIS_HASH
  for (const row of rows) {
    const next = { ...row, prev_hash: prev, actor: row.seq === 2 ? 'someone else' : row.actor }
    const hash = hashEntry(next)
    db.prepare('UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(
      next.actor,
      prev,
      hash,
      row.seq,
    )
    prev = hash
  }
  for (const t of triggers) db.exec(t.sql)
  db.close()
}

describe(`the check at every start (${testEngine})`, () => {
  it('verifies only the entries written since the last start', async () => {
    const b = await tempBackend()
    for (let i = 1; i <= 5; i++)
      value(await b.call('objectives:create', { code: `SO${i}`, title: 'x' }))
    await b.close()
    const second = await reopenBackend(b)
    expect(second.health).toMatchObject({ state: 'ok', auditEntriesChecked: 5 })
    value(await second.call('objectives:create', { code: 'SO6', title: 'y' }))
    await second.close()
    const third = await reopenBackend(b)
    expect(third.health).toMatchObject({ state: 'ok', auditEntriesChecked: 1 })
    expect(third.startup.auditEntries).toBe(6)
  })

  it('opens an altered trail read-only, says what is wrong, refuses writes and offers the newest good backup', async () => {
    const b = await tempBackend()
    value(await b.call('settings:save', sampleSettings))
    const backup = value<BackupInfo>(await b.call('backup:create', undefined))
    value(await b.call('objectives:create', { code: 'SO1', title: 'One' }))
    await b.close()
    await alterEntry(b, 2)
    const opened = await reopenBackend(b)
    expect(opened.health.state).toBe('read_only')
    expect(opened.health.problem).toMatch(
      /^The audit trail failed its check: Audit entry #2 was altered after it was written\. Capstan opened the data read-only\.$/,
    )
    expect(opened.health.newestGoodBackup?.name).toBe(backup.name)
    const health = value<{ state: string }>(await opened.call('system:health', undefined))
    expect(health.state).toBe('read_only')
    const refused = await opened.call('objectives:create', { code: 'SO2', title: 'Two' })
    expect(refused.ok).toBe(false)
    if (!refused.ok) {
      expect(refused.error.code).toBe('read_only')
      expect(refused.error.message).toMatch(/audit trail failed its check/)
    }
    // Restoring the good backup brings the data back to a state that passes, and writable.
    value(await opened.call('backup:restore', { name: backup.name, confirm: true }))
    expect(opened.health.state).toBe('ok')
    value(await opened.call('objectives:create', { code: 'SO2', title: 'Two' }))
  })
})

;(testEngine === 'sqlite' ? describe : describe.skip)('a damaged database file', () => {
  it('notices a trail rewritten with every hash recomputed, from the entry verified at the last start', async () => {
    const b = await tempBackend()
    for (let i = 1; i <= 3; i++)
      value(await b.call('objectives:create', { code: `SO${i}`, title: 'x' }))
    await b.close()
    await (await reopenBackend(b)).close() // this start verifies the trail and records its head
    rewriteChain(path.join(b.dataDir, DB_FILE_NAME))
    const opened = await reopenBackend(b)
    expect(opened.health.problem).toMatch(
      /^The audit trail failed its check: Audit entry #3, verified on 2026-11-27, is no longer the same: the trail was changed after that\. Capstan opened the data read-only\.$/,
    )
  })

  it('opens read-only with a banner sentence, and never writes a byte to it', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    value(await b.call('settings:save', sampleSettings))
    for (let i = 1; i <= 40; i++)
      value(
        await b.call('objectives:create', {
          code: `SO${i}`,
          title: 'x'.repeat(190),
          description: 'y'.repeat(1000),
        }),
      )
    value(await b.call('backup:create', undefined))
    await b.close()
    const file = path.join(b.dataDir, DB_FILE_NAME)
    const bytes = fs.readFileSync(file)
    const middle = Math.floor(bytes.length / 2 / 4096) * 4096
    randomBytes(4096).copy(bytes, middle)
    fs.writeFileSync(file, bytes)
    const damaged = sha(file)

    const opened = await reopenBackend(b)
    expect(opened.health.state).toBe('read_only')
    expect(opened.health.problem).toMatch(
      /capstan\.sqlite is damaged \(SQLite reports: .+\), so Capstan opened it read-only\./,
    )
    const overview = value<DataSafetyOverview>(await opened.call('backup:list', undefined))
    expect(overview.health.newestGoodBackup?.reason).toBe('on demand')
    const refused = await opened.call('settings:save', sampleSettings)
    expect(!refused.ok && refused.error.code).toBe('read_only')
    await opened.close()
    expect(sha(file)).toBe(damaged)
    expect(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0).toBe(0)
  })
})
