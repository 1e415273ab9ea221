import { AuditView } from '../features/audit/AuditView'
import { DashboardView } from '../features/dashboard/DashboardView'
import { PlaceholderView } from '../features/placeholder/PlaceholderView'
import { PlanView } from '../features/plan/PlanView'
import { SettingsView } from '../features/settings/SettingsView'
import { useRouteStore } from './route-store'
import { isPlannedView, type ViewId } from './views'

function viewFor(view: ViewId) {
  if (isPlannedView(view)) return <PlaceholderView view={view} />
  switch (view) {
    case 'plan':
      return <PlanView />
    case 'audit':
      return <AuditView />
    case 'settings':
      return <SettingsView />
    default:
      return <DashboardView />
  }
}

/** Shows the current view; keyed so each view starts fresh (and moves focus to its heading). */
export function ViewOutlet() {
  const view = useRouteStore((s) => s.view)
  return (
    <div key={view} className="view-slot">
      {viewFor(view)}
    </div>
  )
}
