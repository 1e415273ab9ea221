import type { DataHealth } from '../../../shared/contract'
import { firstComplaint } from '../backup/backup-copy'
import { checkAuditSinceCheckpoint } from '../audit/audit-checkpoint'
import type { ServiceContext } from '../context'
import type { Storage } from '../db/connection'

/** What the check at every start found, and what it took. */
export interface StartupCheck {
  health: DataHealth
  auditEntries: number
  ms: number
}

/**
 * The check at every start: SQLite's quick check of the file's structure, then the audit trail
 * from the last verified entry on. A failure means the data opens read-only: nothing is written
 * to a damaged file, and the banner offers the newest good backup.
 */
export async function runStartupCheck(
  storage: Storage,
  ctx: ServiceContext,
  dataDir: string | undefined,
): Promise<StartupCheck> {
  const started = performance.now()
  const done = (health: DataHealth, auditEntries = 0): StartupCheck => ({
    health: { ...health, checkedAt: ctx.now() },
    auditEntries,
    ms: performance.now() - started,
  })
  if (storage.sqlite) {
    let verdict: string
    try {
      verdict = String(storage.sqlite.pragma('quick_check', { simple: true }))
    } catch (e) {
      verdict = (e as Error).message
    }
    if (verdict !== 'ok')
      return done({
        state: 'read_only',
        problem: `${storage.location} is damaged (SQLite reports: ${firstComplaint(verdict)}), so Capstan opened it read-only.`,
      })
  }
  const audit = await checkAuditSinceCheckpoint(ctx, dataDir, storage.location, {
    save: !storage.readOnly,
  })
  if (!audit.intact)
    return done({
      state: 'read_only',
      problem: `The audit trail failed its check: ${audit.problem} Capstan opened the data read-only.`,
    })
  return done({ state: 'ok', auditEntriesChecked: audit.checked }, audit.total)
}
