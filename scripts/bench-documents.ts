// Word export speed (issue 6): each document for the demo administration, then for one ten
// times its size (a 2,000-row risk register annex). Targets: < 2 s per document (demo), < 5 s (×10).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DOCUMENT_KINDS } from '../shared/contract'
import { openBackend, type Backend } from '../electron/backend/backend'
import { seedDemo } from '../electron/backend/demo/demo-seed'

async function timeExports(b: Backend, label: string, targetMs: number): Promise<void> {
  console.log(`\n${label}`)
  for (const kind of DOCUMENT_KINDS) {
    const start = performance.now()
    const r = await b.invoke('documents:export', { kind })
    const ms = performance.now() - start
    if (!r.ok) throw new Error(`${kind}: ${r.error.message}`)
    const size = (r.value as { size: number }).size
    const verdict = ms <= targetMs ? 'ok' : 'SLOWER THAN TARGET'
    console.log(
      `  ${kind.padEnd(12)} ${ms.toFixed(0).padStart(6)} ms  ${(size / 1024).toFixed(0).padStart(5)} KB   (target < ${targetMs} ms: ${verdict})`,
    )
  }
}

/** Multiplies the demo's register, activities and indicators by copying rows with new codes. */
function scaleUp(b: Backend, factor: number, riskRows: number): void {
  const db = b.storage.sqlite!
  db.transaction(() => {
    const risks = db.prepare('SELECT * FROM risks').all() as Record<string, unknown>[]
    const riskCols = Object.keys(risks[0]!).filter((c) => c !== 'id')
    const insertRisk = db.prepare(
      `INSERT INTO risks (${riskCols.join(',')}) VALUES (${riskCols.map((c) => `@${c}`).join(',')})`,
    )
    for (let i = risks.length; i < riskRows; i++) {
      const r = risks[i % risks.length]!
      insertRisk.run({
        ...Object.fromEntries(riskCols.map((c) => [c, r[c]])),
        code: `R-${String(i + 1).padStart(4, '0')}`,
        title: `${String(r.title)} (${i + 1})`,
      })
    }
    const acts = db.prepare('SELECT * FROM activities').all() as Record<string, unknown>[]
    const actCols = Object.keys(acts[0]!).filter((c) => c !== 'id')
    const insertAct = db.prepare(
      `INSERT INTO activities (${actCols.join(',')}) VALUES (${actCols.map((c) => `@${c}`).join(',')})`,
    )
    for (let k = 1; k < factor; k++)
      for (const a of acts)
        insertAct.run({
          ...Object.fromEntries(actCols.map((c) => [c, a[c]])),
          position: Number(a.position) + k * 1000,
        })
  })()
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capstan-bench-docs-'))
try {
  const b = await openBackend({ dataDir: dir, mode: 'browser', actor: 'bench' })
  await seedDemo(b.ctx)
  await timeExports(b, 'Word export, demo administration', 2000)
  scaleUp(b, 10, 2000)
  const n = (t: string) => b.storage.sqlite!.prepare(`SELECT count(*) FROM ${t}`).pluck().get()
  await timeExports(
    b,
    `Word export, ten times the demo (${n('risks')} risks, ${n('activities')} activities)`,
    5000,
  )
  await b.close()
} finally {
  fs.rmSync(dir, { recursive: true, force: true })
}
