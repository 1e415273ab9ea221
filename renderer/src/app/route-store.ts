import { create } from 'zustand'
import { DEFAULT_VIEW, isViewId, type ViewId } from './views'

/** Reads the view from an address hash such as `#/plan`. */
export function viewFromHash(hash: string): ViewId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? ''
  return isViewId(id) ? id : DEFAULT_VIEW
}

/** The address hash of a view. */
export const hashFor = (view: ViewId): string => `#/${view}`

interface RouteState {
  view: ViewId
  /** True after the user moved between views (not on first load), so focus can follow. */
  navigated: boolean
  navigate(view: ViewId): void
}

/** The current view, kept in the address hash so a reload stays on the same view. */
export const useRouteStore = create<RouteState>()((set) => ({
  view: viewFromHash(window.location.hash),
  navigated: false,
  navigate(view) {
    if (window.location.hash !== hashFor(view)) window.location.hash = hashFor(view)
    else set({ view, navigated: true })
  },
}))

/** Follows the address bar (links, back and forward buttons). */
export function startRouting(): () => void {
  const onChange = () =>
    useRouteStore.setState({ view: viewFromHash(window.location.hash), navigated: true })
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}
