import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Backend } from '../../electron/backend/backend'
import { DB_FILE_NAME } from '../../electron/backend/backend'
import { FAULT_CODES } from '../../electron/backend/faults'
import { startHost, statusFor, type RunningHost } from '../../electron/host/http-host'
import { TOKEN_HEADER } from '../../shared/security'
import { fillDisk, freeDisk, makeReadOnly, mountRefusal, tmpfs } from '../helpers/fault-mounts'
import {
  count,
  sampleSettings,
  tempBackend,
  tempPostgresUrl,
  testEngine,
} from '../helpers/temp-backend'

// Storage faults met by a running backend, on real file systems: every one is said in words that
// name the file, comes back under its own code (never "internal"), and changes nothing.

const hosts: RunningHost[] = []
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close()
})

const skipped = mountRefusal ? ` (skipped: ${mountRefusal})` : ''

/** A backend whose data folder is on `dir` (on PostgreSQL the folder holds the exports). */
async function backendIn(dir: string): Promise<Backend> {
  const databaseUrl = testEngine === 'postgres' ? await tempPostgresUrl() : undefined
  const b = await tempBackend({ dataDir: path.join(dir, 'data'), databaseUrl })
  expect((await b.call('settings:save', sampleSettings)).ok).toBe(true)
  return b
}

/** What must not move when a write is refused. */
async function snapshot(b: Backend) {
  const verify = await b.call('audit:verify', undefined)
  return {
    objectives: await count(b, 'objectives'),
    exports: await count(b, 'document_exports'),
    audit: await count(b, 'audit_log'),
    intact: verify.ok && (verify.value as { intact: boolean }).intact,
  }
}

const exportChanges = { kind: 'changes', language: 'en' }
const bigObjective = (code: string) => ({
  code,
  title: 'Faster clearance of legitimate trade',
  description: 'd'.repeat(4000),
  assumptions: 'a'.repeat(4000),
})

async function post(h: RunningHost, channel: string, input: unknown) {
  const r = await fetch(`http://127.0.0.1:${h.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: h.token },
    body: JSON.stringify(input),
  })
  return {
    status: r.status,
    body: (await r.json()) as { ok: boolean; error?: { code: string; message: string } },
  }
}

describe.skipIf(mountRefusal)(
  `storage faults on real file systems (${testEngine})${skipped}`,
  () => {
    it('an export on a full disk says so, and leaves no file and no record', async () => {
      const disk = tmpfs(8192)
      const b = await backendIn(disk)
      const before = await snapshot(b)
      fillDisk(disk)
      const r = await b.call('documents:export', exportChanges)
      expect(r).toMatchObject({ ok: false, error: { code: 'disk_full' } })
      // A write to an open file reports no path: the sentence names the data folder on that disk.
      expect(!r.ok && r.error.message).toBe(
        `The disk holding ${b.dataDir} is full: free some space and try again. Nothing was changed.`,
      )
      const exports = path.join(b.dataDir, 'exports')
      expect(fs.readdirSync(exports)).toEqual([]) // no document, no temporary file
      expect(await snapshot(b)).toEqual(before)
      freeDisk(disk)
      expect((await b.call('documents:export', exportChanges)).ok).toBe(true)
    })

    it('an export into a read-only folder says so, and records nothing', async () => {
      const b = await backendIn(tmpfs(8192))
      const exports = path.join(b.dataDir, 'exports')
      fs.mkdirSync(exports, { recursive: true })
      const before = await snapshot(b)
      makeReadOnly(exports)
      const r = await b.call('documents:export', exportChanges)
      expect(r).toMatchObject({ ok: false, error: { code: 'read_only' } })
      expect(!r.ok && r.error.message).toMatch(
        new RegExp(
          `^Capstan cannot write ${exports}/[\\w-]+\\.docx because its folder or drive is read-only: make it writable or use a folder you can write to, then try again\\. Nothing was changed\\.$`,
        ),
      )
      expect(fs.readdirSync(exports)).toEqual([])
      expect(await snapshot(b)).toEqual(before)
    })

    it('answers faults over HTTP with their own status and sentence, never a bare 500', async () => {
      const disk = tmpfs(8192)
      const b = await backendIn(disk)
      const h = await startHost({ backend: b, rendererDir: disk })
      hosts.push(h)
      fillDisk(disk)
      const full = await post(h, 'documents:export', exportChanges)
      expect(full.status).toBe(507)
      expect(full.body.error).toMatchObject({ code: 'disk_full' })
      expect(full.body.error!.message).toMatch(/^The disk holding .+ is full: free some space/)
      freeDisk(disk)
      const exports = path.join(b.dataDir, 'exports')
      fs.mkdirSync(exports, { recursive: true })
      makeReadOnly(exports)
      const readOnly = await post(h, 'documents:export', exportChanges)
      expect(readOnly.status).toBe(423)
      expect(readOnly.body.error).toMatchObject({ code: 'read_only' })
      expect(readOnly.body.error!.message).toMatch(/because its folder or drive is read-only/)
    })

    it.runIf(testEngine === 'sqlite')(
      'a write on a full disk is refused as disk_full and leaves the database as it was',
      async () => {
        const disk = tmpfs(8192)
        const b = await backendIn(disk)
        expect((await b.call('objectives:create', bigObjective('SO1'))).ok).toBe(true)
        // Empty the write-ahead log, so the next write needs new space on the disk.
        b.storage.sqlite!.pragma('wal_checkpoint(TRUNCATE)')
        const before = await snapshot(b)
        fillDisk(disk)
        const r = await b.call('objectives:create', bigObjective('SO2'))
        expect(r).toMatchObject({
          ok: false,
          error: {
            code: 'disk_full',
            message: `The disk holding ${path.join(b.dataDir, DB_FILE_NAME)} is full: free some space and try again. Nothing was changed.`,
          },
        })
        expect(await snapshot(b)).toEqual(before)
        freeDisk(disk)
        // The transaction was rolled back whole: the same write now goes through.
        expect((await b.call('objectives:create', bigObjective('SO2'))).ok).toBe(true)
        expect(await count(b, 'objectives')).toBe(2)
      },
    )
  },
)

describe('HTTP statuses of storage faults', () => {
  it('gives every fault its own status: 507 full, 423 read-only, 403 refused, 503 try later', () => {
    expect(Object.fromEntries(FAULT_CODES.map((c) => [c, statusFor(c)]))).toEqual({
      read_only: 423,
      disk_full: 507,
      permission_denied: 403,
      corrupt: 503,
      locked: 503,
      unavailable: 503,
    })
    expect(statusFor('internal')).toBe(500)
  })
})
