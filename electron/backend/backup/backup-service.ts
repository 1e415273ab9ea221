import fs from 'node:fs'
import path from 'node:path'
import type { BackupInfo, DataHealth, DataSafetySettings } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import type { Storage } from '../db/connection'
import { inTransaction } from '../db/transaction'
import { makePrivateDir, makePrivateFile } from '../files'
import { checkCopy, flushFile, writeCopy } from './backup-copy'
import { backupsToDelete } from './backup-retention'
import {
  backupFolderOf,
  backupNameFor,
  deleteBackup,
  listBackupsIn,
  readDataSafetySettings,
  writeDataSafetySettings,
  writeManifest,
} from './backup-store'

/** What the backup services need from the open backend. */
export interface DataSafetyHost {
  dataDir: string
  /** The backend's context (its `db` follows the open storage). */
  ctx: ServiceContext
  storage(): Storage
  health(): DataHealth
  /**
   * Closes the database, runs `swap` (which may replace the file), and opens it again, checked;
   * `writable` opens it for writing without the check (to replace a damaged database's rows).
   */
  reopenAround(swap: () => Promise<void>, opts?: { writable?: boolean }): Promise<void>
}

/** Every backup this folder knows, newest first: its own folder, then the second folder's. */
export function listBackups(dataDir: string): BackupInfo[] {
  const settings = readDataSafetySettings(dataDir)
  const primary = listBackupsIn(backupFolderOf(dataDir), 'primary')
  const second = settings.secondFolder ? listBackupsIn(settings.secondFolder, 'second') : []
  const inPrimary = new Set(primary.map((b) => b.name))
  return [...primary, ...second.filter((b) => !inPrimary.has(b.name))].sort((a, b) =>
    b.takenAt.localeCompare(a.takenAt),
  )
}

/** The newest backup that passed its check. */
export const newestGoodBackup = (dataDir: string): BackupInfo | undefined =>
  listBackups(dataDir).find((b) => b.check.ok)

// A copy beside its final name until checked, so a half-written file never looks like a backup.
async function writeCheckedBackup(
  host: DataSafetyHost,
  dir: string,
  folder: BackupInfo['folder'],
  reason: string,
): Promise<BackupInfo> {
  makePrivateDir(dir)
  const takenAt = host.ctx.now()
  const name = backupNameFor(dir, takenAt, reason)
  const file = path.join(dir, name)
  const partial = path.join(dir, `.${name}.partial`)
  fs.rmSync(partial, { force: true })
  try {
    await writeCopy(host.storage(), host.ctx, partial)
    makePrivateFile(partial)
    flushFile(partial)
    const checked = await checkCopy(partial)
    fs.renameSync(partial, file)
    const info: BackupInfo = {
      name,
      file,
      folder,
      takenAt,
      reason,
      sizeBytes: fs.statSync(file).size,
      schemaVersion: checked.schemaVersion,
      auditHead: checked.auditHead,
      check: checked.check,
    }
    writeManifest(info)
    return info
  } catch (e) {
    fs.rmSync(partial, { force: true })
    throw e
  }
}

// The second folder (a removable drive) may be absent: the backup still counts, and says so.
function copyToSecondFolder(info: BackupInfo, secondFolder: string): BackupInfo {
  try {
    makePrivateDir(secondFolder)
    const target = path.join(secondFolder, info.name)
    const partial = path.join(secondFolder, `.${info.name}.partial`)
    fs.copyFileSync(info.file, partial)
    makePrivateFile(partial)
    flushFile(partial)
    fs.renameSync(partial, target)
    writeManifest({ ...info, file: target, folder: 'second', copiedToSecond: true })
    return { ...info, copiedToSecond: true }
  } catch (e) {
    return {
      ...info,
      copiedToSecond: false,
      secondFolderProblem: `The copy to ${secondFolder} failed (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); is the drive connected?`,
    }
  }
}

function rotate(dir: string, folder: BackupInfo['folder'], settings: DataSafetySettings): void {
  const all = listBackupsIn(dir, folder)
  const doomed = new Set(
    backupsToDelete(
      all.map((b) => ({ name: b.name, takenAt: b.takenAt, ok: b.check.ok })),
      settings,
    ),
  )
  for (const b of all) if (doomed.has(b.name)) deleteBackup(b.file)
}

/**
 * Takes a verified backup now. Into `to` when given (kept as it is, never rotated); else into
 * the data folder's backups, copied to the second folder, and both folders trimmed to schedule.
 */
export async function takeBackup(
  host: DataSafetyHost,
  reason: string,
  opts: { to?: string } = {},
): Promise<BackupInfo> {
  if (opts.to) return writeCheckedBackup(host, path.resolve(opts.to), 'primary', reason)
  const settings = readDataSafetySettings(host.dataDir)
  let info = await writeCheckedBackup(host, backupFolderOf(host.dataDir), 'primary', reason)
  if (settings.secondFolder) info = copyToSecondFolder(info, settings.secondFolder)
  writeManifest(info)
  rotate(backupFolderOf(host.dataDir), 'primary', settings)
  if (settings.secondFolder && info.copiedToSecond)
    rotate(settings.secondFolder, 'second', settings)
  return info
}

/** The first start of each day (by UTC date) takes a backup; later starts that day do not. */
export async function ensureDailyBackup(host: DataSafetyHost): Promise<BackupInfo | undefined> {
  if (host.health().state !== 'ok' || host.storage().readOnly) return undefined
  const today = host.ctx.now().slice(0, 10)
  const newest = listBackupsIn(backupFolderOf(host.dataDir), 'primary')[0]
  if (newest && newest.takenAt.slice(0, 10) === today) return undefined
  return takeBackup(host, 'daily')
}

/** Saves the schedule and second folder, and records the change in the audit trail. */
export async function saveDataSafetySettings(
  host: DataSafetyHost,
  next: DataSafetySettings,
): Promise<DataSafetySettings> {
  const before = readDataSafetySettings(host.dataDir)
  await inTransaction(host.ctx, async (tx) => {
    await appendAudit(tx, {
      entityType: 'data_safety',
      entityId: 'settings',
      action: 'update',
      before,
      after: next,
    })
    writeDataSafetySettings(host.dataDir, next)
  })
  return readDataSafetySettings(host.dataDir)
}
