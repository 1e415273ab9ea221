// Data-safety figures (issue 11): the check at every start and a verified backup, on the
// ten-times administration (SQLite, and PostgreSQL when given), and the start-up check on a
// 100,000-entry audit trail. Targets: the start-up check "well under a second" (we hold it to
// < 250 ms with the checkpoint); a backup has no stated target, its time and size are recorded.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { appendAudit } from '../electron/backend/audit/audit-repo'
import { openBackend, type Backend } from '../electron/backend/backend'
import { takeBackup } from '../electron/backend/backup/backup-service'
import { inTransaction } from '../electron/backend/db/transaction'

const ms = (t: number) => `${t.toFixed(0)} ms`
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function openTimes(open: () => Promise<Backend>, runs = 5): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const b = await open()
    times.push(b.startup.ms)
    await b.close()
  }
  return times
}

/** Start-up check and backup on an existing administration. */
export async function dataSafetyTimes(
  label: string,
  open: () => Promise<Backend>,
  checkpointDir: string,
): Promise<void> {
  fs.rmSync(path.join(checkpointDir, 'audit-checkpoint.json'), { force: true })
  const first = await open()
  const full = first.startup
  const entries = full.auditEntries
  await first.close()
  const times = await openTimes(open)
  const p50 = median(times)
  console.log(
    `${label}: start-up check, first start (whole trail of ${entries.toLocaleString('en')} entries) ${ms(full.ms)}; ` +
      `later starts p50 ${ms(p50)} [${times.map((t) => t.toFixed(0)).join(', ')}] (target < 250 ms: ${p50 < 250 ? 'met' : 'MISSED'})`,
  )
  const b = await open()
  try {
    const t0 = performance.now()
    const info = await takeBackup(b.dataSafety!, 'on demand', {
      to: fs.mkdtempSync(path.join(os.tmpdir(), 'capstan-bench-backup-')),
    })
    const took = performance.now() - t0
    console.log(
      `${label}: verified backup ${ms(took)} for ${(info.sizeBytes / 1_048_576).toFixed(1)} MB ` +
        `(${info.check.ok ? `check ok, ${info.check.auditChecked.toLocaleString('en')} audit entries verified` : `CHECK FAILED: ${info.check.problem}`}; no target, recorded)`,
    )
    fs.rmSync(path.dirname(info.file), { recursive: true, force: true })
  } finally {
    await b.close()
  }
}

/** The start-up check on a trail of 100,000 entries. */
export async function longTrailTimes(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capstan-bench-trail-'))
  try {
    const open = () =>
      openBackend({ dataDir: dir, mode: 'browser', actor: 'bench', installBuiltinPack: false })
    const b = await open()
    const t0 = performance.now()
    for (let done = 0; done < 100_000; done += 10_000)
      await inTransaction(b.ctx, async (tx) => {
        for (let i = 0; i < 10_000; i++)
          await appendAudit(tx, {
            entityType: 'objective',
            entityId: done + i,
            action: 'update',
            after: { title: `Entry ${done + i}`, note: 'x'.repeat(120) },
          })
      })
    await b.close()
    console.log(
      `\n100,000-entry trail written in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    )
    await dataSafetyTimes('100,000-entry trail (SQLite)', open, dir)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
