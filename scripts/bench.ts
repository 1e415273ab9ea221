// `npm run bench`: prints how long the operations with a speed target take on this machine.
// Template packs (issue 3): validate and import a generated 5,000-item pack into a fresh
// database, then dry-run an upgrade of it. Target: under one second each.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openBackend } from '../electron/backend/backend'
import { analysePack, importPack } from '../electron/backend/packs/pack-service'
import { bytesOf, generatedPack } from '../test/helpers/pack-fixtures'

async function time<T>(label: string, target: number, run: () => Promise<T>): Promise<T> {
  const start = performance.now()
  const value = await run()
  const ms = performance.now() - start
  const verdict = ms <= target ? 'ok' : 'SLOWER THAN TARGET'
  console.log(
    `${label.padEnd(58)} ${ms.toFixed(0).padStart(6)} ms   (target < ${target} ms: ${verdict})`,
  )
  return value
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capstan-bench-'))
try {
  const v1 = bytesOf(generatedPack(5000, 1))
  const v2 = bytesOf(generatedPack(5000, 2))
  console.log(
    `Template pack: 5,000 framework items, ${(v1.length / 1024 / 1024).toFixed(2)} MB of JSON\n`,
  )
  const backend = await openBackend({ dataDir: dir, mode: 'browser', installBuiltinPack: false })
  await time('Validate (read, parse, schema, rules, diff)', 1000, () =>
    analysePack(backend.ctx.db, v1),
  )
  const r = await time('Import into a fresh database (one transaction)', 1000, () =>
    importPack(backend.ctx, v1),
  )
  console.log(`${''.padEnd(4)}→ ${r.added.length} items added`)
  const p = await time(
    'Dry-run upgrade to version 2 (10% of items changed)',
    1000,
    async () => (await analysePack(backend.ctx.db, v2)).preview,
  )
  console.log(
    `${''.padEnd(4)}→ ${p.changed.length} changed, ${p.unchanged} unchanged, ${p.added.length} added`,
  )
  await time('Apply the upgrade', 1000, () => importPack(backend.ctx, v2))
  await backend.close()
} finally {
  fs.rmSync(dir, { recursive: true, force: true })
}
