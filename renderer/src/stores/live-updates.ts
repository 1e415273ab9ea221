import { api } from '../lib/api'
import { useAuditStore } from './audit-store'
import { useObjectivesStore } from './objectives-store'
import { useSettingsStore } from './settings-store'

// Only stores somebody has loaded are refreshed; the rest load when their view opens.
const refreshIfLoaded = (store: { getState(): { status: string; refresh(): Promise<void> } }) => {
  const state = store.getState()
  if (state.status !== 'idle') void state.refresh()
}

/** Keeps every store in step with changes announced by the backend (other windows, the CLI). */
export function startLiveUpdates(): () => void {
  const stops = [
    api.events.on('objectives:changed', () => {
      refreshIfLoaded(useObjectivesStore)
      refreshIfLoaded(useAuditStore)
    }),
    api.events.on('settings:changed', () => {
      refreshIfLoaded(useSettingsStore)
      refreshIfLoaded(useAuditStore)
    }),
  ]
  return () => stops.forEach((stop) => stop())
}
