import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppError, EventName, Result } from '../../../../shared/contract'
import { api } from '../../lib/api'

/** One panel's data: each panel loads on its own, so a slow or failing domain hides nothing else. */
export type PanelData<T> =
  { status: 'loading' } | { status: 'error'; error: AppError } | { status: 'ready'; value: T }

/**
 * Loads `load` on mount and again whenever one of `events` says the data changed elsewhere (the
 * plan editor in another window, the CLI). Only the latest answer is kept. `load` must be stable
 * (a module-level function), or it reloads on every render.
 */
export function usePanelData<T>(
  load: () => Promise<Result<T>>,
  events: readonly EventName[],
): { data: PanelData<T>; reload: () => void } {
  const [data, setData] = useState<PanelData<T>>({ status: 'loading' })
  const ticket = useRef(0)

  const reload = useCallback(() => {
    const mine = ++ticket.current
    void load().then((result) => {
      if (mine !== ticket.current) return
      setData(
        result.ok
          ? { status: 'ready', value: result.value }
          : { status: 'error', error: result.error },
      )
    })
  }, [load])

  const eventKey = events.join(',')
  useEffect(() => {
    reload()
    const stops = eventKey.split(',').map((e) => api.events.on(e as EventName, reload))
    const tickets = ticket
    return () => {
      tickets.current++
      stops.forEach((stop) => stop())
    }
  }, [reload, eventKey])

  return { data, reload }
}
