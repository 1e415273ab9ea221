import fs from 'node:fs'
import path from 'node:path'
import type { BackupInfo } from '../../shared/contract'
import type { Backend } from '../backend/backend'
import { takeBackup } from '../backend/backup/backup-service'
import {
  backupAt,
  previewRestore,
  recordRestore,
  replaceUnopenableFile,
  restoreBackup,
} from '../backend/backup/restore-service'
import { DataFolderInUseError, lockDataFolder } from '../backend/data-lock'
import { StorageUnavailableError } from '../backend/errors'
import { callChannel } from './cli-call'
import { EXIT } from './cli-help'

interface BackupCommand {
  command: 'backup' | 'restore'
  sub: string | undefined
  to: string | undefined
  yes: boolean
  print: (human: string, json: unknown) => void
  err: (line: string) => void
  /** Opens the data without taking the folder (backups only read). */
  withExisting: (run: (b: Backend) => Promise<number>) => Promise<number>
  /** Opens the data as its one writer (a restore). */
  withWriter: (run: (b: Backend) => Promise<number>) => Promise<number>
  /** The data folder's SQLite file, when the data is not on PostgreSQL. */
  sqliteFile?: string
}

const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`
const headText = (b: BackupInfo) =>
  b.auditHead ? `#${b.auditHead.seq} ${b.auditHead.hash.slice(0, 12)}…` : 'none'
const checkText = (b: BackupInfo) =>
  b.check.ok
    ? `checked: ${b.check.auditChecked} audit entries verified, file intact`
    : `CHECK FAILED: ${b.check.problem}`

/** `capstan backup [--to DIR]`, `capstan backup list`, `capstan restore FILE [--yes]`. */
export async function runBackupCommand(cmd: BackupCommand): Promise<number> {
  if (cmd.command === 'backup' && cmd.sub === 'list')
    return cmd.withExisting(async (b) => {
      const all = (await callChannel(b, 'backup:list', {})).backups
      const lines = all.map(
        (x) =>
          `  ${x.takenAt.slice(0, 19).replace('T', ' ')}  ${x.reason.padEnd(22)} ${mb(x.sizeBytes).padStart(9)}  ${x.check.ok ? 'checked ok' : 'CHECK FAILED'}  ${headText(x)}  ${x.file}`,
      )
      cmd.print(
        all.length
          ? [`${all.length} backups, newest first:`, ...lines].join('\n')
          : 'No backups yet.',
        all,
      )
      return EXIT.ok
    })
  if (cmd.command === 'backup') {
    if (cmd.sub) {
      cmd.err('Usage: capstan backup [--to DIR] | capstan backup list')
      return EXIT.usage
    }
    return cmd.withExisting(async (b) => {
      // The contract names no folder (the interface never sends a path), so --to DIR is the one
      // form that calls the service itself; it audits the same way.
      const info = cmd.to
        ? await takeBackup(b.dataSafety!, 'on demand', { to: cmd.to })
        : await callChannel(b, 'backup:create', {})
      cmd.print(
        [
          `Backup written: ${info.file} (${mb(info.sizeBytes)}); ${checkText(info)}.`,
          `Audit head: ${headText(info)}`,
          ...(info.secondFolderProblem ? [info.secondFolderProblem] : []),
        ].join('\n'),
        info,
      )
      return info.check.ok ? EXIT.ok : EXIT.failed
    })
  }
  const file = cmd.sub
  if (!file) {
    cmd.err('Usage: capstan restore FILE [--yes]')
    return EXIT.usage
  }
  try {
    return await restoreInto(cmd, file)
  } catch (e) {
    // A file that cannot even be opened (not a database any more) is replaced as a whole.
    const unopenable =
      e instanceof StorageUnavailableError &&
      !(e instanceof DataFolderInUseError) &&
      cmd.sqliteFile &&
      fs.existsSync(cmd.sqliteFile)
    if (!unopenable) throw e
    const backup = await backupAt(file)
    const release = await lockDataFolder(path.dirname(cmd.sqliteFile!), 'cli', { waitMs: 30_000 })
    try {
      const aside = await replaceUnopenableFile(cmd.sqliteFile!, backup, new Date().toISOString())
      return await cmd.withWriter(async (b) => {
        const r = await recordRestore(b.dataSafety!, backup, aside)
        cmd.print(
          `${(e as Error).message}\nRestored ${backup.name} (taken ${backup.takenAt}) in its place. The unreadable file is kept in ${aside}. The restore is recorded in the audit trail (head #${r.auditHead?.seq}).`,
          { ...r, done: true },
        )
        return EXIT.ok
      })
    } finally {
      release()
    }
  }
}

async function restoreInto(cmd: BackupCommand, file: string): Promise<number> {
  return cmd.withWriter(async (b) => {
    const backup = await backupAt(file)
    const preview = await previewRestore(b.dataSafety!, backup)
    if (preview.entriesLost > 0 && !cmd.yes) {
      cmd.print(
        `Restoring ${backup.name} (taken ${backup.takenAt}) would discard ${preview.entriesLost} recorded changes made since ${preview.lostSince} (the last on ${preview.lastEntryAt}). Nothing was changed; run again with --yes to restore.`,
        { done: false, ...preview },
      )
      return EXIT.failed
    }
    const r = await restoreBackup(b.dataSafety!, backup)
    cmd.print(
      `Restored ${backup.name} (taken ${backup.takenAt}). The data as it was is kept in ${r.safetyCopy}. The restore is recorded in the audit trail (head #${r.auditHead?.seq}).`,
      { ...r, done: true },
    )
    return EXIT.ok
  })
}
