import { PlaceholderView } from '../features/placeholder/PlaceholderView'
import { useRouteStore } from './route-store'
import { VIEW_COMPONENTS } from './view-registry'
import type { PlannedViewId } from './views'

/** Shows the current view; keyed so each view starts fresh (and moves focus to its heading). */
export function ViewOutlet() {
  const view = useRouteStore((s) => s.view)
  const View = VIEW_COMPONENTS[view]
  return (
    <div key={view} className="view-slot">
      {View ? <View /> : <PlaceholderView view={view as PlannedViewId} />}
    </div>
  )
}
