import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DB_FILE_NAME } from '../../electron/backend/backend'
import { LATEST_SCHEMA_VERSION } from '../../electron/backend/db/migrations'
import { DatabaseTooNewError, StorageUnavailableError } from '../../electron/backend/errors'
import { sampleSettings, tempBackend, tempDir, testEngine } from '../helpers/temp-backend'

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')
const mode = (p: string) => fs.statSync(p).mode & 0o777

// What is on disk in a data folder (PostgreSQL keeps the data in the server).
;(testEngine === 'sqlite' ? describe : describe.skip)('the data folder on disk', () => {
  it('keeps the folder, the database and exported documents private to the user', async () => {
    const dir = path.join(tempDir(), 'new-folder')
    const b = await tempBackend({ dataDir: dir })
    expect((await b.call('settings:save', sampleSettings)).ok).toBe(true)
    const r = await b.call('documents:export', { kind: 'changes', language: 'en' })
    if (!r.ok) throw new Error(r.error.message)
    expect(mode(dir)).toBe(0o700)
    expect(mode(path.join(dir, DB_FILE_NAME))).toBe(0o600)
    const exports = path.join(dir, 'exports')
    expect(mode(exports)).toBe(0o700)
    const files = fs.readdirSync(exports)
    expect(files).toHaveLength(1) // no temporary file left beside it
    expect(mode(path.join(exports, files[0]!))).toBe(0o600)
  })

  it('never takes an empty database file for a new administration', async () => {
    const dir = tempDir()
    const file = path.join(dir, DB_FILE_NAME)
    fs.writeFileSync(file, '')
    const open = tempBackend({ dataDir: dir })
    await expect(open).rejects.toThrow(StorageUnavailableError)
    await expect(tempBackend({ dataDir: dir })).rejects.toThrow(
      /is empty \(0 bytes\), so it holds no administration\. Restore a backup/,
    )
    expect(fs.statSync(file).size).toBe(0)
  })

  it('refuses a file that is not a database, and leaves it as it was', async () => {
    const dir = tempDir()
    const file = path.join(dir, DB_FILE_NAME)
    fs.writeFileSync(file, 'These are minutes of a meeting, not a database.\n'.repeat(200))
    const before = sha(file)
    await expect(tempBackend({ dataDir: dir })).rejects.toThrow(
      /is not a Capstan database \(or it is damaged beyond reading\)\. Nothing was changed; restore a backup/,
    )
    expect(sha(file)).toBe(before)
  })

  it('refuses a database from a newer Capstan without changing one byte of it', async () => {
    const dir = tempDir()
    const file = path.join(dir, DB_FILE_NAME)
    const raw = new Database(file)
    raw.pragma('journal_mode = DELETE')
    raw.exec('CREATE TABLE future (x TEXT)')
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`)
    raw.close()
    const before = sha(file)
    await expect(tempBackend({ dataDir: dir })).rejects.toThrow(DatabaseTooNewError)
    expect(sha(file)).toBe(before)
    expect(fs.readdirSync(dir)).toEqual([DB_FILE_NAME]) // no -wal or -shm created
    const check = new Database(file, { readonly: true })
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete')
    check.close()
  })
})
