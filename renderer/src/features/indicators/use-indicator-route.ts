import { useSyncExternalStore } from 'react'

/** The page of the indicators view the address names. */
export type IndicatorRoute =
  { page: 'list' } | { page: 'offTrack' } | { page: 'detail'; id: number }

/** Reads `#/indicators`, `#/indicators/off-track` or `#/indicators/12`. */
export function routeFromHash(hash: string): IndicatorRoute {
  const [, view, sub] = hash.replace(/^#\/?/, '').match(/^([^/?]*)\/?([^/?]*)/) ?? []
  if (view !== 'indicators' || !sub) return { page: 'list' }
  if (sub === 'off-track') return { page: 'offTrack' }
  const id = Number(sub)
  return Number.isInteger(id) && id > 0 ? { page: 'detail', id } : { page: 'list' }
}

/** The address of a page, so pages are links (back button, reload and new tab all work). */
export function hrefFor(route: IndicatorRoute): string {
  if (route.page === 'offTrack') return '#/indicators/off-track'
  if (route.page === 'detail') return `#/indicators/${route.id}`
  return '#/indicators'
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** The current page; follows the address bar. */
export function useIndicatorRoute(): IndicatorRoute {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  return routeFromHash(hash)
}
