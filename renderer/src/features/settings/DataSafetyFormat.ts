import type { TFunction } from 'i18next'
import type { AppError, AuditHead, BackupInfo } from '../../../../shared/contract'
import { errorText } from '../../lib/problems'

/** A moment in words in the reader's language and time zone, e.g. "3 December 2026, 14:02". */
export function formatMoment(iso: string, language: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date)
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(date)
  return `${day}, ${time}`
}

/** A file size in megabytes with one decimal (never "0.0" for a file that holds something). */
export function formatMegabytes(bytes: number, language: string): string {
  const mb = Math.max(bytes / 1_048_576, bytes > 0 ? 0.1 : 0)
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(mb)
}

// The backend's reasons (BackupReason) and the CLI's "copied by hand", by their catalogue key.
const REASON_KEYS: Record<string, string> = {
  daily: 'daily',
  'on demand': 'onDemand',
  'before schema upgrade': 'beforeSchemaUpgrade',
  'before restore': 'beforeRestore',
  'before pack upgrade': 'beforePackUpgrade',
  'copied by hand': 'copiedByHand',
}

/** Why a backup was taken, translated; a reason Capstan does not know is shown as written. */
export function reasonLabel(t: TFunction, reason: string): string {
  const key = REASON_KEYS[reason]
  return key ? t(`dataSafety.reasons.${key}`) : reason
}

/** The first 12 hex digits of an audit hash: enough to compare by eye. */
export const shortHash = (head: AuditHead): string => head.hash.slice(0, 12)

/** Where a backup is, in words. */
export function folderLabel(t: TFunction, backup: BackupInfo): string {
  if (backup.folder === 'second') return t('dataSafety.folders.second')
  if (backup.copiedToSecond) return t('dataSafety.folders.primaryAndSecond')
  return t('dataSafety.folders.primary')
}

// The backend's own sentence names the backup, file or folder concerned; only these codes say
// nothing useful about a backup in their own words.
const GENERIC_CODES = new Set<AppError['code']>(['internal', 'unauthorized', 'unknown_channel'])

/** A failed backup, restore or save in words: the backend's sentence, which names the file. */
export function backupErrorText(t: TFunction, error: AppError): string {
  return GENERIC_CODES.has(error.code) ? errorText(t, error) : error.message
}
