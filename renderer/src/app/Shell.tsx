import { FaultBanner } from '../components/FaultBanner'
import { NotificationArea } from '../components/NotificationArea'
import { AppHeader } from './AppHeader'
import { NavBar } from './NavBar'
import { SkipLink } from './SkipLink'
import { ViewOutlet } from './ViewOutlet'

/** The application once set up: banner, storage faults, navigation, the current view and notices. */
export function Shell() {
  return (
    <div className="shell">
      <SkipLink />
      <AppHeader />
      <FaultBanner />
      <div className="shell-body">
        <NavBar />
        <ViewOutlet />
      </div>
      <NotificationArea />
    </div>
  )
}
