import type { ChannelInput } from '../../../shared/contract'
import { call } from './api'

/** Typed calls of Settings → Data safety: backups, their schedule, and restore. */
export const backupApi = {
  /** Where backups go, their schedule, every backup, and the data's health, in one answer. */
  overview: () => call('backup:list', undefined),
  create: () => call('backup:create', undefined),
  saveSettings: (input: ChannelInput<'backup:saveSettings'>) => call('backup:saveSettings', input),
  /** What a restore of the named backup would discard. */
  previewRestore: (name: string) => call('backup:previewRestore', { name }),
  restore: (name: string) => call('backup:restore', { name, confirm: true }),
  /** Whether the data opened normally or read-only after the start-up check. */
  health: () => call('system:health', undefined),
  /** Runs `callback` when backups or the data's health change elsewhere; returns a stop function. */
}
