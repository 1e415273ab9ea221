import type { ServiceContext } from '../context'
import type { HandlersFor } from '../handler-types'
import { backupFolderOf, readDataSafetySettings } from './backup-store'
import {
  listBackups,
  saveDataSafetySettings,
  takeBackup,
  type DataSafetyHost,
} from './backup-service'
import { findBackup, previewRestore, restoreBackup } from './restore-service'

type BackupChannel =
  | 'backup:list'
  | 'backup:create'
  | 'backup:saveSettings'
  | 'backup:previewRestore'
  | 'backup:restore'
  | 'system:health'

function changed<T>(ctx: ServiceContext, value: T): T {
  ctx.written?.add('data_safety')
  return value
}

/** Data-safety channels, bound to the open backend (a restore reopens its database). */
export function backupHandlers(host: DataSafetyHost | undefined): HandlersFor<BackupChannel> {
  const need = () => {
    if (!host) throw new Error('Backups need a data folder')
    return host
  }
  return {
    'backup:list': () => {
      const h = need()
      return {
        engine: h.storage().engine,
        primaryFolder: backupFolderOf(h.dataDir),
        settings: readDataSafetySettings(h.dataDir),
        backups: listBackups(h.dataDir),
        health: h.health(),
      }
    },
    // These work through the backend's own context (a restore reopens its database), so the
    // call is marked as a change here: other windows and the banner hear `backup:changed`.
    'backup:create': async (ctx) => changed(ctx, await takeBackup(need(), 'on demand')),
    'backup:saveSettings': async (ctx, input) =>
      changed(ctx, await saveDataSafetySettings(need(), input)),
    'backup:previewRestore': (_ctx, input) =>
      previewRestore(need(), findBackup(need().dataDir, input.name)),
    'backup:restore': async (ctx, input) =>
      changed(ctx, await restoreBackup(need(), findBackup(need().dataDir, input.name))),
    'system:health': () => host?.health() ?? { state: 'ok' },
  }
}
