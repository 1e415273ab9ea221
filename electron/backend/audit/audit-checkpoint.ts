import fs from 'node:fs'
import path from 'node:path'
import type { ServiceContext } from '../context'
import { writeFileAtomically } from '../files'
import { GENESIS_HASH, hashEntry } from './audit-chain'
import { highestIssued } from './audit-repo'

// The start-up check verifies only the entries written since the last verified one, so a long
// trail still opens at once. The last verified entry (number + hash) is kept in a small file in
// this machine's data folder, outside the database: a trail rewritten on the database alone no
// longer contains that entry, which the next start notices.

const FILE = 'audit-checkpoint.json'

interface Checkpoint {
  seq: number
  hash: string
  checkedAt: string
}

/** What the incremental check found. */
export interface IncrementalAuditCheck {
  intact: boolean
  /** Entries verified this time (those after the checkpoint). */
  checked: number
  /** All entries the trail holds, when intact. */
  total: number
  head: { seq: number; hash: string } | null
  problem?: string
}

function readCheckpoints(dataDir: string): Record<string, Checkpoint> {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, FILE), 'utf8')) as Record<
      string,
      Checkpoint
    >
  } catch {
    return {}
  }
}

/** Forgets the checkpoint of one database (after a restore, the trail legitimately changed). */
export function forgetAuditCheckpoint(dataDir: string, location: string): void {
  const all = readCheckpoints(dataDir)
  if (!(location in all)) return
  delete all[location]
  writeFileAtomically(path.join(dataDir, FILE), `${JSON.stringify(all, null, 2)}\n`)
}

const PAGE = 2000

/**
 * Verifies the trail from the last verified entry on (the whole trail the first time) and moves
 * the checkpoint to the head when it holds. `location` names the database (a file or a URL
 * without password), so one data folder can keep checkpoints for several databases.
 */
export async function checkAuditSinceCheckpoint(
  ctx: ServiceContext,
  dataDir: string | undefined,
  location: string,
  opts: { save: boolean },
): Promise<IncrementalAuditCheck> {
  const saved = dataDir ? readCheckpoints(dataDir)[location] : undefined
  let prev = { seq: 0, hash: GENESIS_HASH }
  if (saved) {
    const row = await ctx.db
      .selectFrom('audit_log')
      .select(['seq', 'hash'])
      .where('seq', '=', saved.seq)
      .executeTakeFirst()
    if (!row || row.hash !== saved.hash)
      return {
        intact: false,
        checked: 0,
        total: 0,
        head: null,
        problem: `Audit entry #${saved.seq}, verified on ${saved.checkedAt.slice(0, 10)}, is ${row ? 'no longer the same' : 'gone'}: the trail was changed after that.`,
      }
    prev = { seq: row.seq, hash: row.hash }
  }
  let checked = 0
  for (;;) {
    const rows = await ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', prev.seq)
      .orderBy('seq')
      .limit(PAGE)
      .execute()
    for (const row of rows) {
      const problem =
        row.seq !== prev.seq + 1
          ? `Audit entry #${prev.seq + 1} is missing.`
          : row.prev_hash !== prev.hash
            ? `Audit entry #${row.seq} does not follow the entry before it.`
            : hashEntry(row) !== row.hash
              ? `Audit entry #${row.seq} was altered after it was written.`
              : undefined
      if (problem) return { intact: false, checked, total: 0, head: null, problem }
      prev = { seq: row.seq, hash: row.hash }
      checked++
    }
    if (rows.length < PAGE) break
  }
  const issued = await highestIssued(ctx)
  if (issued > prev.seq)
    return {
      intact: false,
      checked,
      total: 0,
      head: null,
      problem: `Audit entries #${prev.seq + 1} to #${issued} are missing from the end of the trail.`,
    }
  const head = prev.seq > 0 ? prev : null
  if (opts.save && dataDir && head && (head.seq !== saved?.seq || head.hash !== saved.hash)) {
    const all = readCheckpoints(dataDir)
    all[location] = { ...head, checkedAt: ctx.now() }
    writeFileAtomically(path.join(dataDir, FILE), `${JSON.stringify(all, null, 2)}\n`)
  }
  return { intact: true, checked, total: prev.seq, head, problem: undefined }
}
