import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { BackupInfo, RestorePreview, RestoreResult } from '../../../shared/contract'
import { forgetAuditCheckpoint } from '../audit/audit-checkpoint'
import { appendAudit, auditHead } from '../audit/audit-repo'
import { entriesSince } from '../audit/audit-since'
import { sqliteStorage } from '../db/connection'
import { LATEST_SCHEMA_VERSION } from '../db/migrate'
import { inTransaction } from '../db/transaction'
import { AppFailure } from '../errors'
import { makePrivateDir, makePrivateFile } from '../files'
import { replaceDatabase } from '../system/db-copy'
import { checkCopy, flushFile } from './backup-copy'
import { listBackupsIn } from './backup-store'
import { listBackups, takeBackup, type DataSafetyHost } from './backup-service'

/** A backup by name from the folders this data folder knows. */
export function findBackup(dataDir: string, name: string): BackupInfo {
  const found = listBackups(dataDir).find((b) => b.name === name)
  if (!found) throw new AppFailure('not_found', `There is no backup named ${name}.`)
  return found
}

/** A backup file given by path (the CLI): its manifest when it has one, else read from the file. */
export async function backupAt(file: string): Promise<BackupInfo> {
  const abs = path.resolve(file)
  if (!fs.existsSync(abs)) throw new AppFailure('not_found', `There is no file ${abs}.`)
  const listed = listBackupsIn(path.dirname(abs), 'primary').find((b) => b.file === abs)
  if (listed) return listed
  const checked = await checkCopy(abs)
  return {
    name: path.basename(abs),
    file: abs,
    folder: 'primary',
    takenAt: fs.statSync(abs).mtime.toISOString(),
    reason: 'copied by hand',
    sizeBytes: fs.statSync(abs).size,
    schemaVersion: checked.schemaVersion,
    auditHead: checked.auditHead,
    check: checked.check,
  }
}

/** What restoring `backup` would discard: the entries recorded after it. */
export async function previewRestore(
  host: DataSafetyHost,
  backup: BackupInfo,
): Promise<RestorePreview> {
  const lost =
    host.storage().readOnly && host.health().state !== 'ok'
      ? await entriesSince(host.ctx, backup.auditHead, backup.takenAt).catch(() => undefined)
      : await entriesSince(host.ctx, backup.auditHead, backup.takenAt)
  return {
    backup,
    entriesLost: lost?.count ?? 0,
    lostSince: lost?.firstAt ?? null,
    lastEntryAt: lost?.lastAt ?? null,
  }
}

// Refuses a backup that fails its check or comes from a newer Capstan, before anything changes.
async function checkedForRestore(backup: BackupInfo): Promise<void> {
  const checked = await checkCopy(backup.file)
  if (!checked.check.ok)
    throw new AppFailure(
      'corrupt',
      `The backup ${backup.name} failed its check, so it was not restored: ${checked.check.problem} Nothing was changed.`,
    )
  if (checked.schemaVersion > LATEST_SCHEMA_VERSION)
    throw new AppFailure(
      'validation',
      `The backup ${backup.name} was made by a newer Capstan (schema ${checked.schemaVersion}); install that version to restore it. Nothing was changed.`,
    )
}

// A damaged database is not copied through SQLite (it may not read): its bytes are kept aside.
function keepBytesAside(file: string, now: string): string {
  const dir = path.join(path.dirname(file), 'backups')
  makePrivateDir(dir)
  const aside = path.join(dir, `damaged-${now.replace(/[-:.]/g, '')}.sqlite`)
  if (fs.existsSync(file)) {
    fs.copyFileSync(file, aside)
    makePrivateFile(aside)
  }
  return aside
}

// The backup copied beside the database, flushed, and renamed over it (atomic on one drive).
function putInPlace(file: string, backup: BackupInfo): void {
  const incoming = path.join(path.dirname(file), `.restoring-${path.basename(file)}`)
  fs.copyFileSync(backup.file, incoming)
  makePrivateFile(incoming)
  flushFile(incoming)
  for (const extra of ['-wal', '-shm', '-journal']) fs.rmSync(`${file}${extra}`, { force: true })
  fs.renameSync(incoming, file)
}

/**
 * Puts a checked backup in place of a database file that cannot even be opened (not a database,
 * unreadable header): its bytes are kept aside first. The caller then opens the folder as usual
 * and records the restore. Returns where the old bytes went.
 */
export async function replaceUnopenableFile(
  file: string,
  backup: BackupInfo,
  now: string,
): Promise<string> {
  await checkedForRestore(backup)
  const aside = keepBytesAside(file, now)
  putInPlace(file, backup)
  return aside
}

/** Records a restore in the audit trail: the entry that follows the backup's own head. */
export async function recordRestore(
  host: DataSafetyHost,
  backup: BackupInfo,
  safetyCopy: string,
): Promise<RestoreResult> {
  await inTransaction(host.ctx, async (tx) => {
    await appendAudit(tx, {
      entityType: 'data',
      entityId: backup.name,
      action: 'restore',
      after: {
        backup: backup.name,
        takenAt: backup.takenAt,
        auditHead: backup.auditHead,
        safetyCopy,
      },
    })
  })
  return { restored: backup, safetyCopy, auditHead: (await auditHead(host.ctx)) ?? null }
}

// PostgreSQL: every table emptied and refilled from the backup in one transaction.
async function replaceRows(host: DataSafetyHost, backup: BackupInfo): Promise<void> {
  await host.reopenAround(async () => undefined, { writable: true })
  const raw = new Database(backup.file, { readonly: true, fileMustExist: true })
  const source = sqliteStorage(raw, backup.file)
  try {
    await replaceDatabase({ ...host.ctx, db: source.db, engine: 'sqlite' }, host.ctx)
  } finally {
    await source.close()
  }
  forgetAuditCheckpoint(host.dataDir, host.storage().location)
}

/**
 * Restores a backup: checks it first, keeps the current data as a safety copy, swaps it in
 * (SQLite: the file, atomically; PostgreSQL: every table in one transaction) and records the
 * restore in the audit trail.
 */
export async function restoreBackup(
  host: DataSafetyHost,
  backup: BackupInfo,
): Promise<RestoreResult> {
  await checkedForRestore(backup)
  const sqlite = host.storage().engine === 'sqlite'
  const file = host.storage().location
  const healthy = host.health().state === 'ok' && !host.storage().readOnly
  const safetyCopy = healthy
    ? (await takeBackup(host, 'before restore')).file
    : sqlite
      ? keepBytesAside(file, host.ctx.now())
      : '(none: the database could not be read)'
  if (sqlite)
    await host.reopenAround(async () => {
      putInPlace(file, backup)
      forgetAuditCheckpoint(host.dataDir, file)
    })
  else await replaceRows(host, backup)
  const result = await recordRestore(host, backup, safetyCopy)
  await host.reopenAround(async () => undefined)
  return result
}
