import fs from 'node:fs'
import path from 'node:path'
import type { BackupInfo, DataSafetySettings } from '../../../shared/contract'
import { makePrivateDir, writeFileAtomically } from '../files'
import { DEFAULT_DATA_SAFETY } from './backup-retention'

// Backups are SQLite files (on PostgreSQL too: a portable archive that `capstan db copy` reads),
// each with a small JSON manifest beside it saying when, why, and what its check found. The
// manifests live outside the database so the list is readable when the database is not.

/** The data folder's own backup folder. */
export const backupFolderOf = (dataDir: string) => path.join(dataDir, 'backups')

const SETTINGS_FILE = 'data-safety.json'
const MANIFEST = '.json'

/** A name for a backup taken at `at` for `reason`, unique in `dir`. */
export function backupNameFor(dir: string, at: string, reason: string): string {
  const stamp = at.replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '')
  const slug = reason
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
  for (let n = 1; ; n++) {
    const name = `capstan-${stamp}-${slug}${n > 1 ? `-${n}` : ''}.sqlite`
    if (!fs.existsSync(path.join(dir, name))) return name
  }
}

/** Writes a backup's manifest (atomically, private). */
export function writeManifest(info: BackupInfo): void {
  const { file: _file, folder: _folder, ...stored } = info
  writeFileAtomically(`${info.file}${MANIFEST}`, `${JSON.stringify(stored, null, 2)}\n`)
}

function readManifest(file: string, folder: BackupInfo['folder']): BackupInfo | undefined {
  try {
    const stored = JSON.parse(fs.readFileSync(`${file}${MANIFEST}`, 'utf8')) as Omit<
      BackupInfo,
      'file' | 'folder'
    >
    if (typeof stored.takenAt !== 'string' || typeof stored.check?.ok !== 'boolean')
      return undefined
    return { ...stored, name: path.basename(file), file, folder }
  } catch {
    return undefined
  }
}

/** The backups in a folder that carry a manifest, newest first (others are not Capstan's). */
export function listBackupsIn(dir: string, folder: BackupInfo['folder']): BackupInfo[] {
  let names: string[]
  try {
    names = fs.readdirSync(dir)
  } catch {
    return []
  }
  return names
    .filter((n) => /^capstan-.*\.sqlite$/.test(n))
    .map((n) => readManifest(path.join(dir, n), folder))
    .filter((b): b is BackupInfo => b !== undefined)
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt))
}

/** Deletes a backup and its manifest. */
export function deleteBackup(file: string): void {
  fs.rmSync(`${file}${MANIFEST}`, { force: true })
  fs.rmSync(file, { force: true })
}

/** The data folder's data-safety settings (defaults when never saved or unreadable). */
export function readDataSafetySettings(dataDir: string): DataSafetySettings {
  try {
    const saved = JSON.parse(
      fs.readFileSync(path.join(dataDir, SETTINGS_FILE), 'utf8'),
    ) as Partial<DataSafetySettings>
    const n = (v: unknown, d: number) =>
      Number.isInteger(v) && (v as number) >= 0 ? (v as number) : d
    return {
      keepDaily: n(saved.keepDaily, DEFAULT_DATA_SAFETY.keepDaily),
      keepWeekly: n(saved.keepWeekly, DEFAULT_DATA_SAFETY.keepWeekly),
      keepMonthly: n(saved.keepMonthly, DEFAULT_DATA_SAFETY.keepMonthly),
      secondFolder: typeof saved.secondFolder === 'string' ? saved.secondFolder : '',
    }
  } catch {
    return { ...DEFAULT_DATA_SAFETY }
  }
}

/** Saves the data-safety settings beside the database (they belong to this folder and machine). */
export function writeDataSafetySettings(dataDir: string, s: DataSafetySettings): void {
  makePrivateDir(dataDir)
  writeFileAtomically(path.join(dataDir, SETTINGS_FILE), `${JSON.stringify(s, null, 2)}\n`)
}
