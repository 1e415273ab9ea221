import type {
  AppInfo,
  ChannelName,
  ChannelOutput,
  ChannelParsed,
  ObjectiveStatus,
} from '../../shared/contract'
import { listAudit, verifyAudit } from './audit/audit-repo'
import { backupHandlers } from './backup/backup-handlers'
import type { DataSafetyHost } from './backup/backup-service'
import type { ServiceContext } from './context'
import { documentsHandlers } from './documents/documents-handlers'
import { assessmentsHandlers } from './assessments/assessments-handlers'
import { indicatorsHandlers } from './indicators/indicators-handlers'
import { integrityHandlers } from './integrity/integrity-handlers'
import * as objectives from './objectives/objectives-service'
import * as library from './packs/library-service'
import { exportOwnPack } from './packs/pack-export'
import { importPack, previewPack } from './packs/pack-service'
import { planHandlers } from './plan/plan-handlers'
import { risksHandlers } from './risks/risks-handlers'
import * as settings from './settings/settings-service'

const fromBase64 = (b64: string): Uint8Array => Buffer.from(b64, 'base64')

/** One thin handler: input is already validated, so call the service and return (or, for file work, a promise). */
export type Handler<K extends ChannelName> = (
  ctx: ServiceContext,
  input: ChannelParsed<K>,
) => ChannelOutput<K> | Promise<ChannelOutput<K>>
/** Handlers for a subset of channels (one domain's). */
export type HandlersFor<K extends ChannelName> = { [P in K]: Handler<P> }
/** One handler per channel. */
export type Handlers = HandlersFor<ChannelName>

/**
 * Binds every channel to its service. `info` describes the running backend; `dataSafety` is the
 * open backend's hold on its data folder (backups and restore), absent in memory.
 */
export function createHandlers(
  info: () => Promise<AppInfo>,
  dataSafety?: DataSafetyHost,
): Handlers {
  return {
    'app:info': () => info(),
    'settings:get': (ctx) => settings.getSettings(ctx),
    'settings:save': (ctx, input) => settings.saveSettings(ctx, input),
    'settings:setLanguage': (ctx, input) => settings.setInterfaceLanguage(ctx, input.language),
    'objectives:list': (ctx) => objectives.listObjectives(ctx),
    'objectives:create': (ctx, input) =>
      objectives.createObjective(ctx, { ...input, status: input.status as ObjectiveStatus }),
    'objectives:update': (ctx, input) => objectives.updateObjective(ctx, input),
    'objectives:delete': (ctx, input) => objectives.deleteObjective(ctx, input.id),
    'audit:list': (ctx, input) => listAudit(ctx, input),
    'audit:verify': (ctx) => verifyAudit(ctx),
    'packs:list': (ctx) => library.listPacks(ctx),
    'packs:contents': (ctx, input) => library.packContents(ctx, input.packId),
    'packs:preview': (ctx, input) => previewPack(ctx, fromBase64(input.dataBase64)),
    'packs:import': (ctx, input) =>
      importPack(ctx, fromBase64(input.dataBase64), { confirmArchive: input.confirmArchive }),
    'packs:conflicts': (ctx, input) => library.listConflicts(ctx, input?.packId),
    'packs:resolveConflict': (ctx, input) =>
      library.resolveConflict(ctx, input.conflictId, input.choice),
    'packs:export': (ctx, input) => exportOwnPack(ctx, input?.title),
    'library:editText': (ctx, input) => library.editItemText(ctx, input),
    ...planHandlers,
    ...assessmentsHandlers,
    ...indicatorsHandlers,
    ...risksHandlers,
    ...integrityHandlers,
    ...documentsHandlers,
    ...backupHandlers(dataSafety),
  }
}
