// Zod-free list for the preload's allow-list; the schemas live in ./backup.ts.

/** Channels of data safety: backups, restore, and the health of the open data. */
export const BACKUP_CHANNELS = [
  'backup:list',
  'backup:create',
  'backup:saveSettings',
  'backup:previewRestore',
  'backup:restore',
  'system:health',
] as const
