/** Every view in the navigation, in menu order. The id is also the address: `#/<id>`. */
export const VIEW_IDS = [
  'dashboard',
  'assessments',
  'plan',
  'indicators',
  'risks',
  'integrity',
  'partners',
  'documents',
  'packs',
  'audit',
  'settings',
] as const

/** One view. */
export type ViewId = (typeof VIEW_IDS)[number]

/** The view shown when the address names none. */
export const DEFAULT_VIEW: ViewId = 'dashboard'

/** Views that may still show a "not available yet" panel (see view-registry.tsx). */
export type PlannedViewId = Exclude<ViewId, 'dashboard' | 'plan' | 'audit' | 'settings'>

/** True when `id` names a view. */
export const isViewId = (id: string): id is ViewId => (VIEW_IDS as readonly string[]).includes(id)
