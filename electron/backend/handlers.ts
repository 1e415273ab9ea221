import type { AppInfo } from '../../shared/contract'
import { assessmentsHandlers } from './assessments/assessments-handlers'
import { auditHandlers } from './audit/audit-handlers'
import { backupHandlers } from './backup/backup-handlers'
import type { DataSafetyHost } from './backup/backup-service'
import { documentsHandlers } from './documents/documents-handlers'
import type { Handlers } from './handler-types'
import { indicatorsHandlers } from './indicators/indicators-handlers'
import { integrityHandlers } from './integrity/integrity-handlers'
import { packsHandlers } from './packs/packs-handlers'
import { objectivesHandlers } from './plan/objectives-handlers'
import { planHandlers } from './plan/plan-handlers'
import { risksHandlers } from './risks/risks-handlers'
import { settingsHandlers } from './settings/settings-handlers'

export type { Handler, Handlers, HandlersFor } from './handler-types'

/**
 * Binds every channel to its domain's handlers. `info` describes the running backend;
 * `dataSafety` is the open backend's hold on its data folder (backups and restore), absent in
 * memory.
 */
export function createHandlers(
  info: () => Promise<AppInfo>,
  dataSafety?: DataSafetyHost,
): Handlers {
  return {
    'app:info': () => info(),
    ...settingsHandlers,
    ...objectivesHandlers,
    ...auditHandlers,
    ...packsHandlers,
    ...planHandlers,
    ...assessmentsHandlers,
    ...indicatorsHandlers,
    ...risksHandlers,
    ...integrityHandlers,
    ...documentsHandlers,
    ...backupHandlers(dataSafety),
  }
}
