import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { Document, Packer, Paragraph } from 'docx'
import { describe, expect, it } from 'vitest'
import type { AuditPage, ExportRecord } from '../../shared/contract'
import { auditHead } from '../../electron/backend/audit/audit-repo'
import { DB_FILE_NAME, type Backend } from '../../electron/backend/backend'
import { verifyAgainstFile } from '../../electron/backend/documents/verify-against'
import { copyDatabase } from '../../electron/backend/system/db-copy'
import { main } from '../../electron/host/cli'
import { rewriteTrail, truncateTrail, type TrailLocation } from '../documents/audit-rewrite'
import {
  databaseUrlOf,
  reopenBackend,
  sampleSettings,
  tempBackend,
  tempDir,
  testEngine,
} from '../helpers/temp-backend'

async function capstan(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

function value<T>(r: { ok: boolean; value?: unknown; error?: { message: string } }): T {
  if (!r.ok) throw new Error(r.error!.message)
  return r.value as T
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

// An administration with a few audited changes and one exported status report, closed so the
// command line (and the attacker) can open it.
async function exported() {
  const b = await tempBackend({ installBuiltinPack: true })
  value(await b.call('settings:save', sampleSettings))
  value(await b.call('settings:setLanguage', { language: 'fr' }))
  value(await b.call('settings:setLanguage', { language: 'en' }))
  const head = (await auditHead(b.ctx))!
  const record = value<ExportRecord>(await b.call('documents:export', { kind: 'status' }))
  const docx = path.join(tempDir(), 'status-report.docx')
  fs.copyFileSync(path.join(b.dataDir, 'exports', record.fileName), docx)
  const url = databaseUrlOf(b)
  const where: TrailLocation = url ? { url } : { file: path.join(b.dataDir, DB_FILE_NAME) }
  const location = ['--data-dir', b.dataDir, ...(url ? ['--database', url] : [])]
  return { b, head, record, docx, where, location }
}

// A backup is an SQLite file on both engines: SQLite's online copy of the folder's file, or the
// PostgreSQL administration copied into a folder's SQLite file (what `capstan db copy` writes).
async function sqliteCopy(b: Backend): Promise<string> {
  const copy = path.join(tempDir(), 'backup.sqlite')
  if (!databaseUrlOf(b)) {
    await b.storage.sqlite!.backup(copy)
    return copy
  }
  const folder = tempDir()
  const target = await tempBackend({ dataDir: folder, installBuiltinPack: false })
  await copyDatabase(b.ctx, target.ctx, { dryRun: false })
  await target.close()
  fs.copyFileSync(path.join(folder, DB_FILE_NAME), copy)
  return copy
}

// A determined attacker also removes what the start-up check keeps in the data folder.
const coverTracks = (dataDir: string) =>
  fs.rmSync(path.join(dataDir, 'audit-checkpoint.json'), { force: true })

describe(`audit head anchored outside the database (${testEngine})`, () => {
  it('records the audit head at export time in the Word file and in the export’s audit entry', async () => {
    const { b, head, record, docx } = await exported()
    const custom = execFileSync('unzip', ['-p', docx, 'docProps/custom.xml'], { encoding: 'utf8' })
    expect(custom).toContain(`name="Capstan audit entry"><vt:lpwstr>${head.seq}</vt:lpwstr>`)
    expect(custom).toContain(`name="Capstan audit hash"><vt:lpwstr>${head.hash}</vt:lpwstr>`)
    const page = value<AuditPage>(await b.call('audit:list', { limit: 1 }))
    expect(page.entries[0]).toMatchObject({
      seq: head.seq + 1,
      action: 'export',
      entityId: String(record.id),
      after: { auditHead: head, sha256: record.sha256 },
    })
  })

  it('passes against the document, and fails in words once the whole chain is rewritten', async () => {
    const { b, head, docx, where, location } = await exported()
    await b.close()
    const holds = await capstan('audit', 'verify', ...location, '--against', docx)
    expect(holds).toMatchObject({ code: 0, err: '' })
    expect(holds.out).toBe(
      `The audit trail still contains entry #${head.seq} recorded in status-report.docx (hash ${head.hash.slice(0, 12)}…): intact.`,
    )

    await rewriteTrail(where, 1, (row) => (row.actor = 'someone.else'))
    coverTracks(b.dataDir)
    // The rewritten chain is internally consistent: on its own it proves nothing is wrong.
    expect((await capstan('audit', 'verify', ...location)).code).toBe(0)
    const caught = await capstan('audit', 'verify', ...location, '--against', docx)
    expect(caught.code).toBe(1)
    expect(caught.out).toBe(
      `Entry #${head.seq} in the trail no longer matches the one recorded in status-report.docx on 2026-11-27: the trail was rewritten after that date.`,
    )
  })

  it('checks against an SQLite copy (a backup) without changing it, and notices a removed tail', async () => {
    const { b, where, location } = await exported()
    const head = (await auditHead(b.ctx))!
    const backup = await sqliteCopy(b)
    await b.close()
    const before = sha(backup)
    const holds = await capstan('audit', 'verify', ...location, '--against', backup, '--json')
    expect(holds.code).toBe(0)
    expect(JSON.parse(holds.out)).toMatchObject({
      outcome: 'holds',
      anchor: { seq: head.seq, hash: head.hash },
      message: `The audit trail still contains entry #${head.seq} recorded in backup.sqlite (hash ${head.hash.slice(0, 12)}…): intact.`,
    })
    expect(sha(backup)).toBe(before)
    expect(fs.readdirSync(path.dirname(backup))).toEqual(['backup.sqlite'])

    await truncateTrail(where, head.seq - 1)
    coverTracks(b.dataDir)
    expect((await capstan('audit', 'verify', ...location)).code).toBe(0)
    const caught = await capstan('audit', 'verify', ...location, '--against', backup)
    expect(caught.code).toBe(1)
    expect(caught.out).toBe(
      `Entry #${head.seq} recorded in backup.sqlite on 2026-11-27 is no longer in the trail (it now ends at #${head.seq - 1}): entries were removed after that date.`,
    )
  })

  it('reports a chain broken before the recorded entry, through the backend function too', async () => {
    const { b, head, docx, where } = await exported()
    await b.close()
    // A clumsy edit that leaves the hashes as they were: the recorded entry still matches, the
    // chain before it does not.
    await rewriteTrail(where, 2, (row) => (row.after_json = '{"language":"es"}'), false)
    coverTracks(b.dataDir)
    const reopened = await reopenBackend(b)
    const check = await verifyAgainstFile(reopened.ctx, docx)
    expect(check).toMatchObject({ outcome: 'broken', anchor: { seq: head.seq, hash: head.hash } })
    expect(check.message).toBe(
      `The audit trail still contains entry #${head.seq} recorded in status-report.docx, but its chain is broken: Entry #2 was altered after it was written. Run "capstan audit verify" for details.`,
    )
  })

  it('says in words that a file is neither a document nor a database, with exit 4', async () => {
    const { b, location } = await exported()
    await b.close()
    const dir = tempDir()
    const notes = path.join(dir, 'notes.txt')
    fs.writeFileSync(notes, 'minutes of the steering committee')
    const text = await capstan('audit', 'verify', ...location, '--against', notes)
    expect(text.code).toBe(4)
    expect(text.err).toBe(
      'notes.txt is neither a Word document exported by Capstan nor a Capstan backup or database, so it records no audit entry to check against.',
    )

    const foreign = path.join(dir, 'letter.docx')
    fs.writeFileSync(
      foreign,
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Dear')] }] })),
    )
    const word = await capstan('audit', 'verify', ...location, '--against', foreign)
    expect(word.code).toBe(4)
    expect(word.err).toBe(
      'letter.docx records no audit entry: it was exported by an earlier Capstan, or not by Capstan.',
    )

    const other = path.join(dir, 'other.sqlite')
    new Database(other).exec('CREATE TABLE t (x)').close()
    const database = await capstan('audit', 'verify', ...location, '--against', other)
    expect(database.code).toBe(4)
    expect(database.err).toMatch(/^other\.sqlite is neither a Word document exported by Capstan/)
  })
})
