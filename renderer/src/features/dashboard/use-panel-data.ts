import { useCallback, useEffect } from 'react'
import {
  loadPanel,
  showPanel,
  useDashboardStore,
  type PanelName,
} from '../../stores/dashboard-store'

export type { PanelData } from '../../stores/dashboard-store'

/**
 * One panel's data from the dashboard store, read when the panel shows (what was read last time
 * stays on screen meanwhile); changes announced elsewhere (the plan editor in another window, the
 * CLI) refresh it while it is shown, through live-updates.
 */
export function usePanelData<K extends PanelName>(name: K) {
  const data = useDashboardStore((s) => s[name])
  const reload = useCallback(() => void loadPanel(name), [name])
  useEffect(() => showPanel(name), [name])
  return { data, reload }
}
