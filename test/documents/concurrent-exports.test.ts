import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { ExportRecord } from '../../shared/contract'
import {
  count,
  reopenBackend,
  sampleSettings,
  tempBackend,
  tempDir,
  tempPostgresUrl,
  testEngine,
} from '../helpers/temp-backend'

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

// One `capstan export` in a process of its own; resolves with its exit code and output.
function exportInProcess(location: string[], out: string) {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      ['bin/capstan.js', 'export', 'status', ...location, '--out', out, '--json'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('close', (code) => resolve({ code, out: stdout, err: stderr }))
  })
}

/** The version numbers listed in a Word file's version-history table, read by python-docx. */
function versionHistory(file: string): number[] {
  const script = [
    'import docx,sys',
    'd=docx.Document(sys.argv[1])',
    'for t in d.tables:',
    "  if t.rows[0].cells[0].text == 'Version':",
    "    print(','.join(r.cells[0].text for r in t.rows[1:]))",
  ].join('\n')
  const out = execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' })
  return out.trim().split(',').map(Number)
}

describe(`document versions (${testEngine})`, () => {
  it('gives concurrent exports in separate processes distinct versions, each hash matching its file', async () => {
    const dir = tempDir('capstan-versions-')
    const url = testEngine === 'postgres' ? await tempPostgresUrl(true) : undefined
    const setup = await tempBackend({ dataDir: dir, databaseUrl: url, installBuiltinPack: true })
    expect((await setup.call('settings:save', sampleSettings)).ok).toBe(true)
    await setup.close()

    // SQLite: three processes on one data folder. PostgreSQL: three machines on one database,
    // each with its own folder for the files.
    const folders = [1, 2, 3].map(() => (url ? tempDir('capstan-versions-') : dir))
    const outDir = tempDir('capstan-versions-out-')
    const runs = await Promise.all(
      folders.map((folder, n) =>
        exportInProcess(
          ['--data-dir', folder, ...(url ? ['--database', url] : [])],
          path.join(outDir, `status-${n}.docx`),
        ),
      ),
    )
    for (const r of runs) expect(r, r.err).toMatchObject({ code: 0 })
    const records = runs.map((r) => JSON.parse(r.out) as ExportRecord & { file: string })
    expect(records.map((r) => r.docVersion).sort()).toEqual([1, 2, 3])
    expect(new Set(records.map((r) => r.reference)).size).toBe(1)
    records.forEach((r, n) => {
      const bytes = fs.readFileSync(path.join(folders[n]!, 'exports', r.fileName))
      expect(bytes.length).toBeGreaterThan(0)
      expect(bytes.length).toBe(r.size)
      expect(sha(bytes)).toBe(r.sha256)
      // What each process handed its user is the very file it recorded.
      expect(sha(fs.readFileSync(r.file))).toBe(r.sha256)
      const left = fs.readdirSync(path.join(folders[n]!, 'exports'))
      expect(left.filter((f) => f.endsWith('.tmp'))).toEqual([])
    })

    const b = await tempBackend({ dataDir: dir, databaseUrl: url })
    const history = await b.call('documents:history', undefined)
    const stored = (history.ok && (history.value as { exports: ExportRecord[] }).exports) || []
    expect(stored.map((e) => [e.docVersion, e.sha256]).sort()).toEqual(
      records.map((r) => [r.docVersion, r.sha256]).sort(),
    )
  }, 120_000)

  it('numbers concurrent exports within one process in turn, with the history of those before', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    expect((await b.call('settings:save', sampleSettings)).ok).toBe(true)
    const results = await Promise.all(
      [1, 2, 3].map(() => b.call('documents:export', { kind: 'status' })),
    )
    const records = results.map((r) => (r.ok ? (r.value as ExportRecord) : undefined)!)
    expect(records.map((r) => r.docVersion).sort()).toEqual([1, 2, 3])
    for (const r of records) {
      const file = path.join(b.dataDir, 'exports', r.fileName)
      expect(sha(fs.readFileSync(file))).toBe(r.sha256)
      // The version-history table was rendered for this very number: every version up to it.
      expect(versionHistory(file)).toEqual(Array.from({ length: r.docVersion }, (_, i) => i + 1))
    }
  })

  it('leaves no file and no record when the write transaction fails', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    expect((await b.call('settings:save', sampleSettings)).ok).toBe(true)
    const first = await b.call('documents:export', { kind: 'status' })
    expect(first.ok).toBe(true)
    // The database refuses the record (as a full disk or a lost server would, at the last step).
    if (testEngine === 'sqlite')
      b.storage.sqlite!.exec(
        "CREATE TRIGGER refuse_export BEFORE INSERT ON document_exports BEGIN SELECT RAISE(ABORT, 'refused'); END",
      )
    else
      await sql`CREATE FUNCTION refuse_export() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'refused'; END $$;
        CREATE TRIGGER refuse_export BEFORE INSERT ON document_exports
        FOR EACH ROW EXECUTE FUNCTION refuse_export()`.execute(b.ctx.db)
    const auditBefore = await count(b, 'audit_log')
    const failed = await b.call('documents:export', { kind: 'status' })
    expect(failed.ok).toBe(false)
    expect(fs.readdirSync(path.join(b.dataDir, 'exports'))).toEqual([
      (first.ok && (first.value as ExportRecord).fileName) || '',
    ])
    expect(await count(b, 'document_exports')).toBe(1)
    expect(await count(b, 'audit_log')).toBe(auditBefore)

    // Once the database accepts it again, the next export is version 2 and matches its file.
    if (testEngine === 'sqlite') b.storage.sqlite!.exec('DROP TRIGGER refuse_export')
    else await sql`DROP TRIGGER refuse_export ON document_exports`.execute(b.ctx.db)
    await b.close()
    const again = await reopenBackend(b, { installBuiltinPack: true })
    const second = await again.call('documents:export', { kind: 'status' })
    const rec = (second.ok && (second.value as ExportRecord)) || undefined
    expect(rec?.docVersion).toBe(2)
    expect(sha(fs.readFileSync(path.join(again.dataDir, 'exports', rec!.fileName)))).toBe(
      rec!.sha256,
    )
  })
})
