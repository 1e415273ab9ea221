import type { ComponentType } from 'react'
import { AssessmentsView } from '../features/assessments/AssessmentsView'
import { AuditView } from '../features/audit/AuditView'
import { DashboardView } from '../features/dashboard/DashboardView'
import { DocumentsView } from '../features/documents/DocumentsView'
import { IndicatorsView } from '../features/indicators/IndicatorsView'
import { IntegrityView } from '../features/integrity/IntegrityView'
import { PacksView } from '../features/packs/PacksView'
import { PlanView } from '../features/plan/PlanView'
import { RisksView } from '../features/risks/RisksView'
import { SettingsView } from '../features/settings/SettingsView'
import type { ViewId } from './views'

/** The views that are built; every other navigation entry shows its "not available yet" panel. */
export const VIEW_COMPONENTS: Partial<Record<ViewId, ComponentType>> = {
  dashboard: DashboardView,
  assessments: AssessmentsView,
  plan: PlanView,
  indicators: IndicatorsView,
  packs: PacksView,
  risks: RisksView,
  integrity: IntegrityView,
  documents: DocumentsView,
  audit: AuditView,
  settings: SettingsView,
}
