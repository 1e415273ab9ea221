import { EVENT_NAMES } from '../../../shared/contract'
import { api } from '../lib/api'
import { useAuditStore } from './audit-store'
import { useObjectivesStore } from './objectives-store'
import { useSettingsStore } from './settings-store'

// Only stores somebody has loaded are refreshed; the rest load when their view opens.
const refreshIfLoaded = (store: { getState(): { status: string; refresh(): Promise<void> } }) => {
  const state = store.getState()
  if (state.status !== 'idle') void state.refresh()
}

/**
 * Keeps the shared stores in step with changes announced by the backend (other windows, the CLI).
 * Every write is audited, so any domain's change refreshes the audit log; feature stores
 * subscribe to their own domain's events.
 */
export function startLiveUpdates(): () => void {
  const stops = [
    ...EVENT_NAMES.map((event) => api.events.on(event, () => refreshIfLoaded(useAuditStore))),
    api.events.on('objectives:changed', () => refreshIfLoaded(useObjectivesStore)),
    api.events.on('settings:changed', () => refreshIfLoaded(useSettingsStore)),
  ]
  return () => stops.forEach((stop) => stop())
}
