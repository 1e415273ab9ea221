import { FaultBanner } from '../components/FaultBanner'
import { AppHeader } from './AppHeader'
import { NavBar } from './NavBar'
import { SkipLink } from './SkipLink'
import { ViewOutlet } from './ViewOutlet'

/** The application once set up: banner, storage faults, navigation and the current view. */
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
    </div>
  )
}
