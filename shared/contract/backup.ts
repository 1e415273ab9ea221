import { z } from 'zod'
import { FIELD_LABELS } from '../i18n/field-labels'
import type { AuditHead } from './audit'
import { channel } from './channel-def'
import { noInput, text } from './fields'
import type { FieldLabels } from './problems'

/** Why a backup was taken. */
export type BackupReason =
  'daily' | 'on demand' | 'before schema upgrade' | 'before restore' | 'before pack upgrade'

/** What the check of a freshly written backup found. */
export interface BackupCheck {
  ok: boolean
  /** SQLite's integrity check: "ok" or its first complaint. */
  integrity: string
  /** Audit entries verified in the copy. */
  auditChecked: number
  /** One sentence when the check failed. */
  problem?: string
}

/** One backup file, as listed in Settings → Data safety and by `capstan backup list`. */
export interface BackupInfo {
  /** The file name (backups are named, never addressed by path, from the interface). */
  name: string
  /** Full path on this machine. */
  file: string
  /** 'primary' (the data folder's backups) or 'second' (the second backup folder). */
  folder: 'primary' | 'second'
  takenAt: string
  reason: string
  sizeBytes: number
  schemaVersion: number
  auditHead: AuditHead | null
  check: BackupCheck
  /** Also copied to the second backup folder. */
  copiedToSecond?: boolean
  /** Why the copy to the second folder failed (the backup itself is fine). */
  secondFolderProblem?: string
}

/** How many backups to keep, and where the second copy goes. */
export interface DataSafetySettings {
  keepDaily: number
  keepWeekly: number
  keepMonthly: number
  /** A second backup folder (e.g. a removable drive), or '' for none. */
  secondFolder: string
}

/** The state of the open data after the start-up check. */
export interface DataHealth {
  /** 'ok', or 'read_only' when the check failed and nothing may be written. */
  state: 'ok' | 'read_only'
  /** One sentence: what is wrong. */
  problem?: string
  /** The newest backup that passed its check, offered for restore. */
  newestGoodBackup?: Pick<BackupInfo, 'name' | 'takenAt' | 'reason'>
  /** What the start-up check did. */
  checkedAt?: string
  auditEntriesChecked?: number
}

/** Settings → Data safety in one answer. */
export interface DataSafetyOverview {
  engine: 'sqlite' | 'postgres'
  primaryFolder: string
  settings: DataSafetySettings
  backups: BackupInfo[]
  health: DataHealth
}

/** What a restore would discard. */
export interface RestorePreview {
  backup: BackupInfo
  /** Audit entries recorded after the backup was taken (these changes would be lost). */
  entriesLost: number
  /** When the first of those was recorded. */
  lostSince: string | null
  lastEntryAt: string | null
}

/** What a restore did. */
export interface RestoreResult {
  restored: BackupInfo
  /** The copy of the data as it was before the restore. */
  safetyCopy: string
  auditHead: AuditHead | null
}

const count = (max: number) => z.number().int().min(0).max(max)

export const dataSafetySettingsInput = z
  .object({
    keepDaily: count(366),
    keepWeekly: count(520),
    keepMonthly: count(240),
    secondFolder: text(1000).refine(
      (s) => s === '' || /^([A-Za-z]:[\\/]|[\\/])/.test(s),
      'must be a full folder path (for example E:\\Capstan backups or /media/usb/capstan), or empty.',
    ),
  })
  .strict()

const backupName = z
  .string()
  .trim()
  .regex(/^capstan-[0-9A-Za-z-]+\.sqlite$/, 'is not the name of a Capstan backup.')

export const backupCreateInput = noInput
export const backupNameInput = z.object({ name: backupName }).strict()
export const restoreInput = z
  .object({
    name: backupName,
    confirm: z.literal(true, {
      message: 'must be confirmed: a restore replaces the current data.',
    }),
  })
  .strict()

export const backupLabels: FieldLabels = FIELD_LABELS.backup

export const backupChannels = {
  'backup:list': channel<DataSafetyOverview>()(noInput),
  'backup:create': channel<BackupInfo>()(backupCreateInput),
  'backup:saveSettings': channel<DataSafetySettings>()(dataSafetySettingsInput, backupLabels),
  'backup:previewRestore': channel<RestorePreview>()(backupNameInput, backupLabels),
  'backup:restore': channel<RestoreResult>()(restoreInput, backupLabels),
  'system:health': channel<DataHealth>()(noInput),
}
