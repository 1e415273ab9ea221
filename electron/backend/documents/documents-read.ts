// The documents domain's read API: what other domains (and the hosts) may know about exported
// files, sign-off snapshots, submissions and the cover logo, without querying these tables.
// No other domain reads the documents tables today; these cover the likely needs (the hosts'
// download path, a dashboard's "plan approved on …", the Settings view's logo state).
import type { ExportRecord, SnapshotSummary, Submission } from '../../../shared/contract'
import type { Db } from '../db/database'
import { baselineSnapshotId, findExport, findSnapshotHead, snapshotSummary } from './signoff-repo'
import { findSubmission } from './submission-service'

/** One exported file's record, or null. */
export async function readExport(db: Db, id: number): Promise<ExportRecord | null> {
  return (await findExport(db, id)) ?? null
}

/** The snapshot of the approved plan (the "changes since signature" baseline), or null. */
export async function readPlanBaseline(db: Db): Promise<SnapshotSummary | null> {
  const id = await baselineSnapshotId(db)
  const head = id === undefined ? undefined : await findSnapshotHead(db, id)
  return head ? snapshotSummary(db, head) : null
}

/** One ministerial submission, or null. */
export async function readSubmission(db: Db, id: number): Promise<Submission | null> {
  return (await findSubmission(db, id)) ?? null
}

/** Whether a cover logo is set. */
export async function hasLogo(db: Db): Promise<boolean> {
  const r = await db.selectFrom('settings_logo').select('id').where('id', '=', 1).executeTakeFirst()
  return r !== undefined
}
