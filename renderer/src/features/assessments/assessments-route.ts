import { useEffect, useState } from 'react'

/** The part of the Assessments view the address names. */
export type AssessmentsRoute =
  | { tab: 'list' }
  | { tab: 'list'; assessmentId: number; section: 'scoring' | 'gaps'; itemId?: number }
  | { tab: 'coverage' }
  | { tab: 'compare'; baseId?: number; otherId?: number }

const toId = (s: string | undefined): number | undefined => {
  const n = Number(s)
  return Number.isInteger(n) && n > 0 ? n : undefined
}

/** Reads `#/assessments/…`: `/coverage`, `/compare/1/2`, `/12`, `/12/gaps`, `/12/scoring/40`. */
export function parseAssessmentsHash(hash: string): AssessmentsRoute {
  const parts = hash.replace(/^#\/?/, '').split('?')[0]!.split('/').slice(1)
  const [first, second, third] = parts
  if (first === 'coverage') return { tab: 'coverage' }
  if (first === 'compare') return { tab: 'compare', baseId: toId(second), otherId: toId(third) }
  const assessmentId = toId(first)
  if (assessmentId === undefined) return { tab: 'list' }
  return {
    tab: 'list',
    assessmentId,
    section: second === 'gaps' ? 'gaps' : 'scoring',
    itemId: second === 'scoring' ? toId(third) : undefined,
  }
}

/** The address of a route. */
export function assessmentsHash(route: AssessmentsRoute): string {
  if (route.tab === 'coverage') return '#/assessments/coverage'
  if (route.tab === 'compare') {
    const ids = route.baseId && route.otherId ? `/${route.baseId}/${route.otherId}` : ''
    return `#/assessments/compare${ids}`
  }
  if (!('assessmentId' in route)) return '#/assessments'
  const item = route.section === 'scoring' && route.itemId ? `/${route.itemId}` : ''
  return `#/assessments/${route.assessmentId}/${route.section}${item}`
}

/** Moves to a route (the address bar keeps it, so reload and back work). */
export function goTo(route: AssessmentsRoute, opts: { replace?: boolean } = {}): void {
  const hash = assessmentsHash(route)
  if (window.location.hash === hash) return
  if (opts.replace) {
    window.history.replaceState(window.history.state, '', hash)
    window.dispatchEvent(new HashChangeEvent('hashchange'))
  } else {
    window.location.hash = hash
  }
}

/** The current route, following the address bar. */
export function useAssessmentsRoute(): AssessmentsRoute {
  const [route, setRoute] = useState(() => parseAssessmentsHash(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parseAssessmentsHash(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
