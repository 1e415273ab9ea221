import type { ComponentType } from 'react'
import { AuditView } from '../features/audit/AuditView'
import { DashboardView } from '../features/dashboard/DashboardView'
import { PlanView } from '../features/plan/PlanView'
import { SettingsView } from '../features/settings/SettingsView'
import type { ViewId } from './views'

/** The views that are built; every other navigation entry shows its "not available yet" panel. */
export const VIEW_COMPONENTS: Partial<Record<ViewId, ComponentType>> = {
  dashboard: DashboardView,
  plan: PlanView,
  audit: AuditView,
  settings: SettingsView,
}
