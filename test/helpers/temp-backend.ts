import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'
import { openBackend, type Backend, type BackendOptions } from '../../electron/backend/backend'

const dirs: string[] = []
const open: Backend[] = []

afterEach(() => {
  for (const b of open.splice(0)) {
    try {
      b.close()
    } catch {
      // already closed by the test
    }
  }
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})

/** A fresh empty folder, removed after the test. */
export function tempDir(prefix = 'capstan-test-'): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  dirs.push(d)
  return d
}

/** A backend on a real SQLite file in a fresh folder, with a fixed actor and a ticking clock. */
export function tempBackend(opts: Partial<BackendOptions> = {}): Backend {
  let tick = 0
  const b = openBackend({
    dataDir: opts.dataDir ?? tempDir(),
    mode: 'browser',
    actor: 'test.officer',
    installBuiltinPack: false,
    now: () => new Date(Date.UTC(2026, 10, 27, 9, 0, tick++)).toISOString(),
    ...opts,
  })
  open.push(b)
  return b
}

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
export function count(b: Backend, table: string): number {
  return (b.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
}
